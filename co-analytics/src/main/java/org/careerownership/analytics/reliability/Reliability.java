package org.careerownership.analytics.reliability;

/**
 * Entry points for reliability statistics, short enough for JShell.
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
