package org.careerownership.analytics.correlation;

import static org.careerownership.core.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;
import java.util.SplittableRandom;
import org.careerownership.analytics.testing.Reference;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;

final class LikertPairsTest {

  private static final LikertRange SIX = LikertRange.of(1, 6);

  /** Returns a bfi item as codes, missing as 0. */
  private static int[] codes(double[] column) {
    int[] codes = new int[column.length];
    for (int i = 0; i < column.length; i++) {
      codes[i] = Double.isNaN(column[i]) ? 0 : (int) column[i];
    }
    return codes;
  }

  @Test
  void tablesGiveTheSameTestsAsTheColumns() {
    Map<String, double[]> bfi = Reference.csv("bfi.csv");
    for (String[] pair : new String[][] {{"A1", "A2"}, {"N1", "N2"}, {"C4", "O5"}}) {
      double[] x = bfi.get(pair[0]);
      double[] y = bfi.get(pair[1]);
      LikertPairsAccumulator accumulator = new LikertPairsAccumulator(SIX, 0);
      accumulator.addAll(codes(x), codes(y));
      LikertPairs table = accumulator.snapshot();
      PearsonTest fromColumns = Correlations.pearson().test(x, y).orElseThrow();
      PearsonTest fromTable = table.pearson(Correlations.pearson()).orElseThrow();
      assertEquals(fromColumns.n(), fromTable.n());
      assertEquals(fromColumns.r(), fromTable.r(), 1e-14);
      assertEquals(fromColumns.log10PValue(), fromTable.log10PValue(), 1e-10 * Math.abs(fromColumns.log10PValue()));
      RankCorrelationTest spearman = Correlations.spearman().test(x, y).orElseThrow();
      assertEquals(spearman.estimate(), table.spearman(Correlations.spearman()).orElseThrow().estimate(), 1e-14);
      assertEquals(spearman.pValue(), table.spearman(Correlations.spearman()).orElseThrow().pValue(), 1e-10 * spearman.pValue() + 1e-300);
      RankCorrelationTest kendall = Correlations.kendall().test(x, y).orElseThrow();
      RankCorrelationTest kendallTable = table.kendall(Correlations.kendall()).orElseThrow();
      assertEquals(kendall.estimate(), kendallTable.estimate(), 1e-14);
      assertEquals(kendall.statistic(), kendallTable.statistic(), 1e-10 * Math.abs(kendall.statistic()));
    }
  }

