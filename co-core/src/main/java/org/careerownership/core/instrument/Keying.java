package org.careerownership.core.instrument;

/**
 * Which way an item's answers point: agreeing with a {@link #NORMAL} item raises its scale's score;
 * agreeing with a {@link #REVERSE} item lowers it.
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
