package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.careerownership.analytics.inference.Alternative;
import org.careerownership.analytics.inference.ConfidenceInterval;

/**
 * An immutable Pearson correlation with its t test and Fisher-z confidence interval, as R's {@code
 * cor.test(x, y, method = "pearson")} computes them.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * PearsonTest t = Correlations.pearson().test(x, y).orElseThrow();
 * t.r();
 * t.confidenceInterval(); // Fisher z interval, when defined
 * t.pValue();
 * }</pre>
 *
 * @param r the correlation, in [−1, +1]
 * @param n the number of complete pairs
 * @param t the t statistic, {@code r √(df / (1 − r²))}; infinite when |r| = 1
 * @param df the degrees of freedom, {@code n − 2}
 * @param alternative the alternative hypothesis tested
 * @param pValue the p-value, in [0, 1]; 0 where it underflows
 * @param log10PValue the base-10 logarithm of the p-value, finite where the p-value underflows
 *     (−∞ only when |r| = 1)
 * @param confidenceInterval the Fisher-z interval, when {@code n > 3}
 * @since 0.1
 */
public record PearsonTest(
    @JsonProperty("r") double r,
    @JsonProperty("n") long n,
    @JsonProperty("t") double t,
    @JsonProperty("df") long df,
    @JsonProperty("alternative") Alternative alternative,
    @JsonProperty("pValue") double pValue,
    @JsonProperty("log10PValue") double log10PValue,
    @JsonProperty("confidenceInterval") Optional<ConfidenceInterval> confidenceInterval)
    implements CorrelationTest {

  /**
   * Creates a test result.
   *
   * @throws IllegalArgumentException if a field is out of its range
   */
  @JsonCreator
  public PearsonTest {
    checkArgument(r >= -1 && r <= 1, "r (%s) must be in [-1, 1]", r);
    checkArgument(n >= 3 && df == n - 2, "n (%s) must be >= 3 and df (%s) = n - 2", n, df);
    checkArgument(!Double.isNaN(t), "t must not be NaN");
    requireNonNull(alternative, "alternative");
    checkArgument(pValue >= 0 && pValue <= 1, "pValue (%s) must be in [0, 1]", pValue);
    checkArgument(log10PValue <= 0, "log10PValue (%s) must be <= 0", log10PValue);
    requireNonNull(confidenceInterval, "confidenceInterval");
  }

  /** Returns {@link #r()}. */
  @Override
  public double estimate() {
    return r;
  }
}
