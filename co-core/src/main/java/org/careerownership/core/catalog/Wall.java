package org.careerownership.core.catalog;

/**
 * One of the three walls that C/O promotion meets (3つの壁).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * WallGuide wall = Catalogs.bundled().wall(Wall.ORGANISATION);
 * }</pre>
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
