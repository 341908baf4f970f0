package org.careerownership.analytics.groups;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.analytics.crosstab.ChiSquareTest;
import org.careerownership.analytics.crosstab.CrossTab;
import org.careerownership.analytics.crosstab.CrossTabs;
import org.careerownership.analytics.release.Dimension;
import org.careerownership.analytics.release.Dimensions;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.ReleaseTable;
import org.careerownership.analytics.release.TableSpec;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.org.UnitId;
import org.careerownership.core.phase.Phase;

/**
 * Reads {@link PhaseOutcomeTable}s from a {@link Release}: the share of people with an outcome (a top
 * rating, high career satisfaction) in each C/O phase, with the chi-square test across phases and the
 * guide's comparison of future creation with status-quo stagnation — each shown only where every count
 * it uses is shown.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * // the release has TableSpec.overall("ratings", title, "phase", "rating")
 * PhaseOutcomeTable t = PhaseOutcomes.of(release, "ratings", "rating", "top");
 * t.rows().get(0).share();                 // future creation's share of top ratings
 * t.futureCreationVsStagnation();          // the guide's 53.6% vs 38.6% comparison, tested
 * }</pre>
 *
 * @since 0.1
 */
public final class PhaseOutcomes {
  private PhaseOutcomes() {}

  /**
   * Returns the table of outcome {@code positive} (a category of dimension {@code outcome}) by phase,
   * from the release's whole-organisation table {@code tableId} of {@link Dimensions#phase()} × the
   * outcome. The chi-square test is a failed outcome ({@code statistic.withheld}) when a cell of the
   * phases present is suppressed: its expected counts and residuals would give the cell away.
   *
   * @throws IllegalArgumentException if the table is not a whole-organisation table of exactly the phase
   *     and the outcome dimensions, or {@code positive} is not a category of the outcome
   */
  public static PhaseOutcomeTable of(Release release, String tableId, String outcome, String positive) {
    requireNonNull(release, "release");
    ReleaseTable table = release.table(requireNonNull(tableId, "tableId"));
    TableSpec spec = table.spec();
    checkArgument(spec.breakdown() == TableSpec.Breakdown.WHOLE_ORGANISATION
        && spec.dimensions().size() == 2 && spec.dimensions().contains("phase") && spec.dimensions().contains(outcome),
        "table '%s' must be a whole-organisation table of 'phase' and '%s'", tableId, outcome);
    Dimension outcomes = release.dimensions().stream().filter(d -> d.id().equals(outcome)).findFirst().orElseThrow();
    checkArgument(outcomes.indexOf(requireNonNull(positive, "positive")) >= 0,
        "'%s' is not a category of '%s'", positive, outcome);
    UnitId root = release.org().root().id();
    List<PhaseOutcomeTable.Row> rows = new ArrayList<>();
    List<String> present = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    boolean complete = true;
    for (Phase phase : Phase.values()) {
      String p = Dimensions.categoryId(phase);
      Optional<Long> people = release.count(root, Map.of("phase", p));
      Optional<Long> yes = release.count(root, ImmutableMap.of("phase", p, outcome, positive));
      rows.add(new PhaseOutcomeTable.Row(phase, people, yes, release.share(root,
          ImmutableMap.of("phase", p, outcome, positive), Map.of("phase", p))));
      if (people.isPresent() && people.get() == 0) {
        continue; // an empty phase is not a row of the test
      }
      long[] row = new long[outcomes.size()];
      for (int c = 0; c < row.length; c++) {
        Optional<Long> cell = release.count(root, ImmutableMap.of("phase", p, outcome, outcomes.categories().get(c).id()));
        complete &= cell.isPresent();
        row[c] = cell.orElse(0L);
      }
      present.add(p);
      counts.add(row);
    }
    Outcome<ChiSquareTest> test = complete
        ? CrossTabs.chiSquare().test(CrossTab.of(present,
            outcomes.categories().stream().map(c -> c.id()).toList(), counts.toArray(new long[0][])))
        : withheld(tableId);
    PhaseOutcomeTable.Row fc = rows.get(Phase.FUTURE_CREATION.ordinal());
    PhaseOutcomeTable.Row sq = rows.get(Phase.STATUS_QUO_STAGNATION.ordinal());
    Optional<Outcome<ProportionTest>> comparison =
        fc.people().isPresent() && fc.positive().isPresent() && sq.people().isPresent() && sq.positive().isPresent()
            ? Optional.of(Groups.twoProportions().test(
                fc.positive().get(), fc.people().get(), sq.positive().get(), sq.people().get()))
            : Optional.empty();
    return new PhaseOutcomeTable(rows, test, comparison);
  }

  /** Returns the failed outcome of a statistic withheld because table {@code tableId} has suppressed cells. */
  static <T> Outcome<T> withheld(String tableId) {
    return Outcome.failed(List.of(Problem.of(ProblemCode.STATISTIC_WITHHELD, Location.nowhere().withRecord(tableId),
        ImmutableMap.of("table", tableId))));
  }
}
