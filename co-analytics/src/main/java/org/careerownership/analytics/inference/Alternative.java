package org.careerownership.analytics.inference;

/**
 * The alternative hypothesis of a test, as R's {@code alternative} argument.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Outcome<PearsonTest> oneSided = Correlations.pearson().with(Alternative.GREATER).test(x, y);
 * }</pre>
 *
 * @since 0.1
 */
public enum Alternative {
  /** The statistic differs from its null value in either direction. */
  TWO_SIDED,
  /** The statistic is less than its null value. */
  LESS,
  /** The statistic is greater than its null value. */
  GREATER
}
