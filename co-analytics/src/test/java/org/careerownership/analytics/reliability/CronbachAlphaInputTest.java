package org.careerownership.analytics.reliability;

import static org.careerownership.core.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.careerownership.core.instrument.LikertRange;
import org.junit.jupiter.api.Test;

/** Alpha's inputs are checked before anything is computed, naming what is wrong; two items suffice. */
final class CronbachAlphaInputTest {
  private static final LikertRange FIVE = LikertRange.of(1, 5);

  @Test
  void badScalesAreRefused() {
    CronbachAlpha alpha = Reliability.cronbachAlpha();
    assertRefused("at least two items, had 1", () -> alpha.compute(List.of("a"), new double[][] {{1, 2}}, Set.of(), FIVE));
    assertRefused("2 items but 1 columns", () -> alpha.compute(List.of("a", "b"), new double[][] {{1, 2}}, Set.of(), FIVE));
    assertRefused("reverse-keyed [c]", () -> alpha.compute(List.of("a", "b"), new double[][] {{1, 2}, {2, 1}}, Set.of("c"), FIVE));
    assertRefused("column 'b' has 1 rows, not 2",
        () -> alpha.compute(List.of("a", "b"), new double[][] {{1, 2}, {2}}, Set.of(), FIVE));
  }

  @Test
  void twoItemsGiveTheClosedFormAlpha() {
    // Two items: alpha = 2·(1 − (var a + var b) / var(a + b)) = 4·cov / var(a + b).
    double[] a = {1, 2, 3, 4, 5};
    double[] b = {2, 2, 3, 5, 4};
    AlphaResult result = Reliability.cronbachAlpha()
        .compute(List.of("a", "b"), new double[][] {a, b}, Set.of(), FIVE).orElseThrow();
    double varA = 2.5;
    double varB = 1.7;
    double cov = 1.75;
    assertEquals(2 * (1 - (varA + varB) / (varA + varB + 2 * cov)), result.total().rawAlpha(), 1e-14);
    assertEquals(5, result.rows());
  }
}
