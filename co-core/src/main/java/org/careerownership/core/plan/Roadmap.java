package org.careerownership.core.plan;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Explanation;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.catalog.Approach;
import org.careerownership.core.catalog.Layer;
import org.careerownership.core.catalog.RolloutStage;
import org.careerownership.core.policy.Recommendation;

/**
 * An immutable rollout roadmap for an organisation: the recommended approach with the strengths and
 * risks the guide states for it, the current and next stage with each layer's goals from the rollout
 * table, prioritised measures for individuals and for the organisation side by side (the guide: run both),
 * the indicators to track, and why.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapPlanner.of(Catalogs.bundled()).plan(assessment);
 * roadmap.currentStage();      // e.g. EXPANSION
 * roadmap.individualFacing();  // prioritised measures
 * }</pre>
 *
 * @param approach the recommended approach
 * @param strengths the approach's strengths, as the guide states them
 * @param risks the approach's risks, as the guide states them
 * @param currentStage the current rollout stage
 * @param currentGoals the goal of each layer at the current stage
 * @param nextStage the next stage, if any
 * @param nextGoals the goal of each layer at the next stage; empty without one
 * @param individualFacing prioritised individual-facing measures (the guide's 対個人 categories and the
 *     core target's table measures), highest priority first
 * @param organisationFacing prioritised organisation-facing measures (対組織), highest priority first
 * @param indicators the intermediate indicators to track
 * @param explanation the rules that chose the approach and the stage
 * @since 0.1
 */
public record Roadmap(
    @JsonProperty("approach") Approach approach,
    @JsonProperty("strengths") List<LocalizedText> strengths,
    @JsonProperty("risks") List<LocalizedText> risks,
    @JsonProperty("currentStage") RolloutStage currentStage,
    @JsonProperty("currentGoals") Map<Layer, LocalizedText> currentGoals,
    @JsonProperty("nextStage") Optional<RolloutStage> nextStage,
    @JsonProperty("nextGoals") Map<Layer, LocalizedText> nextGoals,
    @JsonProperty("individualFacing") List<Recommendation> individualFacing,
    @JsonProperty("organisationFacing") List<Recommendation> organisationFacing,
    @JsonProperty("indicators") List<Indicator> indicators,
    @JsonProperty("explanation") Explanation explanation) {

  /** Creates a roadmap. */
  @JsonCreator
  public Roadmap {
    requireNonNull(approach, "approach");
    strengths = ImmutableList.copyOf(requireNonNull(strengths, "strengths"));
    risks = ImmutableList.copyOf(requireNonNull(risks, "risks"));
    requireNonNull(currentStage, "currentStage");
    currentGoals = ImmutableMap.copyOf(requireNonNull(currentGoals, "currentGoals"));
    requireNonNull(nextStage, "nextStage");
    nextGoals = ImmutableMap.copyOf(requireNonNull(nextGoals, "nextGoals"));
    individualFacing = ImmutableList.copyOf(requireNonNull(individualFacing, "individualFacing"));
    organisationFacing = ImmutableList.copyOf(requireNonNull(organisationFacing, "organisationFacing"));
    indicators = ImmutableList.copyOf(requireNonNull(indicators, "indicators"));
    requireNonNull(explanation, "explanation");
  }
}
