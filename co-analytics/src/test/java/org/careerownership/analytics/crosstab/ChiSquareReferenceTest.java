package org.careerownership.analytics.crosstab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.careerownership.analytics.testing.Reference;
import org.careerownership.core.Outcome;
import org.careerownership.core.ProblemCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class ChiSquareReferenceTest {

  @Nested
  final class AgainstR {
    private final JsonNode reference = Reference.json("bfi_chisq_education_gender.json");

    @Test
    void educationByGenderMatchesChisqTest() {
      Map<String, double[]> bfi = Reference.csv("bfi.csv");
      CrossTab table = CrossTab.tabulate(bfi.get("education"), bfi.get("gender"));
      assertEquals(List.of("1", "2", "3", "4", "5"), table.rows());
      assertEquals(List.of("1", "2"), table.columns());
      assertEquals(reference.get("n").asLong(), table.total());
      for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 2; j++) {
          assertEquals(reference.get("observed").get(i).get(j).asLong(), table.count(i, j));
        }
      }
      ChiSquareTest test = CrossTabs.chiSquare().test(table).orElseThrow();
      assertEquals(reference.get("statistic").asDouble(), test.statistic(), 1e-12);
      assertEquals(reference.get("df").asLong(), test.df());
      double p = reference.get("p_value").asDouble();
      assertEquals(p, test.pValue(), 1e-9 * p);
      assertEquals(reference.get("cramers_v").asDouble(), test.cramersV(), 1e-12);
      assertFalse(test.yatesCorrected());
      for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 2; j++) {
          assertEquals(reference.get("expected").get(i).get(j).asDouble(), test.expected().get(i).get(j), 1e-12);
          assertEquals(reference.get("residuals").get(i).get(j).asDouble(), test.residuals().get(i).get(j), 1e-12);
          assertEquals(reference.get("stdres").get(i).get(j).asDouble(), test.standardizedResiduals().get(i).get(j), 1e-12);
        }
      }
    }
  }

  @Nested
  final class ClosedForm {
    @Test
    void aTwoByTwoTableIsYatesCorrectedByDefaultAndNotWhenAsked() {
      // O = [[10, 20], [20, 10]]: E = 15 everywhere; |O − E| = 5.
      // Uncorrected X² = 4 × 25/15 = 6.666…; Yates: 4 × 4.5²/15 = 5.4.
      CrossTab table = CrossTab.of(List.of("a", "b"), List.of("x", "y"), new long[][] {{10, 20}, {20, 10}});
      var corrected = CrossTabs.chiSquare().test(table).orElseThrow();
      assertTrue(corrected.yatesCorrected());
      assertEquals(5.4, corrected.statistic(), 1e-12);
      var plain = CrossTabs.chiSquare().with(ContinuityCorrection.NONE).test(table).orElseThrow();
      assertEquals(20.0 / 3, plain.statistic(), 1e-12);
      // One degree of freedom: p = P(Z² > X²) = erfc(√(X²/2)).
      assertEquals(org.hipparchus.special.Erf.erfc(Math.sqrt(10.0 / 3)), plain.pValue(), 1e-15);
      assertEquals(Math.sqrt(20.0 / 3 / 60), plain.cramersV(), 1e-15);
    }

    @Test
    void independentCountsGiveZero() {
      CrossTab table = CrossTab.of(List.of("a", "b"), List.of("x", "y", "z"), new long[][] {{10, 20, 30}, {20, 40, 60}});
      var test = CrossTabs.chiSquare().test(table).orElseThrow();
      assertEquals(0.0, test.statistic(), 1e-12);
      assertEquals(1.0, test.pValue(), 1e-12);
    }

    @Test
    void emptyCategoriesAreNamed() {
      Outcome<ChiSquareTest> outcome = CrossTabs.chiSquare().test(
          CrossTab.of(List.of("a", "b"), List.of("x", "y"), new long[][] {{0, 0}, {3, 4}}));
      assertEquals(ProblemCode.EMPTY_CATEGORY, outcome.problems().get(0).code());
      assertEquals("a", outcome.problems().get(0).arguments().get("category"));
    }
  }
}
