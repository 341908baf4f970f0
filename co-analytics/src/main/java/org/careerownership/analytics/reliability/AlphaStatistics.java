package org.careerownership.analytics.reliability;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Immutable reliability statistics of a set of items, as {@code psych::alpha} reports them for the
 * whole scale ({@code total}) and for the scale without each item ({@code alpha.drop}).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * AlphaStatistics total = alphaResult.total();
 * System.out.println(total.rawAlpha() + " " + total.standardizedAlpha());
 * }</pre>
 *
 * @param rawAlpha Cronbach's alpha from the covariance matrix C: {@code k/(k−1) (1 − tr C / ΣC)}
 * @param standardizedAlpha alpha from the correlation matrix R = cov2cor(C): {@code k/(k−1) (1 − k/ΣR)}
 * @param guttmanLambda6 Guttman's λ6 with squared multiple correlations: {@code 1 − (k − Σ smc)/ΣR}
 * @param averageR the mean off-diagonal correlation
 * @param medianR the median off-diagonal correlation
 * @param varianceR the sample variance of the off-diagonal correlations
 * @param signalToNoise {@code k r̄ / (1 − r̄)}
 * @param standardError alpha's asymptotic standard error (Duhachek and Iacobucci 2004, with Hattori's
 *     correction, as psych), over the rows used
 * @since 0.1
 */
public record AlphaStatistics(
    @JsonProperty("rawAlpha") double rawAlpha,
    @JsonProperty("standardizedAlpha") double standardizedAlpha,
    @JsonProperty("guttmanLambda6") double guttmanLambda6,
    @JsonProperty("averageR") double averageR,
    @JsonProperty("medianR") double medianR,
    @JsonProperty("varianceR") double varianceR,
    @JsonProperty("signalToNoise") double signalToNoise,
    @JsonProperty("standardError") double standardError) {

  /** Creates statistics. */
  @JsonCreator
  public AlphaStatistics {}
}
