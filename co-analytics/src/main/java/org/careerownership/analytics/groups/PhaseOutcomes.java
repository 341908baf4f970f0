package org.careerownership.analytics.groups;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.careerownership.analytics.crosstab.CrossTab;
import org.careerownership.analytics.crosstab.CrossTabs;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedTable;

/**
 * Builds {@link PhaseOutcomeTable}s: the share of people with an outcome (a top rating, high career
 * satisfaction) in each C/O phase, tested, from one phase and one outcome per person.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * PhaseOutcomeTable t = PhaseOutcomes.table(phases, topRated, AnonymityPolicy.standard());
 * t.rows().get(0).share();                 // future creation's share of top ratings
 * t.futureCreationVsStagnation();          // the guide's 53.6% vs 38.6% comparison, tested
 * }</pre>
 *
 * @since 0.1
 */
public final class PhaseOutcomes {
  private PhaseOutcomes() {}

  /**
   * Returns the table of {@code outcome} by phase: one phase and one outcome per person, in parallel.
   *
   * @throws IllegalArgumentException if the lists differ in length
   */
  public static PhaseOutcomeTable table(List<Phase> phases, boolean[] outcome, AnonymityPolicy policy) {
    requireNonNull(phases, "phases");
    requireNonNull(outcome, "outcome");
    requireNonNull(policy, "policy");
    checkArgument(phases.size() == outcome.length, "%s phases but %s outcomes", phases.size(), outcome.length);
    long[][] counts = new long[Phase.values().length][2];
    for (int i = 0; i < outcome.length; i++) {
      counts[requireNonNull(phases.get(i), "phases[" + i + "]").ordinal()][outcome[i] ? 0 : 1]++;
    }
    List<String> labels = Arrays.stream(Phase.values()).map(Phase::name).toList();
    ProtectedTable protectedCounts = policy.protect(labels, List.of("yes", "no"), counts);
    List<PhaseOutcomeTable.Row> rows = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      int r = phase.ordinal();
      rows.add(new PhaseOutcomeTable.Row(
          phase, protectedCounts.rowTotals().get(r), protectedCounts.cell(r, 0), protectedCounts.share(r, 0)));
    }
    List<String> present = new ArrayList<>();
    List<long[]> presentCounts = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      long[] row = counts[phase.ordinal()];
      if (row[0] + row[1] > 0) {
        present.add(phase.name());
        presentCounts.add(row);
      }
    }
    int fc = Phase.FUTURE_CREATION.ordinal();
    int sq = Phase.STATUS_QUO_STAGNATION.ordinal();
    boolean comparable = !protectedCounts.rowTotals().get(fc).isSuppressed()
        && !protectedCounts.rowTotals().get(sq).isSuppressed();
    return new PhaseOutcomeTable(
        rows,
        CrossTabs.chiSquare().test(CrossTab.of(present, List.of("yes", "no"), presentCounts.toArray(new long[0][]))),
        comparable
            ? Optional.of(Groups.twoProportions().test(
                counts[fc][0], counts[fc][0] + counts[fc][1], counts[sq][0], counts[sq][0] + counts[sq][1]))
            : Optional.empty());
  }
}
