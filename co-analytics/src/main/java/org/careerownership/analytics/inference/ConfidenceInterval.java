package org.careerownership.analytics.inference;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An immutable confidence interval.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ConfidenceInterval ci = Correlations.pearson().test(x, y).orElseThrow().confidenceInterval().orElseThrow();
 * double lower = ci.lower();
 * }</pre>
 *
 * @param lower the lower bound
 * @param upper the upper bound; at least {@code lower}
 * @param level the confidence level, in (0, 1)
 * @since 0.1
 */
public record ConfidenceInterval(
    @JsonProperty("lower") double lower,
    @JsonProperty("upper") double upper,
    @JsonProperty("level") double level) {

  /**
   * Creates an interval.
   *
   * @throws IllegalArgumentException if {@code lower > upper}, a bound is NaN, or the level is not in (0, 1)
   */
  @JsonCreator
  public ConfidenceInterval {
    checkArgument(lower <= upper, "lower (%s) must be <= upper (%s)", lower, upper);
    checkArgument(level > 0 && level < 1, "level (%s) must be in (0, 1)", level);
  }
}
