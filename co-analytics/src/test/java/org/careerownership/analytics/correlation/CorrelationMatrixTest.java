package org.careerownership.analytics.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.careerownership.analytics.testing.Reference;
import org.careerownership.core.instrument.LikertRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The matrix kernels — Pearson, Spearman and Kendall over real columns and over Likert codes — against
 * R's cor.test on every pair of the 25 bfi items (reference/r/rank_matrices.R), pairwise and listwise.
 */
final class CorrelationMatrixTest {
  private static final int MISSING = 0;
  private static final LikertRange SIX = LikertRange.of(1, 6);
  private static final JsonNode RANK_REFERENCE = Reference.json("r/rank_matrices.json");

  private static List<String> items() {
    List<String> names = new ArrayList<>();
    for (char trait : "ACENO".toCharArray()) {
      for (int k = 1; k <= 5; k++) {
        names.add(trait + Integer.toString(k));
      }
    }
    return names;
  }

  private static double[][] bfiColumns(List<String> names) {
    Map<String, double[]> bfi = Reference.csv("bfi.csv");
    return names.stream().map(bfi::get).toArray(double[][]::new);
  }

  private static int[][] codes(double[][] columns) {
    int[][] codes = new int[columns.length][];
    for (int a = 0; a < columns.length; a++) {
      codes[a] = new int[columns[a].length];
      for (int i = 0; i < columns[a].length; i++) {
        codes[a][i] = Double.isNaN(columns[a][i]) ? MISSING : (int) columns[a][i];
      }
    }
    return codes;
  }

  @Test
  void spearmanAndKendallMatricesMatchREveryPairBothDeletions() {
    List<String> names = items();
    double[][] columns = bfiColumns(names);
    int[][] codes = codes(columns);
    int checked = 0;
    for (Deletion deletion : Deletion.values()) {
      String use = deletion == Deletion.PAIRWISE ? "pairwise" : "listwise";
      List<CorrelationMatrix<RankCorrelationTest>> matrices = List.of(
          Correlations.spearman().matrix(names, columns, deletion),
          Correlations.spearman().matrix(names, codes, SIX, MISSING, deletion),
          Correlations.kendall().matrix(names, columns, deletion),
          Correlations.kendall().matrix(names, codes, SIX, MISSING, deletion));
      for (JsonNode expected : RANK_REFERENCE.get("tests")) {
        if (!expected.get("use").asString().equals(use)) {
          continue;
        }
        boolean spearman = expected.get("method").asString().equals("spearman");
        int i = names.indexOf(expected.get("x").asString());
        int j = names.indexOf(expected.get("y").asString());
        for (CorrelationMatrix<RankCorrelationTest> matrix : spearman ? matrices.subList(0, 2) : matrices.subList(2, 4)) {
          RankCorrelationTest actual = matrix.test(i, j).orElseThrow();
          String label = expected + " " + deletion;
          assertEquals(expected.get("n").asLong(), actual.n(), label);
          assertEquals(expected.get("estimate").asDouble(), actual.estimate(), 1e-12, label);
          assertEquals(expected.get("p_value").asDouble(), actual.pValue(), 1e-9 * expected.get("p_value").asDouble(), label);
          if (!spearman) {
            assertEquals(expected.get("statistic").asDouble(), actual.statistic(), 1e-12 * Math.abs(actual.statistic()), label);
          }
          checked++;
        }
      }
    }
    assertEquals(1200 * 2, checked);
  }

  @Test
  void pearsonOverCodesEqualsPearsonOverTheSameValuesAsReals() {
    List<String> names = items();
    double[][] columns = bfiColumns(names);
    int[][] codes = codes(columns);
    for (Deletion deletion : Deletion.values()) {
      CorrelationMatrix<PearsonTest> real = Correlations.pearson().matrix(names, columns, deletion);
      CorrelationMatrix<PearsonTest> coded = Correlations.pearson().matrix(names, codes, SIX, MISSING, deletion);
      for (int i = 0; i < names.size(); i++) {
        for (int j = i + 1; j < names.size(); j++) {
          PearsonTest r = real.test(i, j).orElseThrow();
          PearsonTest c = coded.test(i, j).orElseThrow();
          assertEquals(r.n(), c.n());
          assertEquals(r.r(), c.r(), 1e-12);
          assertEquals(r.pValue(), c.pValue(), 1e-9 * r.pValue());
          // The per-pair one-shot route (checked against R in PearsonReferenceTest) agrees too.
          if (deletion == Deletion.PAIRWISE) {
            assertEquals(Correlations.pearson().test(columns[i], columns[j]).orElseThrow().r(), c.r(), 1e-12);
          }
        }
      }
    }
  }

  private static void assertEqualEstimates(CorrelationMatrix<?> one, CorrelationMatrix<?> many) {
    for (int i = 0; i < one.size(); i++) {
      for (int j = i + 1; j < one.size(); j++) {
        assertEquals(one.test(i, j).orElseThrow().estimate(), many.test(i, j).orElseThrow().estimate(), 1e-14);
      }
    }
  }

