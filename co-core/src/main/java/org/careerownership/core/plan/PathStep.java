package org.careerownership.core.plan;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.SupportStep;

/**
 * An immutable step of a {@link SupportPath}: the guide's key points and measures at that step.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * PathStep first = path.steps().get(0);
 * first.measures().forEach(id -> System.out.println(id));
 * }</pre>
 *
 * @param step the support step
 * @param name the step's name, e.g. 知る機会の提供
 * @param status where it stands relative to the current step
 * @param points the key points (【ポイント】), in the guide's order
 * @param measuresHeading the heading of the step's measures in the guide
 * @param measures the step's measures the host offers, in the guide's order
 * @param disabledMeasures the step's measures the host disabled
 * @since 0.1
 */
public record PathStep(
    @JsonProperty("step") SupportStep step,
    @JsonProperty("name") LocalizedText name,
    @JsonProperty("status") StepStatus status,
    @JsonProperty("points") List<LocalizedText> points,
    @JsonProperty("measuresHeading") LocalizedText measuresHeading,
    @JsonProperty("measures") List<MeasureId> measures,
    @JsonProperty("disabledMeasures") List<MeasureId> disabledMeasures) {

  /** Creates a path step. */
  @JsonCreator
  public PathStep {
    requireNonNull(step, "step");
    requireNonNull(name, "name");
    requireNonNull(status, "status");
    points = ImmutableList.copyOf(requireNonNull(points, "points"));
    requireNonNull(measuresHeading, "measuresHeading");
    measures = ImmutableList.copyOf(requireNonNull(measures, "measures"));
    disabledMeasures = ImmutableList.copyOf(requireNonNull(disabledMeasures, "disabledMeasures"));
  }
}
