package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.Maps;
import java.util.EnumSet;
import java.util.Map;
import org.careerownership.core.LocalizedText;

/**
 * The immutable growth cycle 知る → 気づく → 拡げる that the guide adds to the frame's 'grow' viewpoint.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * GrowthCycle cycle = Catalogs.bundled().growthCycle();
 * cycle.steps().forEach((step, text) -> System.out.println(step + ": " + text.text(Language.JA)));
 * }</pre>
 *
 * @param title the section title
 * @param description the guide's description
 * @param steps the name of every step
 * @since 0.1
 */
public record GrowthCycle(
    @JsonProperty("title") LocalizedText title,
    @JsonProperty("description") LocalizedText description,
    @JsonProperty("steps") Map<GrowthCycleStep, LocalizedText> steps) {

  /**
   * Creates a growth cycle.
   *
   * @throws IllegalArgumentException unless every step is named
   */
  @JsonCreator
  public GrowthCycle {
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(steps, "steps");
    checkArgument(
        steps.keySet().equals(EnumSet.allOf(GrowthCycleStep.class)),
        "steps must have exactly one entry per GrowthCycleStep, had %s",
        steps.keySet());
    steps = Maps.immutableEnumMap(steps);
  }
}
