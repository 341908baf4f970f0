package org.careerownership.analytics.correlation;

/**
 * Entry points for correlations, short enough for JShell.
 *
 * <pre>{@code
 * Correlations.pearson().test(x, y).orElseThrow().pValue();
 * }</pre>
 *
 * @since 0.1
 */
public final class Correlations {
  private Correlations() {}

  /** Returns Pearson's correlation, two-sided, with 95% intervals. */
  public static PearsonCorrelation pearson() {
    return PearsonCorrelation.STANDARD;
  }

  /** Returns Spearman's rank correlation (mid-ranks), two-sided, large-sample t test. */
  public static SpearmanCorrelation spearman() {
    return SpearmanCorrelation.STANDARD;
  }

  /** Returns Kendall's tau-b (tie-corrected), two-sided, large-sample z test. */
  public static KendallCorrelation kendall() {
    return KendallCorrelation.STANDARD;
  }
}