  // Law: however the pairs are split, the merged table and every statistic from it are bit-identical.
  // Law: correlations of a table do not change when every count is multiplied by the same factor, even
  // when the factor takes the mid-rank sums far beyond 2^53 (tens of millions of respondents).
  @Test
  void scalingEveryCountLeavesTheCorrelationsAndTheyStayDefinedAtScale() {
    LikertPairsAccumulator small = new LikertPairsAccumulator(LikertRange.of(1, 5), 0);
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 500; i++) {
      int x = 1 + random.nextInt(5);
      small.add(x, Math.max(1, Math.min(5, x + random.nextInt(3) - 1)));
    }
    LikertPairs table = small.snapshot();
    java.nio.ByteBuffer big = java.nio.ByteBuffer.wrap(table.toByteArray());
    for (int at = 9; at < big.capacity(); at += Long.BYTES) {
      big.putLong(at, big.getLong(at) * 100_000);
    }
    LikertPairs scaled = LikertPairs.fromByteArray(big.array());
    assertEquals(50_000_000, scaled.count());
    assertEquals(table.pearson(Correlations.pearson()).orElseThrow().r(),
        scaled.pearson(Correlations.pearson()).orElseThrow().r(), 1e-12);
    assertEquals(table.spearman(Correlations.spearman()).orElseThrow().estimate(),
        scaled.spearman(Correlations.spearman()).orElseThrow().estimate(), 1e-12);
    assertEquals(table.kendall(Correlations.kendall()).orElseThrow().estimate(),
        scaled.kendall(Correlations.kendall()).orElseThrow().estimate(), 1e-12);
  }

  @Test
  void mergedTablesAreBitIdentical() {
    qt().withFixedSeed(Generators.SEED).withExamples(100)
        .forAll(integers().between(3, 2000), integers().between(1, 9), integers().all())
        .checkAssert((n, parts, seed) -> {
          SplittableRandom random = new SplittableRandom(seed);
          int[] x = new int[n];
          int[] y = new int[n];
          for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(6);
            y[i] = random.nextInt(10) == 0 ? 0 : Math.max(1, Math.min(6, (x[i] == 0 ? 3 : x[i]) + random.nextInt(3) - 1));
          }
          LikertPairsAccumulator whole = new LikertPairsAccumulator(SIX, 0);
          whole.addAll(x, y);
          LikertPairsAccumulator[] partial = new LikertPairsAccumulator[parts];
          for (int p = 0; p < parts; p++) {
            partial[p] = new LikertPairsAccumulator(SIX, 0);
          }
          for (int i = 0; i < n; i++) {
            partial[random.nextInt(parts)].add(x[i], y[i]);
          }
          LikertPairsAccumulator merged = new LikertPairsAccumulator(SIX, 0);
          for (int p = parts - 1; p >= 0; p--) {
            merged.addAll(LikertPairs.fromByteArray(partial[p].snapshot().toByteArray()));
          }
          LikertPairs a = whole.snapshot();
          LikertPairs b = merged.snapshot();
          assertEquals(a, b);
          assertEquals(a.pearson(Correlations.pearson()), b.pearson(Correlations.pearson()));
          assertEquals(a.spearman(Correlations.spearman()), b.spearman(Correlations.spearman()));
          assertEquals(a.kendall(Correlations.kendall()), b.kendall(Correlations.kendall()));
        });
  }

  @Test
  void badCodesAreRejectedNamingThePair() {
    LikertPairsAccumulator accumulator = new LikertPairsAccumulator(SIX, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new int[] {1, 7}, new int[] {2, 3}));
    assertEquals(true, e.getMessage().startsWith("pair 1:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new LikertPairsAccumulator(SIX, 3));
  }

  private static LikertPairs table(int[] x, int[] y) {
    LikertPairsAccumulator accumulator = new LikertPairsAccumulator(LikertRange.of(2, 4), -1);
    accumulator.addAll(x, y);
    return accumulator.snapshot();
  }

  @Test
  void aTableKnowsItsRangeCountsAndIdentity() {
    LikertPairs t = table(new int[] {2, 3, 4, 4, -1}, new int[] {2, 2, 4, 3, 3});
    assertEquals(LikertRange.of(2, 4), t.range());
    assertEquals(4, t.count());
    assertEquals(1, t.count(2, 2));
    assertEquals(1, t.count(4, 3));
    assertEquals(0, t.count(2, 4));
    assertThrows(IllegalArgumentException.class, () -> t.count(1, 2));
    assertThrows(IllegalArgumentException.class, () -> t.count(2, 5));
    LikertPairs same = table(new int[] {4, 4, 3, 2}, new int[] {3, 4, 2, 2});
    assertEquals(t, same);
    assertEquals(t.hashCode(), same.hashCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(t, table(new int[] {4, 4, 3, 2}, new int[] {3, 4, 2, 3}));
    org.junit.jupiter.api.Assertions.assertNotEquals(t, "LikertPairs");
    assertEquals("LikertPairs{range=LikertRange[min=2, max=4], count=4}", t.toString());
  }

  @Test
  void kendallNeedsThreePairsAndVariation() {
    assertEquals(org.careerownership.core.ProblemCode.TOO_FEW_OBSERVATIONS,
        table(new int[] {2, 3}, new int[] {2, 3}).kendall(Correlations.kendall()).problems().get(0).code());
    assertEquals(true, table(new int[] {2, 3, 4}, new int[] {2, 3, 4}).kendall(Correlations.kendall()).succeeded());
    var constantX = table(new int[] {3, 3, 3}, new int[] {2, 3, 4}).kendall(Correlations.kendall());
    assertEquals(java.util.Optional.of("x"), constantX.problems().get(0).location().field());
    var constantY = table(new int[] {2, 3, 4}, new int[] {3, 3, 3}).kendall(Correlations.kendall());
    assertEquals(java.util.Optional.of("y"), constantY.problems().get(0).location().field());
  }

  @Test
  void badByteFormsAreRefusedNamingWhatIsWrong() {
    byte[] good = table(new int[] {2, 3, 4}, new int[] {2, 3, 4}).toByteArray();
    assertEquals(9 + 9 * Long.BYTES, good.length);
    assertEquals(table(new int[] {2, 3, 4}, new int[] {2, 3, 4}), LikertPairs.fromByteArray(good));
    assertRefused("too few bytes", () -> LikertPairs.fromByteArray(new byte[8]));
    byte[] format = good.clone();
    format[0] = 9;
    assertRefused("unknown Likert table format 9", () -> LikertPairs.fromByteArray(format));
    assertRefused("points (1) must be in [2, 101]", () -> LikertPairs.fromByteArray(header(1, 9 + 8)));
    assertRefused("points (102) must be in [2, 101]", () -> LikertPairs.fromByteArray(header(102, 9)));
    LikertPairs.fromByteArray(header(2, 9 + 4 * 8));
    LikertPairs.fromByteArray(header(101, 9 + 101 * 101 * 8));
    assertRefused("a 3-point table takes 81 bytes, got 80", () -> LikertPairs.fromByteArray(java.util.Arrays.copyOf(good, 80)));
    byte[] negative = good.clone();
    java.nio.ByteBuffer.wrap(negative).putLong(9 + 8 * 4, -1);
    assertRefused("count 4 is negative", () -> LikertPairs.fromByteArray(negative));
  }

  private static byte[] header(int points, int length) {
    return java.nio.ByteBuffer.allocate(length).put((byte) 1).putInt(1).putInt(points).array();
  }

}
