package org.careerownership.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.catalog.RolloutStage;
import org.careerownership.core.catalog.Wall;
import org.careerownership.core.instrument.Scale;
import org.careerownership.core.instrument.Scores;

/**
 * An immutable assessment of an organisation for the {@link RoadmapPlanner}: how strong each of the
 * three walls is, executive commitment and HR capacity (all 0–100, higher meaning more), the rollout
 * stage if the organisation knows it, and a summary of its people.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * OrganisationAssessment assessment = OrganisationAssessment.from(selfScores, Optional.empty(), population);
 * }</pre>
 *
 * @param walls the strength of each wall (経営 / 組織 / 個人の壁); higher is a bigger obstacle
 * @param executiveCommitment executive commitment to C/O management, 0–100
 * @param hrCapacity HR's capacity to drive measures, 0–100
 * @param stage the current rollout stage, if assessed; otherwise the planner derives it
 * @param population the organisation's people, summarised
 * @since 0.1
 */
public record OrganisationAssessment(
    @JsonProperty("walls") Map<Wall, Double> walls,
    @JsonProperty("executiveCommitment") double executiveCommitment,
    @JsonProperty("hrCapacity") double hrCapacity,
    @JsonProperty("stage") Optional<RolloutStage> stage,
    @JsonProperty("population") PopulationSummary population) {

  /**
   * Creates an assessment.
   *
   * @throws IllegalArgumentException if a wall is missing or a score is outside [0, 100]
   */
  @JsonCreator
  public OrganisationAssessment {
    requireNonNull(walls, "walls");
    checkArgument(walls.keySet().equals(EnumSet.allOf(Wall.class)), "walls needs every wall, had %s", walls.keySet());
    walls.forEach((wall, strength) -> check("wall " + wall, strength));
    walls = Maps.immutableEnumMap(walls);
    check("executiveCommitment", executiveCommitment);
    check("hrCapacity", hrCapacity);
    requireNonNull(stage, "stage");
    requireNonNull(population, "population");
  }

  /**
   * Returns the assessment read from a scored self-assessment (such as {@link
   * ReferenceSelfAssessment#v1()}): the scales {@link Scale#MANAGEMENT_WALL}, {@link
   * Scale#ORGANISATION_WALL}, {@link Scale#INDIVIDUAL_WALL}, {@link Scale#EXECUTIVE_COMMITMENT} and
   * {@link Scale#HR_CAPACITY}.
   *
   * @throws IllegalArgumentException if one of those scales was not scored
   */
  public static OrganisationAssessment from(
      Scores selfAssessment, Optional<RolloutStage> stage, PopulationSummary population) {
    requireNonNull(selfAssessment, "selfAssessment");
    Map<Wall, Double> walls = new EnumMap<>(Wall.class);
    walls.put(Wall.MANAGEMENT, value(selfAssessment, Scale.MANAGEMENT_WALL));
    walls.put(Wall.ORGANISATION, value(selfAssessment, Scale.ORGANISATION_WALL));
    walls.put(Wall.INDIVIDUAL, value(selfAssessment, Scale.INDIVIDUAL_WALL));
    return new OrganisationAssessment(
        walls,
        value(selfAssessment, Scale.EXECUTIVE_COMMITMENT),
        value(selfAssessment, Scale.HR_CAPACITY),
        stage,
        population);
  }

  private static double value(Scores scores, Scale scale) {
    return scores.scale(scale)
        .orElseThrow(() -> new IllegalArgumentException(
            "self-assessment of '" + scores.respondentId() + "' has no " + scale + " score"))
        .value();
  }

  private static void check(String name, double value) {
    checkArgument(value >= 0 && value <= 100, "%s (%s) must be in [0, 100]", name, value);
  }
}
