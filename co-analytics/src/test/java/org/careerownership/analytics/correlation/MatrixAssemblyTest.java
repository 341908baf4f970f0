package org.careerownership.analytics.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerownership.analytics.moments.PairedMoments;
import org.junit.jupiter.api.Test;

/** Matrices assembled from per-pair moments or tables, and their text form. */
final class MatrixAssemblyTest {
  private static final double[][] COLUMNS = {{1, 2, 3, 4, 5}, {2, 1, 4, 3, 6}, {5, 3, 4, 1, 2}};

  @Test
  void momentsInUpperRowOrderGiveTheColumnsMatrix() {
    List<PairedMoments> moments = List.of(
        PairedMoments.of(COLUMNS[0], COLUMNS[1]), PairedMoments.of(COLUMNS[0], COLUMNS[2]),
        PairedMoments.of(COLUMNS[1], COLUMNS[2]));
    CorrelationMatrix<PearsonTest> fromMoments =
        CorrelationMatrix.fromMoments(List.of("a", "b", "c"), moments, Correlations.pearson());
    CorrelationMatrix<PearsonTest> direct =
        Correlations.pearson().matrix(List.of("a", "b", "c"), COLUMNS, Deletion.PAIRWISE);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(direct.r(i, j).orElseThrow(), fromMoments.r(i, j).orElseThrow(), 1e-14);
      }
    }
    assertEquals(3, fromMoments.size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorrelationMatrix.fromMoments(List.of("a", "b", "c"), moments.subList(0, 2), Correlations.pearson()));
    assertEquals("3 names need 3 moments, got 2", e.getMessage());
  }

  @Test
  void tablesMustBeOnePerPair() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorrelationMatrix.fromTables(List.of("a", "b", "c"), List.of(), t -> t.kendall(Correlations.kendall())));
    assertEquals("3 names need 3 tables, got 0", e.getMessage());
  }

  @Test
  void theTextFormShowsNamesAndEstimates() {
    String text = Correlations.pearson().matrix(List.of("a", "b", "c"), COLUMNS, Deletion.PAIRWISE).toString();
    assertTrue(text.contains("   1.000"), text);
    assertTrue(text.contains(String.format(java.util.Locale.ROOT, " %7.3f",
        PairedMoments.of(COLUMNS[0], COLUMNS[1]).pearsonsCorrelation())), text);
    assertEquals(4, text.strip().split("\n").length, text);
  }
}
