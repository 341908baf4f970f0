package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * An immutable step of a worked example: the narrative's words for one support step and the measures
 * they name.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * WorkedExample a = Catalogs.bundled().example("A").orElseThrow();
 * a.steps().forEach(s -> System.out.println(s.step() + " " + s.text().text(Language.JA)));
 * }</pre>
 *
 * @param step the support step
 * @param text the narrative's words for this step, verbatim from the example in {@code ja}
 * @param measures the measures the words name; may be empty
 * @since 0.1
 */
public record ExampleStep(
    @JsonProperty("step") SupportStep step,
    @JsonProperty("text") LocalizedText text,
    @JsonProperty("measures") List<MeasureId> measures) {

  /**
   * Creates an example step.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public ExampleStep {
    requireNonNull(step, "step");
    requireNonNull(text, "text");
    requireNonNull(measures, "measures");
    measures = ImmutableList.copyOf(measures);
  }
}
