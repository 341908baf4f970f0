package org.careerownership.analytics.correlation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.careerownership.analytics.inference.Alternative;
import org.careerownership.analytics.internal.IncompleteBeta;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;

/**
 * Spearman's rank correlation with its large-sample t test. Immutable and thread-safe; get one from
 * {@link Correlations#spearman()}.
 *
 * <h2>Definition</h2>
 *
 * <p>Pearson's correlation of the mid-ranks of the complete pairs (ties share their average rank); the
 * p-value uses {@code t = ρ √((n − 2)/(1 − ρ²))} with {@code n − 2} degrees of freedom — R's {@code
 * cor.test(method = "spearman", exact = FALSE)} and scipy's {@code spearmanr}. (R's default exact test
 * for small samples without ties is a different method.)
 *
 * @since 0.1
 */
public final class SpearmanCorrelation {
  static final SpearmanCorrelation STANDARD = new SpearmanCorrelation(Alternative.TWO_SIDED);

  private final Alternative alternative;

  private SpearmanCorrelation(Alternative alternative) {
    this.alternative = alternative;
  }

  /** Returns a copy testing against {@code alternative}. */
  public SpearmanCorrelation with(Alternative alternative) {
    return new SpearmanCorrelation(requireNonNull(alternative, "alternative"));
  }

  /**
   * Returns the test of the complete pairs of {@code x} and {@code y} ({@code NaN} is missing).
   *
   * @throws IllegalArgumentException if the arrays differ in length or hold an infinite value
   */
  public Outcome<RankCorrelationTest> test(double[] x, double[] y) {
    double[][] pairs = CompletePairs.of(x, y);
    return test(PairedMoments.of(Ranks.midRanks(pairs[0]), Ranks.midRanks(pairs[1])));
  }

  /** Returns the test from the paired moments of the mid-ranks. */
  Outcome<RankCorrelationTest> test(PairedMoments ranks) {
    long n = ranks.count();
    if (n < 3) {
      return Outcome.failed(List.of(Problem.of(ProblemCode.TOO_FEW_OBSERVATIONS, Location.nowhere(),
          ImmutableMap.of("n", Long.toString(n), "minimum", "3"))));
    }
    if (ranks.xMoments().sumOfSquaredDeviations() == 0 || ranks.yMoments().sumOfSquaredDeviations() == 0) {
      String variable = ranks.xMoments().sumOfSquaredDeviations() == 0 ? "x" : "y";
      return Outcome.failed(List.of(Problem.of(ProblemCode.CONSTANT_VARIABLE,
          Location.nowhere().withField(variable), ImmutableMap.of("variable", variable))));
    }
    double rho = ranks.pearsonsCorrelation();
    long df = n - 2;
    double oneMinusR2 = (1 - rho) * (1 + rho);
    double t = oneMinusR2 == 0 ? Math.copySign(Double.POSITIVE_INFINITY, rho) : rho * Math.sqrt(df / oneMinusR2);
    double twoSided = Math.exp(IncompleteBeta.logRegularized(oneMinusR2, df / 2.0, 0.5));
    return Outcome.ok(new RankCorrelationTest(rho, n, t, alternative, Tails.fromTwoSided(twoSided, t, alternative)));
  }
}
