package org.careerownership.analytics.moments;

import static org.careerownership.core.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.SplittableRandom;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;

/**
 * The blocked kernels against the pair-by-pair accumulator ({@link PairedMoments#of}), an independent
 * route: blocks with and without missing values in either order, and parallel runs equal to one-thread
 * runs (bit for bit on codes).
 */
final class MomentMatrixTest {
  private static final int MISSING = -9;

  /** Correlated real columns; NaN only in rows [missingFrom, missingTo). */
  static double[][] reals(int rows, int m, int missingFrom, int missingTo, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] columns = new double[m][rows];
    for (int i = 0; i < rows; i++) {
      double common = random.nextGaussian();
      for (int a = 0; a < m; a++) {
        boolean missing = i >= missingFrom && i < missingTo && random.nextDouble() < 0.2;
        columns[a][i] = missing ? Double.NaN : 1e6 + 40 * (0.5 * common + random.nextGaussian()) + a;
      }
    }
    return columns;
  }

  /** Correlated 1–7 codes; the missing code only in rows [missingFrom, missingTo). */
  static int[][] codes(int rows, int m, int missingFrom, int missingTo, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] codes = new int[m][rows];
    for (int i = 0; i < rows; i++) {
      double common = random.nextGaussian();
      for (int a = 0; a < m; a++) {
        boolean missing = i >= missingFrom && i < missingTo && random.nextDouble() < 0.2;
        long code = Math.round(4 + 1.2 * (0.6 * common + random.nextGaussian()));
        codes[a][i] = missing ? MISSING : (int) Math.max(1, Math.min(7, code));
      }
    }
    return codes;
  }

  static void assertSamePairs(double[][] columns, MomentMatrix matrix) {
    for (int a = 0; a < columns.length; a++) {
      for (int b = 0; b < columns.length; b++) {
        PairedMoments expected = PairedMoments.of(columns[a], columns[b]);
        PairedMoments actual = matrix.pair(a, b);
        String pair = a + " ~ " + b;
        assertEquals(expected.count(), actual.count(), pair);
        assertEquals(expected.xMoments().mean(), actual.xMoments().mean(), 1e-9, pair);
        assertEquals(expected.yMoments().mean(), actual.yMoments().mean(), 1e-9, pair);
        assertEquals(1, actual.xMoments().sampleVariance() / expected.xMoments().sampleVariance(), 1e-12, pair);
        assertEquals(1, actual.sampleCovariance() / expected.sampleCovariance(), 1e-11, pair);
        assertEquals(expected.pearsonsCorrelation(), actual.pearsonsCorrelation(), 1e-12, pair);
      }
    }
  }

  static double[][] asReals(int[][] codes) {
    double[][] reals = new double[codes.length][];
    for (int a = 0; a < codes.length; a++) {
      reals[a] = new double[codes[a].length];
      for (int i = 0; i < codes[a].length; i++) {
        reals[a][i] = codes[a][i] == MISSING ? Double.NaN : codes[a][i];
      }
    }
    return reals;
  }

  @Test
  void realBlocksWithAndWithoutMissingValuesAgreeWithPairwiseAccumulation() {
    int block = MomentMatrix.BLOCK_ROWS;
    int rows = 5 * block + 37;
    for (int[] missing : new int[][] {
        {0, 0}, {0, rows}, {2 * block + 100, rows}, {0, block / 2}, {3 * block + 10, 3 * block + 50}}) {
      double[][] columns = reals(rows, 7, missing[0], missing[1], missing[0] * 31L + missing[1]);
      assertSamePairs(columns, MomentMatrix.of(columns));
      assertSamePairs(columns, MomentMatrix.of(columns, 3));
    }
  }

  @Test
  void moreColumnsThanOneMaskWordHolds() {
    double[][] columns = reals(MomentMatrix.BLOCK_ROWS + 300, 70, 0, MomentMatrix.BLOCK_ROWS + 300, 70);
    assertSamePairs(columns, MomentMatrix.of(columns));
  }

  @Test
  void codeBlocksWithAndWithoutMissingCodesAgreeWithPairwiseAccumulation() {
    int rows = 3 * MomentMatrix.CODE_BLOCK_ROWS + 101;
    for (int[] missing : new int[][] {{0, 0}, {0, rows}, {5000, rows}, {0, 2100}, {2500, 2600}}) {
      int[][] codes = codes(rows, 6, missing[0], missing[1], missing[0] * 17L + missing[1]);
      assertSamePairs(asReals(codes), MomentMatrix.ofCodes(codes, LikertRange.of(1, 7), MISSING));
    }
  }

  @Test
  void scoredCodesAreTheMomentsOfTheScores() {
    int rows = 2 * MomentMatrix.BLOCK_ROWS + 77;
    int[][] codes = codes(rows, 5, MomentMatrix.BLOCK_ROWS, rows, 11);
    double[][] scores = new double[5][7];
    SplittableRandom random = new SplittableRandom(3);
    for (double[] column : scores) {
      for (int k = 0; k < 7; k++) {
        column[k] = 100 * random.nextDouble();
      }
    }
    double[][] scored = new double[5][rows];
    for (int a = 0; a < 5; a++) {
      for (int i = 0; i < rows; i++) {
        scored[a][i] = codes[a][i] == MISSING ? Double.NaN : scores[a][codes[a][i] - 1];
      }
    }
    assertSamePairs(scored, MomentMatrix.ofScoredCodes(codes, LikertRange.of(1, 7), MISSING, scores, 1));
    assertSamePairs(scored, MomentMatrix.ofScoredCodes(codes, LikertRange.of(1, 7), MISSING, scores, 3));

    codes[3][rows - 1] = 0;
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
        () -> MomentMatrix.ofScoredCodes(codes, LikertRange.of(1, 7), MISSING, scores, 1));
    assertEquals("column 3, row " + (rows - 1) + ": code 0 is neither in LikertRange[min=1, max=7] nor the missing code -9",
        code.getMessage());
    scores[1][2] = Double.NaN;
    assertThrows(IllegalArgumentException.class,
        () -> MomentMatrix.ofScoredCodes(codes, LikertRange.of(1, 7), MISSING, scores, 1));
  }

  // Law: exact integer sums make any split of the rows give bit-identical results.
  @Test
  void codesGiveIdenticalResultsWhateverTheParallelism() {
    qt().withFixedSeed(Generators.SEED).withExamples(40)
        .forAll(integers().between(0, 9000), integers().between(0, 1), integers().between(2, 8), integers().all())
        .checkAssert((rows, withMissing, parallelism, seed) -> {
          int[][] codes = codes(rows, 5, withMissing == 1 ? rows / 2 : 0, rows, seed);
          MomentMatrix one = MomentMatrix.ofCodes(codes, LikertRange.of(1, 7), MISSING);
          MomentMatrix many = MomentMatrix.ofCodes(codes, LikertRange.of(1, 7), MISSING, parallelism);
          for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
              assertArrayEquals(one.pair(a, b).toByteArray(), many.pair(a, b).toByteArray(), a + " ~ " + b);
            }
          }
        });
  }

  @Test
  void parallelRealsAgreeWithOneThreadToRounding() {
    double[][] columns = reals(20_000, 9, 10_000, 20_000, 5);
    MomentMatrix one = MomentMatrix.of(columns);
    for (int parallelism : new int[] {2, 3, 16}) {
      MomentMatrix many = MomentMatrix.of(columns, parallelism);
      for (int a = 0; a < 9; a++) {
        for (int b = 0; b < 9; b++) {
          assertEquals(one.pair(a, b).count(), many.pair(a, b).count());
          assertEquals(one.pair(a, b).pearsonsCorrelation(), many.pair(a, b).pearsonsCorrelation(), 1e-14);
        }
      }
    }
  }

  @Test
  void badCellsAreNamedByColumnAndRowInEveryBlock() {
    double[][] columns = reals(3 * MomentMatrix.BLOCK_ROWS, 6, 0, 0, 1);
    columns[5][700] = Double.NEGATIVE_INFINITY;
    IllegalArgumentException real = assertThrows(IllegalArgumentException.class,
        () -> MomentMatrix.of(columns, 2));
    assertEquals("column 5, row 700: -Infinity is not a finite value", real.getMessage());

    int[][] codes = codes(3 * MomentMatrix.CODE_BLOCK_ROWS, 4, 0, 0, 2);
    codes[2][5000] = 8;
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
        () -> MomentMatrix.ofCodes(codes, LikertRange.of(1, 7), MISSING));
    assertEquals("column 2, row 5000: code 8 is neither in LikertRange[min=1, max=7] nor the missing code -9", code.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MomentMatrix.of(columns, 0));
  }

  @Test
  void aSingleMissingOrInfiniteValueIsSeenInEveryUnrolledColumn() {
    // Nine columns: eight through the unrolled transposition, one through its tail.
    for (int a = 0; a < 9; a++) {
      double[][] columns = reals(300, 9, 0, 0, 5 + a);
      columns[a][17] = Double.NaN;
      assertSamePairs(columns, MomentMatrix.of(columns));
      double[][] infinite = reals(300, 9, 0, 0, 5 + a);
      infinite[a][17] = Double.POSITIVE_INFINITY;
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MomentMatrix.of(infinite));
      assertEquals("column " + a + ", row 17: Infinity is not a finite value", e.getMessage());
    }
  }

  @Test
  void aSingleMissingCodeIsSeenInEveryColumn() {
    for (int a = 0; a < 5; a++) {
      int[][] codes = codes(200, 5, 0, 0, 11 + a);
      codes[a][9] = MISSING;
      assertSamePairs(asReals(codes), MomentMatrix.ofCodes(codes, LikertRange.of(1, 7), MISSING));
    }
  }

  @Test
  void badShapesRangesAndScoresAreRefusedNamingThem() {
    int[][] codes = {{1, 2, 3}, {2, 3, 4}};
    LikertRange seven = LikertRange.of(1, 7);
    assertRefused("the missing code 3 lies inside", () -> MomentMatrix.ofCodes(codes, seven, 3));
    assertRefused("the missing code 3 lies inside",
        () -> MomentMatrix.ofScoredCodes(codes, seven, 3, new double[2][7], 1));
    assertRefused("beyond ±1000", () -> MomentMatrix.ofCodes(codes, LikertRange.of(1000, 1001), -9));
    MomentMatrix.ofCodes(new int[][] {{999, 1000}, {1000, 999}}, LikertRange.of(999, 1000), -9);
    assertRefused("column 1 has 2 rows, column 0 has 3", () -> MomentMatrix.of(new double[][] {{1, 2, 3}, {1, 2}}));
    assertRefused("column 1 has 2 rows, column 0 has 3",
        () -> MomentMatrix.ofCodes(new int[][] {{1, 2, 3}, {1, 2}}, seven, -9));
    assertRefused("1 columns of scores for 2 columns", () -> MomentMatrix.ofScoredCodes(codes, seven, -9, new double[1][7], 1));
    assertRefused("column 1 has 6 scores for the 7 codes",
        () -> MomentMatrix.ofScoredCodes(codes, seven, -9, new double[][] {new double[7], new double[6]}, 1));
    double[][] scores = new double[2][7];
    scores[1][3] = Double.NaN;
    assertRefused("column 1: the score of code 4 is NaN", () -> MomentMatrix.ofScoredCodes(codes, seven, -9, scores, 1));
  }

}
