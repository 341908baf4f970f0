package org.careerownership.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.Explanation;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.generation.Generation;

/**
 * An immutable four-step support path for one generation and stagnation reason, as the guide's table
 * gives it, with the manager-led career 1on1 that runs alongside.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * SupportPath path = SupportPathPlanner.of(Catalogs.bundled())
 *     .plan(Generation.MID_CAREER, ReasonId.of("mid-career.fear-of-changing"), Optional.empty()).orElseThrow();
 * path.steps().forEach(step -> System.out.println(step.name().text(Language.JA)));
 * }</pre>
 *
 * @param generation the generation
 * @param reason the stagnation reason
 * @param current the person's current step
 * @param steps the four steps, in order
 * @param alongside measures that run alongside every step (上司によるキャリア1on1)
 * @param explanation where the path comes from
 * @since 0.1
 */
public record SupportPath(
    @JsonProperty("generation") Generation generation,
    @JsonProperty("reason") ReasonId reason,
    @JsonProperty("current") SupportStep current,
    @JsonProperty("steps") List<PathStep> steps,
    @JsonProperty("alongside") List<MeasureId> alongside,
    @JsonProperty("explanation") Explanation explanation) {

  /**
   * Creates a path.
   *
   * @throws IllegalArgumentException unless there is one step per {@link SupportStep}, in order
   */
  @JsonCreator
  public SupportPath {
    requireNonNull(generation, "generation");
    requireNonNull(reason, "reason");
    requireNonNull(current, "current");
    steps = ImmutableList.copyOf(requireNonNull(steps, "steps"));
    alongside = ImmutableList.copyOf(requireNonNull(alongside, "alongside"));
    requireNonNull(explanation, "explanation");
    checkArgument(steps.size() == SupportStep.values().length, "a path has four steps, had %s", steps.size());
    for (int i = 0; i < steps.size(); i++) {
      checkArgument(steps.get(i).step().ordinal() == i, "path steps must be in order");
    }
  }

  /** Returns the path's step {@code step}. */
  public PathStep step(SupportStep step) {
    return steps.get(step.ordinal());
  }
}
