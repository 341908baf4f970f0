package org.careerownership.analytics.correlation;

/**
 * What every correlation test reports: the estimate, the pairs it used and its p-value.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * CorrelationTest t = Correlations.kendall().test(x, y).orElseThrow();
 * double estimate = t.estimate();
 * double p = t.pValue();
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface CorrelationTest permits PearsonTest, RankCorrelationTest {
  /** Returns the correlation estimate, in [-1, 1]. */
  double estimate();

  /** Returns the number of complete pairs used. */
  long n();

  /** Returns the p-value under the test's alternative. */
  double pValue();
}
