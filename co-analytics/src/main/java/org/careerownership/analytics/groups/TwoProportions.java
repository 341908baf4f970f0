package org.careerownership.analytics.groups;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.careerownership.analytics.crosstab.ContinuityCorrection;
import org.careerownership.analytics.inference.Alternative;
import org.careerownership.analytics.inference.ConfidenceInterval;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * The comparison of two proportions: difference, confidence interval and chi-square (z) test, as R's
 * {@code prop.test} for two groups. Immutable and thread-safe; get one from {@link Groups#twoProportions()}.
 *
 * <h2>Definition</h2>
 *
 * <p>With {@code p̂ = (x1 + x2)/(n1 + n2)}, the statistic is {@code Σ (|O − E| − y)²/E} over the 2 × 2 table
 * of successes and failures, {@code E} from {@code p̂}, and {@code y = min(1/2, |p1 − p2| / (1/n1 + 1/n2))}
 * with Yates' correction (R's default) or 0 without; the two-sided p-value is chi-square with 1 df, the
 * one-sided ones normal in {@code z = sign(p1 − p2) √X²}. The interval is the Wald interval {@code p1 −
 * p2 ± (z √Σ p(1−p)/n + y (1/n1 + 1/n2))}, clipped to [−1, 1].
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Outcome<ProportionTest> t = Groups.twoProportions().test(782, 1455, 566, 1643);
 * }</pre>
 *
 * @since 0.1
 */
public final class TwoProportions {
  static final TwoProportions STANDARD =
      new TwoProportions(Alternative.TWO_SIDED, ContinuityCorrection.YATES_FOR_2X2, 0.95);
  private static final NormalDistribution NORMAL = new NormalDistribution();

  private final Alternative alternative;
  private final ContinuityCorrection correction;
  private final double confidenceLevel;

  private TwoProportions(Alternative alternative, ContinuityCorrection correction, double confidenceLevel) {
    this.alternative = alternative;
    this.correction = correction;
    this.confidenceLevel = confidenceLevel;
  }

  /** Returns a copy testing against {@code alternative}. */
  public TwoProportions with(Alternative alternative) {
    return new TwoProportions(requireNonNull(alternative, "alternative"), correction, confidenceLevel);
  }

  /** Returns a copy applying {@code correction}. */
  public TwoProportions with(ContinuityCorrection correction) {
    return new TwoProportions(alternative, requireNonNull(correction, "correction"), confidenceLevel);
  }

  /**
   * Returns a copy whose interval has confidence level {@code level}.
   *
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   */
  public TwoProportions withConfidenceLevel(double level) {
    checkArgument(level > 0 && level < 1, "confidence level (%s) must be in (0, 1)", level);
    return new TwoProportions(alternative, correction, level);
  }

  /**
   * Returns the comparison of {@code x1} successes in {@code n1} with {@code x2} in {@code n2}, or why
   * it is undefined (an empty group; all successes or all failures).
   *
   * @throws IllegalArgumentException if a count is negative or successes exceed their group
   */
  public Outcome<ProportionTest> test(long x1, long n1, long x2, long n2) {
    checkArgument(x1 >= 0 && x1 <= n1 && x2 >= 0 && x2 <= n2,
        "need 0 <= x1 (%s) <= n1 (%s) and 0 <= x2 (%s) <= n2 (%s)", x1, n1, x2, n2);
    if (n1 == 0 || n2 == 0) {
      return Outcome.failed(List.of(Problem.of(ProblemCode.EMPTY_CATEGORY, Location.nowhere(),
          ImmutableMap.of("category", n1 == 0 ? "first" : "second"))));
    }
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double pooled = (double) (x1 + x2) / (n1 + n2);
    if (pooled == 0 || pooled == 1) {
      return Outcome.failed(List.of(Problem.of(ProblemCode.CONSTANT_VARIABLE, Location.nowhere(),
          ImmutableMap.of("variable", "outcome"))));
    }
    double delta = p1 - p2;
    double inverseSum = 1.0 / n1 + 1.0 / n2;
    double yates = correction == ContinuityCorrection.YATES_FOR_2X2 ? Math.min(0.5, Math.abs(delta) / inverseSum) : 0;
    double statistic = 0;
    long[][] observed = {{x1, n1 - x1}, {x2, n2 - x2}};
    long[] n = {n1, n2};
    for (int i = 0; i < 2; i++) {
      double[] expected = {n[i] * pooled, n[i] * (1 - pooled)};
      for (int j = 0; j < 2; j++) {
        double deviation = Math.abs(observed[i][j] - expected[j]) - yates;
        statistic += deviation * deviation / expected[j];
      }
    }
    double z = Math.signum(delta) * Math.sqrt(statistic);
    double p = switch (alternative) {
      case TWO_SIDED -> Gamma.regularizedGammaQ(0.5, statistic / 2);
      case LESS -> 0.5 * Erf.erfc(-z / Math.sqrt(2));
      case GREATER -> 0.5 * Erf.erfc(z / Math.sqrt(2));
    };
    double q = NORMAL.inverseCumulativeProbability(
        alternative == Alternative.TWO_SIDED ? (1 + confidenceLevel) / 2 : confidenceLevel);
    double width = q * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2) + yates * inverseSum;
    double lower = alternative == Alternative.LESS ? -1 : Math.max(delta - width, -1);
    double upper = alternative == Alternative.GREATER ? 1 : Math.min(delta + width, 1);
    return Outcome.ok(new ProportionTest(p1, p2, delta, statistic, z, Math.min(1, p), alternative, correction,
        new ConfidenceInterval(lower, upper, confidenceLevel)));
  }
}
