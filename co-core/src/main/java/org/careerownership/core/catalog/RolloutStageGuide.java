package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.careerownership.core.LocalizedText;

/**
 * An immutable stage of the rollout table, with the goal of each layer.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * RolloutStageGuide stage = Catalogs.bundled().rollout().stage(RolloutStage.INTRODUCTION);
 * stage.goals().forEach((layer, goal) -> System.out.println(layer + ": " + goal.text(Language.JA)));
 * }</pre>
 *
 * @param stage the stage
 * @param names the stage's names, the first being the table's (導入期 is also called 発足期)
 * @param theme the stage's theme, e.g. 理解と共通言語をつくる
 * @param goals the goal of every layer
 * @since 0.1
 */
public record RolloutStageGuide(
    @JsonProperty("stage") RolloutStage stage,
    @JsonProperty("names") List<LocalizedText> names,
    @JsonProperty("theme") LocalizedText theme,
    @JsonProperty("goals") Map<Layer, LocalizedText> goals) {

  /**
   * Creates a rollout stage guide.
   *
   * @throws IllegalArgumentException unless every layer has a goal
   */
  @JsonCreator
  public RolloutStageGuide {
    requireNonNull(stage, "stage");
    requireNonNull(names, "names");
    names = ImmutableList.copyOf(names);
    checkArgument(!names.isEmpty(), "names must not be empty");
    requireNonNull(theme, "theme");
    requireNonNull(goals, "goals");
    checkArgument(
        goals.keySet().equals(EnumSet.allOf(Layer.class)),
        "goals must have exactly one entry per Layer, had %s",
        goals.keySet());
    goals = Maps.immutableEnumMap(goals);
  }
}
