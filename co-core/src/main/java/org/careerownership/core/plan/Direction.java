package org.careerownership.core.plan;

/**
 * Which way an indicator should move as C/O management takes hold.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * boolean raise = indicator.direction() == Direction.INCREASE;
 * }</pre>
 *
 * @since 0.1
 */
public enum Direction {
  /** The indicator should rise. */
  INCREASE,
  /** The indicator should fall. */
  DECREASE
}
