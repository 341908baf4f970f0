package org.careerownership.core.plan;

import static com.google.common.base.Verify.verifyNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.careerownership.core.Explanation;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.Reason;
import org.careerownership.core.Rule;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportCell;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.generation.Generation;

/**
 * Plans a person's support path: the four steps of the guide's table for their generation and
 * stagnation reason (知る機会の提供 → 理解を深める → さらに理解を深める → 実践を支援する), each with its key
 * points and measures, marked done, current or upcoming, and the manager-led career 1on1 alongside
 * (guide: 【…向け】C/O経営施策一覧, 上司によるキャリア1on1). Immutable and thread-safe.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * SupportPath path = SupportPathPlanner.of(Catalogs.bundled())
 *     .plan(Generation.MID_CAREER, ReasonId.of("mid-career.impatience-cannot-step-up"), Optional.empty())
 *     .orElseThrow();
 * path.step(SupportStep.KNOW).measures(); // [use-career-consultation-desk, career-elearning, ...]
 * }</pre>
 *
 * @since 0.1
 */
public final class SupportPathPlanner {
  private final Catalog catalog;

  private SupportPathPlanner(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Returns a planner reading paths from {@code catalog}. */
  public static SupportPathPlanner of(Catalog catalog) {
    return new SupportPathPlanner(requireNonNull(catalog, "catalog"));
  }

  /**
   * Returns the path for a person of {@code generation} with stagnation reason {@code reason}, at
   * {@code current} (absent: the path has not begun, step 1), or the problem with the reason: {@link
   * ProblemCode#UNKNOWN_REASON} or {@link ProblemCode#REASON_OF_OTHER_GENERATION}.
   */
  public Outcome<SupportPath> plan(Generation generation, ReasonId reason, Optional<SupportStep> current) {
    requireNonNull(generation, "generation");
    requireNonNull(reason, "reason");
    requireNonNull(current, "current");
    Outcome<StagnationReason> found = catalog.reasonOf(generation, reason, Location.nowhere().withField("reason"));
    if (!found.succeeded()) {
      return Outcome.failed(found.problems());
    }
    SupportStep now = current.orElse(SupportStep.KNOW);
    List<PathStep> steps = found.orElseThrow().cells().stream().map(cell -> step(cell, now)).toList();
    List<MeasureId> alongside = catalog.generation(generation).alongside().stream()
        .filter(catalog::enabled)
        .toList();
    Explanation explanation = Explanation.of(List.of(new Reason(
        Rule.PATH_FROM_TABLE,
        ImmutableMap.of(),
        ImmutableMap.of("reason", reason.value(), "generation", generation.name(), "step", now.name()))));
    return Outcome.ok(new SupportPath(generation, reason, now, steps, alongside, explanation));
  }

  private PathStep step(SupportCell cell, SupportStep current) {
    int order = Integer.compare(cell.step().ordinal(), current.ordinal());
    StepStatus status = order < 0 ? StepStatus.DONE : order == 0 ? StepStatus.CURRENT : StepStatus.UPCOMING;
    return new PathStep(
        cell.step(),
        verifyNotNull(catalog.steps().get(cell.step()), "the catalog defines every step"),
        status,
        cell.points(),
        cell.measuresHeading(),
        cell.measures().stream().filter(catalog::enabled).toList(),
        cell.measures().stream().filter(id -> !catalog.enabled(id)).toList());
  }
}
