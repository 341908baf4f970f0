package org.careerownership.core.catalog;

/**
 * One of the three layers of the rollout table.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * LocalizedText executives = Catalogs.bundled().rollout().layers().get(Layer.EXECUTIVES);
 * }</pre>
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
