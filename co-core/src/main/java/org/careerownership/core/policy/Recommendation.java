package org.careerownership.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.Explanation;
import org.careerownership.core.Reason;
import org.careerownership.core.catalog.MeasureId;

/**
 * An immutable recommended measure with its score and every reason it was chosen for (a table cell, an
 * immobile group's remedy, the core target), each a {@link Reason} with its weight.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * for (Recommendation r : match.recommendations()) {
 *   System.out.println(r.measure() + " " + r.score());
 *   r.reasons().forEach(why -> System.out.println("  " + why.text(Language.EN)));
 * }
 * }</pre>
 *
 * @param measure the measure recommended
 * @param score the sum of the reasons' weights; finite and non-negative
 * @param reasons every reason it was chosen for; not empty
 * @since 0.1
 */
public record Recommendation(
    @JsonProperty("measure") MeasureId measure,
    @JsonProperty("score") double score,
    @JsonProperty("reasons") List<Reason> reasons) {

  /**
   * Creates a recommendation.
   *
   * @throws IllegalArgumentException if the score is negative or not finite, or there is no reason
   */
  @JsonCreator
  public Recommendation {
    requireNonNull(measure, "measure");
    checkArgument(score >= 0 && score < Double.POSITIVE_INFINITY, "score (%s) must be finite and >= 0", score);
    reasons = ImmutableList.copyOf(requireNonNull(reasons, "reasons"));
    checkArgument(!reasons.isEmpty(), "a recommendation needs at least one reason");
  }

  /** Returns the reasons as an explanation. */
  public Explanation explanation() {
    return Explanation.of(reasons);
  }
}
