package org.careerownership.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The weights the {@link PolicyMatcher} scores with — the library's own defaults, since the guide ranks
 * nothing. A measure's score is the sum of one weight per reason it was chosen for.
 *
 * <p>Defaults and their reasoning: a measure in the generation table's cell at the person's current
 * step matters most ({@code currentStep} 3), the next step is what comes after it ({@code nextStep} 2),
 * later steps are still on the path ({@code laterStep} 1), and earlier steps are mostly behind the
 * person ({@code earlierStep} 0.5). A measure aimed at the person's primary immobile group answers the
 * need the growth cycle puts first ({@code primaryGroup} 2); one aimed at another unmet need helps less
 * ({@code otherUnmetNeed} 1).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * MatcherWeights w = MatcherWeights.standard();
 * PolicyMatcher matcher = PolicyMatcher.of(Catalogs.bundled()).withWeights(w);
 * }</pre>
 *
 * @param currentStep weight of a table cell at the person's current step
 * @param nextStep weight of a cell at the step after it
 * @param laterStep weight of a cell two or more steps ahead
 * @param earlierStep weight of a cell before the current step
 * @param primaryGroup weight of a measure aimed at the person's primary immobile group
 * @param otherUnmetNeed weight of a measure aimed at another of the person's unmet needs
 * @since 0.1
 */
public record MatcherWeights(
    @JsonProperty("currentStep") double currentStep,
    @JsonProperty("nextStep") double nextStep,
    @JsonProperty("laterStep") double laterStep,
    @JsonProperty("earlierStep") double earlierStep,
    @JsonProperty("primaryGroup") double primaryGroup,
    @JsonProperty("otherUnmetNeed") double otherUnmetNeed) {

  private static final MatcherWeights STANDARD = new MatcherWeights(3, 2, 1, 0.5, 2, 1);

  /**
   * Creates weights.
   *
   * @throws IllegalArgumentException if a weight is negative or not finite
   */
  @JsonCreator
  public MatcherWeights {
    check("currentStep", currentStep);
    check("nextStep", nextStep);
    check("laterStep", laterStep);
    check("earlierStep", earlierStep);
    check("primaryGroup", primaryGroup);
    check("otherUnmetNeed", otherUnmetNeed);
  }

  /** Returns the default weights: 3, 2, 1, 0.5 by step; 2 and 1 by immobile group. */
  public static MatcherWeights standard() {
    return STANDARD;
  }

  private static void check(String name, double weight) {
    checkArgument(weight >= 0 && weight < Double.POSITIVE_INFINITY, "weight %s (%s) must be finite and >= 0", name, weight);
  }
}
