package org.careerownership.core.privacy;

/**
 * Why a count of a {@link ProtectedTable} is not shown.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ProtectedCount hidden = ProtectedCount.suppressed(Suppression.BELOW_THRESHOLD);
 * }</pre>
 *
 * @since 0.1
 */
public enum Suppression {
  /** The count describes more than zero but fewer people than the minimum group size. */
  BELOW_THRESHOLD,
  /** The count is hidden so that another suppressed count cannot be recovered by differencing. */
  COMPLEMENTARY
}
