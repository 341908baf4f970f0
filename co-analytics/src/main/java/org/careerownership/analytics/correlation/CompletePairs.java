package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** Extracts the complete pairs (neither value NaN) of two columns. */
final class CompletePairs {
  private CompletePairs() {}

  /**
   * Returns {x, y} restricted to the rows where both are present.
   *
   * @throws IllegalArgumentException if the arrays differ in length or hold an infinite value
   */
  static double[][] of(double[] x, double[] y) {
    requireNonNull(x, "x");
    requireNonNull(y, "y");
    checkArgument(x.length == y.length, "x has %s values but y has %s", x.length, y.length);
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      checkArgument(!Double.isInfinite(x[i]) && !Double.isInfinite(y[i]), "pair %s holds an infinite value", i);
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        n++;
      }
    }
    double[] cx = new double[n];
    double[] cy = new double[n];
    for (int i = 0, k = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        cx[k] = x[i];
        cy[k++] = y[i];
      }
    }
    return new double[][] {cx, cy};
  }
}
