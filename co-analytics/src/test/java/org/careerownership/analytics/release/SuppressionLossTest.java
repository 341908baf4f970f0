package org.careerownership.analytics.release;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.careerownership.core.org.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Information loss against the optimum: on random tables of 20–30 cells (a company and three or four
 * units × one dimension with its totals), the fewest cells any safe pattern suppresses is found by
 * brute force (every set of extra cells, smallest first, checked by the audit), and the library's
 * pattern must hide no more than 20 % more cells in total.
 */
final class SuppressionLossTest {

  private static boolean safe(Release base, boolean[] hidden) {
    List<ReleaseCell> cells = new ArrayList<>();
    for (ReleaseCell c : base.cells()) {
      cells.add(hidden[c.id()] ? new ReleaseCell(c.id(), c.unit(), c.categories(), Optional.empty()) : c);
    }
    for (Relation r : base.relations()) { // a lone suppressed cell in a relation is given away: skip the program
      int n = hidden[r.total()] ? 1 : 0;
      for (int p : r.parts()) {
        n += hidden[p] ? 1 : 0;
      }
      if (n == 1) {
        return false;
      }
    }
    Release candidate = new Release(base.rule(), base.org(), base.dimensions(), base.tables(), cells,
        base.relations(), base.means());
    return Releases.audit(candidate).safe();
  }

  /** The fewest suppressed cells of any safe pattern that hides every count of 1 to 4. */
  private static int optimum(Release truth, ProtectionRule rule, int atMost) {
    int n = truth.cells().size();
    boolean[] hidden = new boolean[n];
    List<Integer> candidates = new ArrayList<>();
    int primary = 0;
    for (ReleaseCell c : truth.cells()) {
      long v = c.count().orElseThrow();
      if (v > 0 && v < rule.minimumCount()) {
        hidden[c.id()] = true;
        primary++;
      } else if (v > 0) {
        candidates.add(c.id());
      }
    }
    Release base = new Release(rule, truth.org(), truth.dimensions(), truth.tables(), truth.cells(),
        truth.relations(), truth.means());
    for (int extra = 0; primary + extra <= atMost; extra++) {
      if (search(base, hidden, candidates, 0, extra)) {
        return primary + extra;
      }
    }
    return atMost;
  }

  private static boolean search(Release base, boolean[] hidden, List<Integer> candidates, int from, int left) {
    if (left == 0) {
      return safe(base, hidden);
    }
    for (int i = from; i <= candidates.size() - left; i++) {
      hidden[candidates.get(i)] = true;
      boolean found = search(base, hidden, candidates, i + 1, left - 1);
      hidden[candidates.get(i)] = false;
      if (found) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theLibraryHidesAtMostTwentyPercentMoreCellsThanTheOptimum() {
    Random rnd = new Random(20261205L);
    long library = 0;
    long best = 0;
    int tables = 0;
    StringBuilder log = new StringBuilder();
    while (tables < 12) {
      OrgStructure org = ReleaseFixtures.randomOrg(rnd, 1, 4);
      if (org.size() < 4) {
        continue;
      }
      Population people = ReleaseFixtures.randomPopulation(rnd, org, 1, 40);
      String dimension = ReleaseFixtures.DIMENSIONS.get(rnd.nextInt(3)).id();
      ReleasePlan plan = ReleasePlan.of(ProtectionRule.standard(),
          TableSpec.byOrg("t", ReleaseFixtures.text("T"), dimension));
      Release protectedRelease = Releases.build(people, plan);
      if (protectedRelease.cells().size() > 30 || protectedRelease.suppressedCells() == 0) {
        continue;
      }
      Release truth = Releases.build(people, new ReleasePlan(ProtectionRule.of(1, 1), plan.tables()));
      int ours = (int) protectedRelease.suppressedCells();
      int optimum = optimum(truth, ProtectionRule.standard(), ours);
      library += ours;
      best += optimum;
      tables++;
      log.append(String.format("%d cells: library %d, optimum %d%n", truth.cells().size(), ours, optimum));
    }
    System.out.printf("information loss over %d tables: library %d suppressed cells, optimum %d (%.1f%% more)%n%s",
        tables, library, best, 100.0 * (library - best) / best, log);
    assertTrue(library <= 1.2 * best, "library " + library + " vs optimum " + best + "\n" + log);
  }
}