  @Test
  void parallelMatricesEqualOneThreadMatrices() {
    List<String> names = items();
    double[][] columns = bfiColumns(names);
    int[][] codes = codes(columns);
    for (Deletion deletion : Deletion.values()) {
      for (int parallelism : new int[] {2, 5}) {
        // Likert codes: exact counts and sums, so every test is identical.
        assertEquals(Correlations.pearson().matrix(names, codes, SIX, MISSING, deletion),
            Correlations.pearson().withParallelism(parallelism).matrix(names, codes, SIX, MISSING, deletion));
        if (deletion == Deletion.PAIRWISE) { // pair tables: exact counts
          assertEquals(Correlations.spearman().matrix(names, codes, SIX, MISSING, deletion),
              Correlations.spearman().withParallelism(parallelism).matrix(names, codes, SIX, MISSING, deletion));
        }
        assertEquals(Correlations.kendall().matrix(names, codes, SIX, MISSING, deletion),
            Correlations.kendall().withParallelism(parallelism).matrix(names, codes, SIX, MISSING, deletion));
        assertEquals(Correlations.kendall().matrix(names, columns, deletion),
            Correlations.kendall().withParallelism(parallelism).matrix(names, columns, deletion));
        // Real values and Spearman from ranks: block totals are added in another order, so equal to rounding.
        assertEqualEstimates(Correlations.pearson().matrix(names, columns, deletion),
            Correlations.pearson().withParallelism(parallelism).matrix(names, columns, deletion));
        assertEqualEstimates(Correlations.spearman().matrix(names, codes, SIX, MISSING, deletion),
            Correlations.spearman().withParallelism(parallelism).matrix(names, codes, SIX, MISSING, deletion));
      }
    }
    assertThrows(IllegalArgumentException.class, () -> Correlations.kendall().withParallelism(0));
  }

  @Test
  void kendallCountsStayExactFarBeyondIntPairCounters() {
    // 100,000 rows: n(n−1)/2 ≈ 5·10⁹ pairs, beyond an int counter (46,341 rows). S is counted three
    // ways: brute force over all pairs, the merge-sort route on reals, and the exact table route on codes.
    int n = 100_000;
    SplittableRandom random = new SplittableRandom(20261125);
    int[] x = new int[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = 1 + random.nextInt(5);
      y[i] = Math.max(1, Math.min(5, x[i] + random.nextInt(3) - 1));
    }
    long s = 0;
    long xTied = 0;
    long yTied = 0;
    for (int i = 0; i < n; i++) {
      int xi = x[i];
      int yi = y[i];
      for (int j = i + 1; j < n; j++) {
        int dx = Integer.signum(xi - x[j]);
        int dy = Integer.signum(yi - y[j]);
        s += dx * dy;
        xTied += dx == 0 ? 1 : 0;
        yTied += dy == 0 ? 1 : 0;
      }
    }
    long n0 = (long) n * (n - 1) / 2;
    double tau = s / Math.sqrt((double) (n0 - xTied) * (n0 - yTied));
    RankCorrelationTest table = Correlations.kendall()
        .matrix(List.of("x", "y"), new int[][] {x, y}, LikertRange.of(1, 5), 0, Deletion.PAIRWISE)
        .test(0, 1).orElseThrow();
    RankCorrelationTest sorted = Correlations.kendall()
        .test(java.util.Arrays.stream(x).asDoubleStream().toArray(), java.util.Arrays.stream(y).asDoubleStream().toArray())
        .orElseThrow();
    assertTrue(n0 > Integer.MAX_VALUE);
    assertEquals(tau, table.estimate(), 1e-14);
    assertEquals(tau, sorted.estimate(), 1e-14);
    assertEquals(table.statistic(), sorted.statistic(), 1e-9 * Math.abs(table.statistic()));
  }

  @Test
  void badCodesAndValuesNameTheirColumnAndRow() {
    List<String> names = List.of("q1", "q2");
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () -> Correlations.kendall()
        .matrix(names, new int[][] {{1, 2, 3}, {1, 9, 3}}, LikertRange.of(1, 5), 0, Deletion.PAIRWISE));
    assertTrue(code.getMessage().contains("column 'q2', row 1: code 9"), code.getMessage());
    IllegalArgumentException pearson = assertThrows(IllegalArgumentException.class, () -> Correlations.pearson()
        .matrix(names, new int[][] {{1, 2, 7}, {1, 2, 3}}, LikertRange.of(1, 5), 0, Deletion.PAIRWISE));
    assertTrue(pearson.getMessage().contains("column 0, row 2: code 7"), pearson.getMessage());
    IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class, () -> Correlations.spearman()
        .matrix(names, new double[][] {{1, 2, 3}, {1, Double.POSITIVE_INFINITY, 3}}, Deletion.PAIRWISE));
    assertTrue(infinite.getMessage().contains("column 'q2', row 1"), infinite.getMessage());
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class, () -> Correlations.pearson()
        .matrix(names, new double[][] {{1, 2, 3}, {1, 2}}, Deletion.PAIRWISE));
    assertTrue(length.getMessage().contains("column 'q2' has 2 rows, not 3"), length.getMessage());
  }

  @Test
  void undefinedPairsAreFailedOutcomesLocatedAtThePair() {
    CorrelationMatrix<RankCorrelationTest> matrix = Correlations.spearman().matrix(
        List.of("a", "b", "c"), new int[][] {{1, 2, 3, 4}, {2, 2, 2, 2}, {4, 3, 2, 2}}, LikertRange.of(1, 5), 0,
        Deletion.PAIRWISE);
    assertTrue(matrix.test(0, 2).succeeded());
    assertEquals("a ~ b", matrix.test(0, 1).problems().get(0).location().record().orElseThrow());
  }
}
