package org.careerownership.analytics.correlation;

/**
 * What every correlation test reports: the estimate, the pairs it used and its p-value.
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
