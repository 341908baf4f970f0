package org.careerownership.core.phase;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.careerownership.core.Explanation;
import org.careerownership.core.Reason;
import org.careerownership.core.Rule;

/**
 * An immutable classification of one pair of identity and adaptability scores into a {@link Phase}.
 * Everything but the inputs is derived from them, so a classification can never contradict itself.
 *
 * <h2>Definition</h2>
 *
 * <p>A score at or above its cut point is high ({@code score − cut ≥ 0}). The signed distance to a
 * boundary is {@code score − cut}: non-negative on the high side. A classification is {@linkplain
 * #borderline() borderline} when either distance's magnitude is below the margin.
 *
 * <p>In JSON the inputs ({@code identity}, {@code adaptability}, {@code cutPoints}, {@code
 * borderlineMargin}) are read back; the derived fields ({@code phase}, distances, {@code borderline},
 * {@code explanation}) are written for readers and ignored on input.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * PhaseClassification c = PhaseClassifier.standard().classify(62.5, 47.0);
 * c.phase();       // SELF_FIXATION
 * c.borderline();  // true: adaptability lies 3 points from its cut point
 * }</pre>
 *
 * @param identity the identity score; in [0, 100]
 * @param adaptability the adaptability score; in [0, 100]
 * @param cutPoints the cut points applied; never null
 * @param borderlineMargin the borderline margin applied, in points; finite and non-negative
 * @since 0.1
 */
@JsonPropertyOrder({
  "phase", "borderline", "identity", "adaptability", "identityDistance", "adaptabilityDistance",
  "cutPoints", "borderlineMargin", "explanation"
})
public record PhaseClassification(
    @JsonProperty("identity") double identity,
    @JsonProperty("adaptability") double adaptability,
    @JsonProperty("cutPoints") CutPoints cutPoints,
    @JsonProperty("borderlineMargin") double borderlineMargin) {

  /**
   * Creates a classification.
   *
   * @throws IllegalArgumentException if a score is not in [0, 100] or the margin is negative or not
   *     finite
   */
  @JsonCreator
  public PhaseClassification {
    checkArgument(identity >= 0 && identity <= 100, "identity (%s) must be in [0, 100]", identity);
    checkArgument(
        adaptability >= 0 && adaptability <= 100,
        "adaptability (%s) must be in [0, 100]",
        adaptability);
    requireNonNull(cutPoints, "cutPoints");
    checkArgument(
        borderlineMargin >= 0 && borderlineMargin < Double.POSITIVE_INFINITY,
        "borderlineMargin (%s) must be finite and >= 0",
        borderlineMargin);
  }

  /** Returns the phase of the quadrant the scores fall in. */
  @JsonProperty(value = "phase", access = JsonProperty.Access.READ_ONLY)
  public Phase phase() {
    return Phase.of(identityDistance() >= 0, adaptabilityDistance() >= 0);
  }

  /** Returns identity minus its cut point: non-negative when identity is high. */
  @JsonProperty(value = "identityDistance", access = JsonProperty.Access.READ_ONLY)
  public double identityDistance() {
    return identity - cutPoints.identity();
  }

  /** Returns adaptability minus its cut point: non-negative when adaptability is high. */
  @JsonProperty(value = "adaptabilityDistance", access = JsonProperty.Access.READ_ONLY)
  public double adaptabilityDistance() {
    return adaptability - cutPoints.adaptability();
  }

  /** Returns whether either score lies closer to its cut point than the borderline margin. */
  @JsonProperty(value = "borderline", access = JsonProperty.Access.READ_ONLY)
  public boolean borderline() {
    return Math.abs(identityDistance()) < borderlineMargin
        || Math.abs(adaptabilityDistance()) < borderlineMargin;
  }

  /**
   * Returns why the scores got their phase: the phase's quadrant rule with the scores and cut points,
   * followed by {@link Rule#PHASE_BORDERLINE} with the distances and margin when borderline.
   */
  @JsonProperty(value = "explanation", access = JsonProperty.Access.READ_ONLY)
  public Explanation explanation() {
    Reason quadrant =
        new Reason(
            phase().rule(),
            ImmutableMap.of(
                "identity", identity,
                "identityCut", cutPoints.identity(),
                "adaptability", adaptability,
                "adaptabilityCut", cutPoints.adaptability()));
    if (!borderline()) {
      return new Explanation(ImmutableList.of(quadrant));
    }
    Reason near =
        new Reason(
            Rule.PHASE_BORDERLINE,
            ImmutableMap.of(
                "identityDistance", identityDistance(),
                "adaptabilityDistance", adaptabilityDistance(),
                "margin", borderlineMargin));
    return new Explanation(ImmutableList.of(quadrant, near));
  }
}
