package org.careerownership.analytics.crosstab;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An immutable chi-square test of independence of a {@link CrossTab}, with the quantities R's {@code
 * chisq.test} reports and Cramér's V.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ChiSquareTest t = CrossTabs.chiSquare().test(table).orElseThrow();
 * System.out.printf("%.2f (df %d), p = %.3g, V = %.3f%n", t.statistic(), t.df(), t.pValue(), t.cramersV());
 * }</pre>
 *
 * @param statistic Pearson's X², Yates-corrected for a 2 × 2 table when asked
 * @param df the degrees of freedom, {@code (rows − 1)(columns − 1)}
 * @param pValue the upper-tail p-value of chi-square with {@code df} degrees of freedom
 * @param yatesCorrected whether Yates' continuity correction was applied
 * @param expected the expected counts, {@code rowTotal × columnTotal / n}
 * @param residuals Pearson residuals {@code (O − E)/√E}
 * @param standardizedResiduals {@code (O − E)/√(E (1 − rowTotal/n)(1 − columnTotal/n))}
 * @param cramersV {@code √(X² / (n (min(rows, columns) − 1)))}, in [0, 1]
 * @since 0.1
 */
public record ChiSquareTest(
    @JsonProperty("statistic") double statistic,
    @JsonProperty("df") long df,
    @JsonProperty("pValue") double pValue,
    @JsonProperty("yatesCorrected") boolean yatesCorrected,
    @JsonProperty("expected") List<List<Double>> expected,
    @JsonProperty("residuals") List<List<Double>> residuals,
    @JsonProperty("standardizedResiduals") List<List<Double>> standardizedResiduals,
    @JsonProperty("cramersV") double cramersV) {

  /**
   * Creates a test result.
   *
   * @throws IllegalArgumentException if a field is out of range
   */
  @JsonCreator
  public ChiSquareTest {
    checkArgument(statistic >= 0, "statistic (%s) must be >= 0", statistic);
    checkArgument(df >= 1, "df (%s) must be >= 1", df);
    checkArgument(pValue >= 0 && pValue <= 1, "pValue (%s) must be in [0, 1]", pValue);
    expected = copy(expected, "expected");
    residuals = copy(residuals, "residuals");
    standardizedResiduals = copy(standardizedResiduals, "standardizedResiduals");
    checkArgument(cramersV >= 0 && cramersV <= 1 + 1e-12, "cramersV (%s) must be in [0, 1]", cramersV);
  }

  private static List<List<Double>> copy(List<List<Double>> m, String name) {
    return requireNonNull(m, name).stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }
}
