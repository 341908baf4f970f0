package org.careerownership.analytics.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.careerownership.analytics.inference.Alternative;
import org.careerownership.analytics.testing.Reference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Spearman and Kendall against R's cor.test(exact = FALSE) on all 21 attitude pairs and five bfi pairs
 * with missing values and heavy ties, for each alternative (reference/r/rank_correlations.R).
 */
final class RankCorrelationReferenceTest {

  @Test
  void everyTestMatchesR() {
    JsonNode tests = Reference.json("r/rank_correlations.json").get("tests");
    Map<String, double[]> attitude = Reference.csv("attitude.csv");
    Map<String, double[]> bfi = Reference.csv("bfi.csv");
    assertEquals(156, tests.size());
    double worstEstimate = 0;
    double worstP = 0;
    for (JsonNode expected : tests) {
      Map<String, double[]> data = expected.get("dataset").asString().equals("attitude") ? attitude : bfi;
      double[] x = data.get(expected.get("x").asString());
      double[] y = data.get(expected.get("y").asString());
      Alternative alternative = switch (expected.get("alternative").asString()) {
        case "less" -> Alternative.LESS;
        case "greater" -> Alternative.GREATER;
        default -> Alternative.TWO_SIDED;
      };
      boolean spearman = expected.get("method").asString().equals("spearman");
      RankCorrelationTest actual = (spearman
          ? Correlations.spearman().with(alternative).test(x, y)
          : Correlations.kendall().with(alternative).test(x, y)).orElseThrow();
      String label = expected.get("method").asString() + " " + expected.get("x").asString() + "-"
          + expected.get("y").asString() + " " + alternative;
      assertEquals(expected.get("n").asLong(), actual.n(), label);
      worstEstimate = Math.max(worstEstimate, Math.abs(actual.estimate() - expected.get("estimate").asDouble()));
      if (!spearman) {
        double z = expected.get("statistic").asDouble();
        assertEquals(z, actual.statistic(), 1e-10 * Math.abs(z), label);
      }
      double p = expected.get("p_value").asDouble();
      worstP = Math.max(worstP, Math.abs(actual.pValue() - p) / p);
      assertEquals(p, actual.pValue(), 1e-9 * p, label);
    }
    assertTrue(worstEstimate <= 1e-12, "worst estimate error " + worstEstimate);
  }
}
