package org.careerownership.analytics.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.careerownership.analytics.crosstab.ContinuityCorrection;
import org.careerownership.analytics.inference.Alternative;
import org.careerownership.analytics.testing.Reference;
import org.careerownership.core.ProblemCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Two proportions against R's prop.test (reference/r/proportions.R): 5 tables × 2 corrections × 3 alternatives. */
final class TwoProportionsReferenceTest {

  @Test
  void everyCaseMatchesPropTest() {
    JsonNode tests = Reference.json("r/proportions.json").get("tests");
    assertEquals(30, tests.size());
    for (JsonNode expected : tests) {
      Alternative alternative = switch (expected.get("alternative").asString()) {
        case "less" -> Alternative.LESS;
        case "greater" -> Alternative.GREATER;
        default -> Alternative.TWO_SIDED;
      };
      ContinuityCorrection correction =
          expected.get("correct").asBoolean() ? ContinuityCorrection.YATES_FOR_2X2 : ContinuityCorrection.NONE;
      ProportionTest actual = Groups.twoProportions().with(alternative).with(correction)
          .test(expected.get("x1").asLong(), expected.get("n1").asLong(), expected.get("x2").asLong(), expected.get("n2").asLong())
          .orElseThrow();
      String label = expected.toString();
      double statistic = expected.get("statistic").asDouble();
      assertEquals(statistic, actual.statistic(), 1e-12 * Math.max(1, statistic), label);
      double p = expected.get("p_value").asDouble();
      assertEquals(p, actual.pValue(), 1e-9 * p, label);
      assertEquals(expected.get("ci_lower").asDouble(), actual.confidenceInterval().lower(), 1e-12, label);
      assertEquals(expected.get("ci_upper").asDouble(), actual.confidenceInterval().upper(), 1e-12, label);
    }
  }

  @Test
  void emptyGroupsAndConstantOutcomesAreProblems() {
    assertEquals(ProblemCode.EMPTY_CATEGORY, Groups.twoProportions().test(0, 0, 3, 10).problems().get(0).code());
    assertEquals(ProblemCode.CONSTANT_VARIABLE, Groups.twoProportions().test(10, 10, 5, 5).problems().get(0).code());
  }
}
