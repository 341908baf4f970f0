package org.careerownership.core.instrument;

/**
 * Which way an item's answers point: agreeing with a {@link #NORMAL} item raises its scale's score;
 * agreeing with a {@link #REVERSE} item lowers it.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Item reversed = Item.of("Q2", Scale.ADAPTABILITY, Keying.REVERSE, "変化は避けたい", "I avoid change");
 * // a reverse-keyed answer v counts as min + max − v
 * }</pre>
 *
 * @since 0.1
 */
public enum Keying {
  /** A higher answer means more of the scale. */
  NORMAL,
  /**
   * A higher answer means less of the scale; answer {@code v} on a range {@code [min, max]} is scored
   * as {@code min + max - v}.
   */
  REVERSE
}
