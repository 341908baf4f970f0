package org.careerownership.analytics;

import static org.careerownership.core.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.List;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.LikertPairsAccumulator;
import org.careerownership.analytics.crosstab.CrossTab;
import org.careerownership.analytics.moments.Moments;
import org.careerownership.analytics.moments.MomentsAccumulator;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.analytics.moments.PairedMomentsAccumulator;
import org.careerownership.core.instrument.LikertRange;
import org.junit.jupiter.api.Test;

/** Every analytics entry point refuses bad input before computing, naming what is wrong. */
final class InputChecksTest {
  private static final LikertRange FIVE = LikertRange.of(1, 5);

  @Test
  void accumulatorsRefuseInfiniteValuesAndRaggedInput() {
    assertRefused("value (Infinity) must be finite", () -> new MomentsAccumulator().add(Double.POSITIVE_INFINITY));
    MomentsAccumulator nan = new MomentsAccumulator();
    nan.add(Double.NaN);
    assertEquals(0, nan.count());
    assertRefused("pair (1.0, -Infinity)", () -> new PairedMomentsAccumulator().add(1, Double.NEGATIVE_INFINITY));
    assertRefused("pair (Infinity, 1.0)", () -> new PairedMomentsAccumulator().add(Double.POSITIVE_INFINITY, 1));
    assertRefused("x has 2 values but y has 1", () -> new PairedMomentsAccumulator().addAll(new double[2], new double[1]));
    assertRefused("must lie outside", () -> new LikertPairsAccumulator(FIVE, 3));
    LikertPairsAccumulator table = new LikertPairsAccumulator(FIVE, -1);
    assertRefused("codes (0, 1)", () -> table.add(0, 1));
    assertRefused("codes (1, 6)", () -> table.add(1, 6));
    assertRefused("codes (6, 1)", () -> table.add(6, 1));
    assertRefused("codes (1, 0)", () -> table.add(1, 0));
    table.add(1, 5);
    table.add(5, 1);
    assertEquals(2, table.snapshot().count());
    assertRefused("x has 2 codes but y has 1", () -> table.addAll(new int[] {1, 2}, new int[] {1}));
    assertRefused("differs from", () -> table.addAll(new LikertPairsAccumulator(LikertRange.of(1, 4), -1).snapshot()));
    assertRefused("differs from", () -> table.addAll(new LikertPairsAccumulator(LikertRange.of(0, 4), -1).snapshot()));
  }

  @Test
  void momentsFromSumsAndBytesAreChecked() {
    assertRefused("n (-1) must be >= 0", () -> PairedMoments.fromSums(-1, 0, 0, 0, 0, 0));
    assertRefused("must be finite", () -> PairedMoments.fromSums(2, Double.NaN, 0, 0, 0, 0));
    assertRefused("must be finite", () -> PairedMoments.fromSums(2, 0, 0, 0, 0, Double.POSITIVE_INFINITY));
    PairedMoments.fromSums(0, 0, 0, 0, 0, 0);
    byte[] good = PairedMoments.of(new double[] {1, 2}, new double[] {3, 5}).toByteArray();
    assertEquals(PairedMoments.of(new double[] {1, 2}, new double[] {3, 5}), PairedMoments.fromByteArray(good));
    assertRefused("paired moments take", () -> PairedMoments.fromByteArray(new byte[good.length - 1]));
    byte[] format = good.clone();
    format[0] = 42;
    assertRefused("unknown paired moments format 42", () -> PairedMoments.fromByteArray(format));
    byte[] negative = good.clone();
    ByteBuffer.wrap(negative).putLong(1, -2);
    assertRefused("count (-2) must be >= 0", () -> PairedMoments.fromByteArray(negative));
    assertEquals(Moments.of(1, 2), Moments.fromByteArray(Moments.of(1, 2).toByteArray()));
  }

  @Test
  void matricesOverCodesCheckTheirMissingCode() {
    int[][] codes = {{1, 2, 3}, {3, 2, 1}};
    assertRefused("the missing code 3 lies inside", () -> Correlations.spearman()
        .matrix(List.of("a", "b"), codes, FIVE, 3, Deletion.PAIRWISE));
    assertRefused("the missing code 3 lies inside", () -> Correlations.kendall()
        .matrix(List.of("a", "b"), codes, FIVE, 3, Deletion.PAIRWISE));
  }

  @Test
  void crossTabsCheckTheirShape() {
    assertRefused("1 rows of counts for 2 row categories",
        () -> new CrossTab(List.of("a", "b"), List.of("x"), List.of(List.of(1L))));
    assertRefused("every row needs 2 counts",
        () -> new CrossTab(List.of("a"), List.of("x", "y"), List.of(List.of(1L))));
    assertRefused("count (-1) must be >= 0",
        () -> new CrossTab(List.of("a"), List.of("x"), List.of(List.of(-1L))));
    assertRefused("2 row values but 1 column values", () -> CrossTab.tabulate(new double[2], new double[1]));
    assertRefused("value 1 is infinite",
        () -> CrossTab.tabulate(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 2}));
    assertRefused("value 0 is infinite",
        () -> CrossTab.tabulate(new double[] {1, 2}, new double[] {Double.NEGATIVE_INFINITY, 2}));
  }
}
