package org.careerownership.analytics.groups;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.analytics.crosstab.ContinuityCorrection;
import org.careerownership.analytics.inference.Alternative;
import org.careerownership.analytics.inference.ConfidenceInterval;

/**
 * An immutable comparison of two proportions, as R's {@code prop.test(c(x1, x2), c(n1, n2))}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ProportionTest t = Groups.twoProportions().test(782, 1455, 566, 1643).orElseThrow();
 * double difference = t.difference(); // first share − second share
 * }</pre>
 *
 * @param first the first group's proportion {@code x1/n1}
 * @param second the second group's proportion {@code x2/n2}
 * @param difference {@code first − second}
 * @param statistic the chi-square statistic with one degree of freedom ({@code z²})
 * @param z the signed normal statistic, {@code sign(difference) √statistic}
 * @param pValue the p-value for the alternative
 * @param alternative the alternative hypothesis about {@code difference}
 * @param correction the continuity correction applied
 * @param confidenceInterval the interval for the difference, within [−1, 1]
 * @since 0.1
 */
public record ProportionTest(
    @JsonProperty("first") double first,
    @JsonProperty("second") double second,
    @JsonProperty("difference") double difference,
    @JsonProperty("statistic") double statistic,
    @JsonProperty("z") double z,
    @JsonProperty("pValue") double pValue,
    @JsonProperty("alternative") Alternative alternative,
    @JsonProperty("correction") ContinuityCorrection correction,
    @JsonProperty("confidenceInterval") ConfidenceInterval confidenceInterval) {

  /**
   * Creates a result.
   *
   * @throws IllegalArgumentException if a field is out of range
   */
  @JsonCreator
  public ProportionTest {
    checkArgument(first >= 0 && first <= 1 && second >= 0 && second <= 1, "proportions must be in [0, 1]");
    checkArgument(statistic >= 0, "statistic (%s) must be >= 0", statistic);
    checkArgument(pValue >= 0 && pValue <= 1, "pValue (%s) must be in [0, 1]", pValue);
    requireNonNull(alternative, "alternative");
    requireNonNull(correction, "correction");
    requireNonNull(confidenceInterval, "confidenceInterval");
  }
}
