package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.analytics.inference.Alternative;

/**
 * An immutable rank correlation — Spearman's rho or Kendall's tau-b — with its large-sample test.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * RankCorrelationTest rho = Correlations.spearman().test(x, y).orElseThrow();
 * double estimate = rho.estimate();
 * }</pre>
 *
 * @param estimate the correlation, in [−1, +1]
 * @param n the number of complete pairs
 * @param statistic the test statistic: t with {@code n − 2} degrees of freedom for Spearman, z for
 *     Kendall
 * @param alternative the alternative hypothesis tested
 * @param pValue the p-value, in [0, 1]
 * @since 0.1
 */
public record RankCorrelationTest(
    @JsonProperty("estimate") double estimate,
    @JsonProperty("n") long n,
    @JsonProperty("statistic") double statistic,
    @JsonProperty("alternative") Alternative alternative,
    @JsonProperty("pValue") double pValue)
    implements CorrelationTest {

  /**
   * Creates a test result.
   *
   * @throws IllegalArgumentException if a field is out of range
   */
  @JsonCreator
  public RankCorrelationTest {
    checkArgument(estimate >= -1 && estimate <= 1, "estimate (%s) must be in [-1, 1]", estimate);
    checkArgument(n >= 3, "n (%s) must be >= 3", n);
    checkArgument(!Double.isNaN(statistic), "statistic must not be NaN");
    requireNonNull(alternative, "alternative");
    checkArgument(pValue >= 0 && pValue <= 1, "pValue (%s) must be in [0, 1]", pValue);
  }
}
