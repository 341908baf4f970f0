package org.careerownership.core.catalog;

import static com.google.common.base.Verify.verifyNotNull;
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
 * The immutable rollout table of the guide (C/O経営の浸透ステップ): three stages × three layers toward one
 * target state.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Rollout rollout = Catalogs.bundled().rollout();
 * LocalizedText goal = rollout.goal(RolloutStage.EXPANSION, Layer.MANAGERS);
 * }</pre>
 *
 * @param title the section title
 * @param introduction the section's introduction
 * @param targetState the target state (目指す状態)
 * @param layers the name of every layer
 * @param stages the three stages, in order
 * @since 0.1
 */
public record Rollout(
    @JsonProperty("title") LocalizedText title,
    @JsonProperty("introduction") LocalizedText introduction,
    @JsonProperty("targetState") LocalizedText targetState,
    @JsonProperty("layers") Map<Layer, LocalizedText> layers,
    @JsonProperty("stages") List<RolloutStageGuide> stages) {

  /**
   * Creates a rollout.
   *
   * @throws IllegalArgumentException unless there is one stage per {@link RolloutStage}, in order, and every layer is named
   */
  @JsonCreator
  public Rollout {
    requireNonNull(title, "title");
    requireNonNull(introduction, "introduction");
    requireNonNull(targetState, "targetState");
    requireNonNull(layers, "layers");
    checkArgument(
        layers.keySet().equals(EnumSet.allOf(Layer.class)),
        "layers must have exactly one entry per Layer, had %s",
        layers.keySet());
    layers = Maps.immutableEnumMap(layers);
    requireNonNull(stages, "stages");
    stages = ImmutableList.copyOf(stages);
    checkArgument(stages.size() == RolloutStage.values().length,
        "the rollout needs one guide per stage, had %s", stages.size());
    for (int i = 0; i < stages.size(); i++) {
      checkArgument(stages.get(i).stage().ordinal() == i,
          "rollout stage %s is at position %s; stages must be in order", stages.get(i).stage(), i);
    }
  }

  /** Returns the guide of {@code stage}. */
  public RolloutStageGuide stage(RolloutStage stage) {
    return stages.get(stage.ordinal());
  }

  /** Returns the goal of {@code layer} at {@code stage}. */
  public LocalizedText goal(RolloutStage stage, Layer layer) {
    return verifyNotNull(stage(stage).goals().get(layer), "every stage has a goal for every layer");
  }
}
