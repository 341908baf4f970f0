package org.careerownership.core.catalog;

/**
 * One of the three layers of the rollout table.
 *
 * @since 0.1
 */
public enum Layer {
  /** Executives (経営). */
  EXECUTIVES,
  /** Management (マネジメント層). */
  MANAGERS,
  /** Members (メンバー層). */
  MEMBERS
}
