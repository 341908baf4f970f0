package org.careerownership.analytics.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.primitives.Doubles;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;

final class PValueAdjustmentTest {

  // p = (0.01, 0.04, 0.03, 0.005), m = 4. Sorted: 0.005, 0.01, 0.03, 0.04.
  private static final double[] P = {0.01, 0.04, 0.03, 0.005};

  @Test
  void bonferroniMultipliesByTheFamilySize() {
    assertArrayEquals(new double[] {0.04, 0.16, 0.12, 0.02}, PValueAdjustment.BONFERRONI.adjust(P), 1e-15);
  }

  @Test
  void holmStepsDownWithARunningMaximum() {
    // 4×0.005 = 0.02; 3×0.01 = 0.03; 2×0.03 = 0.06; 1×0.04 = 0.04 -> running max 0.06.
    assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, PValueAdjustment.HOLM.adjust(P), 1e-15);
  }

  @Test
  void benjaminiHochbergStepsUpWithARunningMinimum() {
    // 4×0.04/4 = 0.04; 4×0.03/3 = 0.04; 4×0.01/2 = 0.02; 4×0.005/1 = 0.02.
    assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, PValueAdjustment.BENJAMINI_HOCHBERG.adjust(P), 1e-15);
  }

  @Test
  void capsAtOneAndHandlesEmptyAndSingle() {
    assertArrayEquals(new double[] {1, 1}, PValueAdjustment.BONFERRONI.adjust(new double[] {0.6, 0.9}));
    assertArrayEquals(new double[0], PValueAdjustment.HOLM.adjust(new double[0]));
    assertArrayEquals(new double[] {0.3}, PValueAdjustment.BENJAMINI_HOCHBERG.adjust(new double[] {0.3}));
  }

  @Test
  void benjaminiHochbergNeverRoundsTheLargestPValueBelowItself() {
    // Found by the property below: (11 × p) / 11 rounds below p for this p; R computes (n / i) × p.
    double[] p = new double[11];
    java.util.Arrays.fill(p, 0.926506623785866);
    double[] adjusted = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(p);
    for (double a : adjusted) {
      assertTrue(a >= 0.926506623785866);
    }
  }

  @Test
  void rejectsValuesOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> PValueAdjustment.HOLM.adjust(new double[] {0.1, Double.NaN}));
    assertThrows(IllegalArgumentException.class, () -> PValueAdjustment.HOLM.adjust(new double[] {1.5}));
  }

  // Law: adjusted p-values are never below the raw ones, never above 1, keep the raw order, and Holm
  // never exceeds Bonferroni while BH never exceeds Holm.
  @Test
  void adjustedValuesAreMonotoneAndNeverBelowTheRawOnes() {
    qt().withFixedSeed(Generators.SEED).withExamples(500)
        .forAll(lists().of(doubles().between(0, 1)).ofSizeBetween(0, 30))
        .checkAssert(list -> {
          double[] p = Doubles.toArray(list);
          double[] bonferroni = PValueAdjustment.BONFERRONI.adjust(p);
          double[] holm = PValueAdjustment.HOLM.adjust(p);
          double[] bh = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(p);
          for (int i = 0; i < p.length; i++) {
            for (double[] a : new double[][] {bonferroni, holm, bh}) {
              assertTrue(a[i] >= p[i] && a[i] <= 1);
              for (int j = 0; j < p.length; j++) {
                if (p[i] < p[j]) {
                  assertTrue(a[i] <= a[j]);
                }
              }
            }
            assertTrue(holm[i] <= bonferroni[i] && bh[i] <= holm[i] + 1e-15);
          }
        });
  }
}
