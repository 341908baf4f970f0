package org.careerownership.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class AnonymityPolicyProperties {

  /** Tables of 1–6 rows × 1–5 columns, counts skewed small so that suppression is common. */
  static Gen<long[][]> tables() {
    Gen<Integer> count = Generate.frequency(
        org.quicktheories.api.Pair.of(2, integers().between(0, 6)),
        org.quicktheories.api.Pair.of(1, integers().between(0, 60)));
    return integers().between(1, 6).zip(integers().between(1, 5), (r, c) -> new int[] {r, c})
        .flatMap(shape -> random -> {
          long[][] t = new long[shape[0]][shape[1]];
          for (long[] row : t) {
            for (int j = 0; j < row.length; j++) {
              row[j] = count.generate(random);
            }
          }
          return t;
        });
  }

  // Law: every shown count is the true count and is 0 or at least k; in every row, every column and the
  // list of row totals whose total is shown, the number of suppressed entries is 0 or at least 2, so no
  // suppressed count is recoverable by subtraction.
  @Test
  void noSmallGroupIsShownOrRecoverable() {
    AtomicInteger withSuppression = new AtomicInteger();
    qt().withFixedSeed(Generators.SEED).withExamples(1000).forAll(tables(), integers().between(2, 10))
        .checkAssert((counts, k) -> {
          AnonymityPolicy policy = AnonymityPolicy.minimumGroupSize(k);
          int r = counts.length;
          int c = counts[0].length;
          ProtectedTable t = policy.protect(labels("r", r), labels("c", c), counts);
          long total = 0;
          for (int i = 0; i < r; i++) {
            long rowTotal = 0;
            List<ProtectedCount> row = new ArrayList<>();
            for (int j = 0; j < c; j++) {
              rowTotal += counts[i][j];
              shownIsTrueAndSafe(t.cell(i, j), counts[i][j], k);
              row.add(t.cell(i, j));
            }
            shownIsTrueAndSafe(t.rowTotals().get(i), rowTotal, k);
            lineIsSafe(row, t.rowTotals().get(i));
            total += rowTotal;
          }
          for (int j = 0; j < c; j++) {
            long columnTotal = 0;
            List<ProtectedCount> column = new ArrayList<>();
            for (int i = 0; i < r; i++) {
              columnTotal += counts[i][j];
              column.add(t.cell(i, j));
            }
            shownIsTrueAndSafe(t.columnTotals().get(j), columnTotal, k);
            lineIsSafe(column, t.columnTotals().get(j));
          }
          shownIsTrueAndSafe(t.total(), total, k);
          lineIsSafe(t.rowTotals(), t.total());
          if (t.suppressedCells() > 0) {
            withSuppression.incrementAndGet();
          }
        });
    assertTrue(withSuppression.get() > 300, "tables with suppression: " + withSuppression.get());
  }

  private static void shownIsTrueAndSafe(ProtectedCount shown, long truth, int k) {
    shown.count().ifPresent(value -> {
      assertEquals(truth, value.longValue());
      assertTrue(value == 0 || value >= k, "shown " + value + " below " + k);
    });
  }

  private static void lineIsSafe(List<ProtectedCount> entries, ProtectedCount total) {
    if (total.isSuppressed()) {
      return;
    }
    long hidden = entries.stream().filter(ProtectedCount::isSuppressed).count();
    assertTrue(hidden == 0 || hidden >= 2, "exactly one hidden entry next to a shown total");
  }

  private static List<String> labels(String prefix, int n) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add(prefix + i);
    }
    return labels;
  }
}
