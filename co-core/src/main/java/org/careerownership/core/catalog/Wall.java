package org.careerownership.core.catalog;

/**
 * One of the three walls that C/O promotion meets (3つの壁).
 *
 * @since 0.1
 */
public enum Wall {
  /** The management wall (経営の壁). */
  MANAGEMENT,
  /** The organisation wall (組織の壁). */
  ORGANISATION,
  /** The individual wall (個人の壁). */
  INDIVIDUAL
}
