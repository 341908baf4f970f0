package org.careerownership.analytics.internal;

import org.hipparchus.special.Beta;
import org.hipparchus.util.ContinuedFraction;
import org.hipparchus.util.FastMath;

/**
 * The natural logarithm of the regularized incomplete beta function I_x(a, b), finite where the value
 * itself underflows (p-values below 1e-308). Uses Hipparchus' {@link Beta#logBeta} and its {@link
 * ContinuedFraction} with the same expansion as {@link Beta#regularizedBeta} (Numerical Recipes §6.4),
 * kept in log space; where the symmetry {@code I_x(a, b) = 1 − I_{1−x}(b, a)} applies, the value is not
 * small and Hipparchus' own result is used.
 */
public final class IncompleteBeta {
  private static final double EPSILON = 1e-15;
  private static final int MAX_ITERATIONS = 10_000;

  private IncompleteBeta() {}

  /** Returns {@code log I_x(a, b)} for {@code 0 <= x <= 1} and {@code a, b > 0}. */
  public static double logRegularized(double x, double a, double b) {
    if (x <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (x >= 1) {
      return 0;
    }
    if (x > (a + 1) / (2 + b + a) && 1 - x <= (b + 1) / (2 + b + a)) {
      return FastMath.log(Beta.regularizedBeta(x, a, b, EPSILON, MAX_ITERATIONS));
    }
    ContinuedFraction fraction = new ContinuedFraction() {
      @Override
      protected double getB(int n, double y) {
        if (n % 2 == 0) {
          double m = n / 2.0;
          return (m * (b - m) * y) / ((a + (2 * m) - 1) * (a + (2 * m)));
        }
        double m = (n - 1.0) / 2.0;
        return -((a + m) * (a + b + m) * y) / ((a + (2 * m)) * (a + (2 * m) + 1.0));
      }

      @Override
      protected double getA(int n, double y) {
        return 1.0;
      }
    };
    return a * FastMath.log(x) + b * FastMath.log1p(-x) - FastMath.log(a) - Beta.logBeta(a, b)
        - FastMath.log(fraction.evaluate(x, EPSILON, MAX_ITERATIONS));
  }
}
