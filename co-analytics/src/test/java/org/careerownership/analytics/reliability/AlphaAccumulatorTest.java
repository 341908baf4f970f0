package org.careerownership.analytics.reliability;

import static org.careerownership.core.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.testing.Reference;
import org.careerownership.core.instrument.LikertRange;
import org.junit.jupiter.api.Test;

/** Alpha from accumulators of random parts of the rows, merged directly or through their bytes. */
final class AlphaAccumulatorTest {
  private static final List<String> AGREEABLENESS = List.of("A1", "A2", "A3", "A4", "A5");

  @Test
  void mergedPartsGiveTheOneShotAlpha() {
    Map<String, double[]> bfi = Reference.csv("bfi.csv");
    double[][] columns = AGREEABLENESS.stream().map(bfi::get).toArray(double[][]::new);
    LikertRange six = LikertRange.of(1, 6);
    for (Deletion deletion : Deletion.values()) {
      AlphaResult oneShot = Reliability.cronbachAlpha().with(deletion)
          .compute(AGREEABLENESS, columns, Set.of("A1"), six).orElseThrow();
      SplittableRandom random = new SplittableRandom(3);
      AlphaAccumulator[] parts = new AlphaAccumulator[6];
      for (int p = 0; p < parts.length; p++) {
        parts[p] = new AlphaAccumulator(AGREEABLENESS, Set.of("A1"), six, deletion);
      }
      double[] row = new double[AGREEABLENESS.size()];
      for (int r = 0; r < columns[0].length; r++) {
        for (int j = 0; j < row.length; j++) {
          row[j] = columns[j][r];
        }
        parts[random.nextInt(parts.length)].add(row);
      }
      AlphaAccumulator merged = new AlphaAccumulator(AGREEABLENESS, Set.of("A1"), six, deletion);
      for (AlphaAccumulator part : parts) {
        merged.addAll(part.toByteArray());
      }
      AlphaResult result = merged.result().orElseThrow();
      assertEquals(oneShot.rows(), result.rows());
      assertEquals(oneShot.total().rawAlpha(), result.total().rawAlpha(), 1e-12);
      assertEquals(oneShot.total().standardizedAlpha(), result.total().standardizedAlpha(), 1e-12);
      for (int i = 0; i < AGREEABLENESS.size(); i++) {
        assertEquals(oneShot.items().get(i).rawR(), result.items().get(i).rawR(), 1e-12);
      }
    }
    AlphaAccumulator other = new AlphaAccumulator(List.of("A1", "A2"), Set.of(), LikertRange.of(1, 6), Deletion.PAIRWISE);
    assertThrows(IllegalArgumentException.class,
        () -> new AlphaAccumulator(AGREEABLENESS, Set.of(), LikertRange.of(1, 6), Deletion.PAIRWISE).addAll(other));
  }

  @Test
  void mergingDirectlyEqualsMergingBytes() {
    Map<String, double[]> bfi = Reference.csv("bfi.csv");
    double[][] columns = AGREEABLENESS.stream().map(bfi::get).toArray(double[][]::new);
    LikertRange six = LikertRange.of(1, 6);
    AlphaAccumulator[] parts = new AlphaAccumulator[2];
    AlphaAccumulator viaBytes = new AlphaAccumulator(AGREEABLENESS, Set.of("A1"), six, Deletion.PAIRWISE);
    AlphaAccumulator direct = new AlphaAccumulator(AGREEABLENESS, Set.of("A1"), six, Deletion.PAIRWISE);
    for (int p = 0; p < parts.length; p++) {
      parts[p] = new AlphaAccumulator(AGREEABLENESS, Set.of("A1"), six, Deletion.PAIRWISE);
    }
    double[] row = new double[AGREEABLENESS.size()];
    for (int r = 0; r < columns[0].length; r++) {
      for (int j = 0; j < row.length; j++) {
        row[j] = columns[j][r];
      }
      parts[r % 2].add(row);
    }
    for (AlphaAccumulator part : parts) {
      viaBytes.addAll(part.toByteArray());
      direct.addAll(part);
    }
    assertEquals(viaBytes.result(), direct.result());
    assertArrayEquals(viaBytes.toByteArray(), direct.toByteArray());
  }

  @Test
  void theStateSizeNamesTheItemCount() {
    for (int k = 2; k <= 12; k++) {
      List<String> items = java.util.stream.IntStream.range(0, k).mapToObj(i -> "q" + i).toList();
      byte[] state = new AlphaAccumulator(items, Set.of(), LikertRange.of(1, 5), Deletion.PAIRWISE).toByteArray();
      assertEquals(k, AlphaAccumulator.itemsOfState(state.length));
    }
    assertThrows(IllegalArgumentException.class, () -> AlphaAccumulator.itemsOfState(17));
  }

  @Test
  void badScalesRowsAndStatesAreRefusedNamingThem() {
    LikertRange five = LikertRange.of(1, 5);
    assertRefused("at least two items", () -> new AlphaAccumulator(List.of("A1"), Set.of(), five, Deletion.PAIRWISE));
    assertRefused("reverse-keyed", () -> new AlphaAccumulator(List.of("A1", "A2"), Set.of("B9"), five, Deletion.PAIRWISE));
    AlphaAccumulator two = new AlphaAccumulator(List.of("A1", "A2"), Set.of(), five, Deletion.PAIRWISE);
    assertRefused("a row has 3 values", () -> two.add(new double[] {1, 2, 3}));
    assertRefused("not a finite answer", () -> two.add(new double[] {1, Double.POSITIVE_INFINITY}));
    assertRefused("not the state of a 2-item scale", () -> two.addAll(new byte[10]));
    assertRefused("different scales", () -> two.addAll(
        new AlphaAccumulator(List.of("A1", "A2"), Set.of("A1"), five, Deletion.PAIRWISE)));
    assertRefused("different scales", () -> two.addAll(
        new AlphaAccumulator(List.of("A1", "A2"), Set.of(), five, Deletion.LISTWISE)));
    assertRefused("different scales", () -> two.addAll(
        new AlphaAccumulator(List.of("A1", "A2"), Set.of(), LikertRange.of(1, 6), Deletion.PAIRWISE)));
    assertRefused("different scales", () -> two.addAll(
        new AlphaAccumulator(List.of("A1", "A2"), Set.of(), LikertRange.of(0, 5), Deletion.PAIRWISE)));
  }

}
