package org.careerownership.analytics.reliability;

/**
 * Entry points for reliability statistics, short enough for JShell.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Outcome<AlphaResult> alpha = Reliability.cronbachAlpha()
 *     .compute(itemNames, columns, Set.of("ID04"), LikertRange.of(1, 5)); // ID04 reverse-keyed
 * }</pre>
 *
 * @since 0.1
 */
public final class Reliability {
  private Reliability() {}

  /** Returns Cronbach's alpha with pairwise deletion, as {@code psych::alpha}'s default. */
  public static CronbachAlpha cronbachAlpha() {
    return CronbachAlpha.STANDARD;
  }
}
