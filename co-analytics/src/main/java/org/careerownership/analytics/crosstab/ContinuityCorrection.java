package org.careerownership.analytics.crosstab;

/**
 * Whether a chi-square test of a 2 × 2 table applies Yates' continuity correction.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Outcome<ChiSquareTest> yates = CrossTabs.chiSquare().with(ContinuityCorrection.YATES_FOR_2X2).test(table);
 * }</pre>
 *
 * @since 0.1
 */
public enum ContinuityCorrection {
  /** Yates' correction for 2 × 2 tables, none for larger ones: R's {@code chisq.test} default. */
  YATES_FOR_2X2,
  /** No correction. */
  NONE
}
