package org.careerownership.analytics.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.careerownership.analytics.inference.Alternative;
import org.careerownership.analytics.inference.ConfidenceInterval;
import org.careerownership.analytics.testing.Reference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Pearson's r test under each alternative and confidence level against R's {@code cor.test} on the
 * attitude data (21 pairs × 3 alternatives × 2 levels; {@code reference/r/pearson_alternatives.R}).
 */
final class PearsonAlternativesReferenceTest {
  private static final Map<String, double[]> ATTITUDE = Reference.csv("attitude.csv");

  @Test
  void everyAlternativeAndLevelMatchesR() {
    JsonNode tests = Reference.json("r/pearson_alternatives.json").get("tests");
    assertEquals(126, tests.size());
    for (JsonNode row : tests) {
      Alternative alternative = switch (row.get("alternative").asString()) {
        case "less" -> Alternative.LESS;
        case "greater" -> Alternative.GREATER;
        default -> Alternative.TWO_SIDED;
      };
      String what = row.get("x").asString() + "~" + row.get("y").asString() + " " + alternative + " "
          + row.get("conf_level").asDouble();
      PearsonTest test = Correlations.pearson().with(alternative).withConfidenceLevel(row.get("conf_level").asDouble())
          .test(ATTITUDE.get(row.get("x").asString()), ATTITUDE.get(row.get("y").asString())).orElseThrow();
      assertTrue(Reference.lre(test.r(), row.get("estimate").asDouble()) >= 12, what);
      assertTrue(Reference.lre(test.t(), row.get("statistic").asDouble()) >= 11, what);
      assertTrue(Reference.lre(test.pValue(), row.get("p_value").asDouble()) >= 9, what + " p " + test.pValue());
      ConfidenceInterval interval = test.confidenceInterval().orElseThrow();
      assertEquals(row.get("lower").asDouble(), interval.lower(), 1e-12, what);
      assertEquals(row.get("upper").asDouble(), interval.upper(), 1e-12, what);
    }
  }
}
