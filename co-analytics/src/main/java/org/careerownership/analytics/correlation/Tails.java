package org.careerownership.analytics.correlation;

import org.careerownership.analytics.inference.Alternative;

/** One-sided p-values from a symmetric test's two-sided p-value and the statistic's sign. */
final class Tails {
  private Tails() {}

  /** Returns the p-value for {@code alternative}, given the two-sided p-value of statistic {@code s}. */
  static double fromTwoSided(double twoSided, double s, Alternative alternative) {
    return switch (alternative) {
      case TWO_SIDED -> Math.min(1, twoSided);
      case GREATER -> s > 0 ? twoSided / 2 : 1 - twoSided / 2;
      case LESS -> s < 0 ? twoSided / 2 : 1 - twoSided / 2;
    };
  }
}
