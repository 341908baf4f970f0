package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.generation.Generation;

/**
 * An immutable worked example of the guide (persons A, B and C): a person of one generation and
 * stagnation reason, walked through the support steps.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * WorkedExample a = Catalogs.bundled().example("A").orElseThrow();
 * System.out.println(a.narrative().text(Language.JA));
 * }</pre>
 *
 * @param id the example's id, e.g. {@code "A"}
 * @param generation the person's generation
 * @param reason the person's stagnation reason
 * @param narrative the example as the guide tells it
 * @param steps the steps the narrative walks through, in step order
 * @since 0.1
 */
public record WorkedExample(
    @JsonProperty("id") String id,
    @JsonProperty("generation") Generation generation,
    @JsonProperty("reason") ReasonId reason,
    @JsonProperty("narrative") LocalizedText narrative,
    @JsonProperty("steps") List<ExampleStep> steps) {

  /**
   * Creates a worked example.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public WorkedExample {
    requireNonNull(id, "id");
    requireNonNull(generation, "generation");
    requireNonNull(reason, "reason");
    requireNonNull(narrative, "narrative");
    requireNonNull(steps, "steps");
    steps = ImmutableList.copyOf(steps);
    checkArgument(!steps.isEmpty(), "steps must not be empty");
    checkArgument(!id.isBlank(), "example id must not be blank");
    for (int i = 1; i < steps.size(); i++) {
      checkArgument(steps.get(i - 1).step().compareTo(steps.get(i).step()) <= 0,
          "example '%s' has its steps out of order", id);
    }
  }
}
