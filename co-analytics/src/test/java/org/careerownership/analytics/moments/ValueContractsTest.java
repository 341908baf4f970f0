package org.careerownership.analytics.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality, hashing, text and closed-form accessors of the moment values. */
final class ValueContractsTest {

  @Test
  void momentsAreEqualExactlyWhenTheirStateIs() {
    Moments a = Moments.of(1, 2, 3, 4);
    assertEquals(a, Moments.of(1, 2, 3, 4));
    assertEquals(a.hashCode(), Moments.of(1, 2, 3, 4).hashCode());
    for (Moments other : List.of(Moments.of(1, 2, 3), Moments.of(1, 2, 3, 5), Moments.of(2, 3, 4, 5),
        Moments.of(1, 2, 3, 4.5), Moments.empty())) {
      assertNotEquals(a, other, other.toString());
    }
    assertNotEquals(a, "Moments");
    assertEquals(Moments.fromByteArray(a.toByteArray()), a);
  }

  @Test
  void momentsGiveClosedFormVariances() {
    Moments m = Moments.of(1, 2, 3, 4);
    assertEquals(2.5, m.mean());
    assertEquals(5.0, m.sumOfSquaredDeviations(), 1e-15);
    assertEquals(5.0 / 3, m.sampleVariance(), 1e-15);
    assertEquals(5.0 / 4, m.populationVariance(), 1e-15);
    assertTrue(m.toString().contains("count=4") && m.toString().contains("sampleVariance"), m.toString());
    assertTrue(Moments.of(7).toString().contains("count=1") && !Moments.of(7).toString().contains("sampleVariance"));
  }

  @Test
  void mergingAccumulatorsEqualsAddingEverything() {
    double[] values = {1e9 + 1, 1e9 + 2, 1e9 + 4, 3, -7, 0.5};
    MomentsAccumulator whole = new MomentsAccumulator();
    whole.addAll(values);
    MomentsAccumulator left = new MomentsAccumulator();
    MomentsAccumulator right = new MomentsAccumulator();
    for (int i = 0; i < values.length; i++) {
      (i < 3 ? left : right).add(values[i]);
    }
    left.addAll(right);
    assertEquals(whole.snapshot().mean(), left.snapshot().mean(), 1e-6);
    assertEquals(whole.snapshot().sumOfSquaredDeviations(), left.snapshot().sumOfSquaredDeviations(),
        1e-9 * whole.snapshot().sumOfSquaredDeviations());
    assertEquals(6, left.count());
  }

  @Test
  void pairedMomentsAreEqualExactlyWhenTheirStateIs() {
    PairedMoments a = PairedMoments.of(new double[] {1, 2, 3}, new double[] {2, 4, 7});
    assertEquals(a, PairedMoments.of(new double[] {1, 2, 3}, new double[] {2, 4, 7}));
    assertEquals(a.hashCode(), PairedMoments.of(new double[] {1, 2, 3}, new double[] {2, 4, 7}).hashCode());
    assertNotEquals(a, PairedMoments.of(new double[] {1, 2, 3}, new double[] {2, 4, 8}));
    assertNotEquals(a, PairedMoments.of(new double[] {1, 2}, new double[] {2, 4}));
    assertNotEquals(a, PairedMoments.of(new double[] {11, 12, 13}, new double[] {2, 4, 7}));
    assertNotEquals(a, PairedMoments.of(new double[] {1, 2, 3}, new double[] {12, 14, 17}));
    assertNotEquals(a, "PairedMoments");
    assertEquals("PairedMoments{count=3}", a.toString());
    PairedMomentsAccumulator accumulator = new PairedMomentsAccumulator();
    accumulator.addAll(new double[] {1, 2, 3}, new double[] {2, 4, 7});
    assertEquals(3, accumulator.count());
  }

  @Test
  void badByteFormsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Moments.fromByteArray(new byte[3]));
    assertThrows(IllegalArgumentException.class, () -> PairedMoments.fromByteArray(new byte[3]));
  }
}
