package org.careerownership.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.Explanation;
import org.careerownership.core.catalog.MeasureId;

/**
 * The immutable result of matching one person: the top measures, best first, the measures that run
 * alongside every path (the manager-led career 1on1), and how many candidates were left out because the
 * person already used them or the host disabled them.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * MatchResult match = PolicyMatcher.of(Catalogs.bundled()).withTopN(5).match(profile).orElseThrow();
 * match.recommendations().forEach(r -> System.out.println(r.measure() + " " + r.score()));
 * }</pre>
 *
 * @param profileId the id of the profile matched
 * @param recommendations the top measures, best first, no measure twice
 * @param alongside measures that run alongside the path; enabled ones only
 * @param candidates how many distinct measures scored before the top-N cut
 * @param leftOutUsed how many candidates the person already used
 * @param leftOutDisabled how many candidates the host disabled
 * @param explanation the ranking rule with its counts
 * @since 0.1
 */
public record MatchResult(
    @JsonProperty("profileId") String profileId,
    @JsonProperty("recommendations") List<Recommendation> recommendations,
    @JsonProperty("alongside") List<MeasureId> alongside,
    @JsonProperty("candidates") long candidates,
    @JsonProperty("leftOutUsed") long leftOutUsed,
    @JsonProperty("leftOutDisabled") long leftOutDisabled,
    @JsonProperty("explanation") Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws IllegalArgumentException if a count is negative or a measure is recommended twice
   */
  @JsonCreator
  public MatchResult {
    requireNonNull(profileId, "profileId");
    recommendations = ImmutableList.copyOf(requireNonNull(recommendations, "recommendations"));
    alongside = ImmutableList.copyOf(requireNonNull(alongside, "alongside"));
    requireNonNull(explanation, "explanation");
    checkArgument(candidates >= 0 && leftOutUsed >= 0 && leftOutDisabled >= 0, "counts must be >= 0");
    checkArgument(
        recommendations.stream().map(Recommendation::measure).distinct().count() == recommendations.size(),
        "a measure is recommended twice");
  }
}
