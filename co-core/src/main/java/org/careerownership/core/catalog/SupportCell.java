package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * An immutable cell of a generation table: one stagnation reason at one support step, with the
 * key points (【ポイント】) and measures the guide lists there.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * SupportCell cell = Catalogs.bundled().cell(ReasonId.of("mid-career.fear-of-changing"), SupportStep.KNOW).orElseThrow();
 * cell.points().forEach(p -> System.out.println(p.text(Language.JA)));
 * cell.measures(); // measure ids
 * }</pre>
 *
 * @param step the support step
 * @param points the key points, in the guide's order; not empty
 * @param measuresHeading the heading the guide gives the cell's measures, e.g. 【行動につなげる施策】
 * @param measures the measures, in the guide's order; not empty
 * @since 0.1
 */
public record SupportCell(
    @JsonProperty("step") SupportStep step,
    @JsonProperty("points") List<LocalizedText> points,
    @JsonProperty("measuresHeading") LocalizedText measuresHeading,
    @JsonProperty("measures") List<MeasureId> measures) {

  /**
   * Creates a support cell.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public SupportCell {
    requireNonNull(step, "step");
    requireNonNull(points, "points");
    points = ImmutableList.copyOf(points);
    checkArgument(!points.isEmpty(), "points must not be empty");
    requireNonNull(measuresHeading, "measuresHeading");
    requireNonNull(measures, "measures");
    measures = ImmutableList.copyOf(measures);
    checkArgument(!measures.isEmpty(), "measures must not be empty");
  }
}
