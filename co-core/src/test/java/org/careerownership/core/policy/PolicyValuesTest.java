package org.careerownership.core.policy;

import static org.careerownership.core.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.careerownership.core.Explanation;
import org.careerownership.core.Reason;
import org.careerownership.core.Rule;
import org.careerownership.core.catalog.MeasureId;
import org.junit.jupiter.api.Test;

/** Matching values validate at construction, accepting their boundaries. */
final class PolicyValuesTest {
  private static final Reason WHY = new Reason(Rule.MATCH_CELL, ImmutableMap.of("weight", 2.0),
      ImmutableMap.of("reason", "mid-career.fear-of-changing", "step", "KNOW"));

  @Test
  void weightsAreFiniteAndNotNegative() {
    String[] names = {"currentStep", "nextStep", "laterStep", "earlierStep", "primaryGroup", "otherUnmetNeed"};
    for (int i = 0; i < names.length; i++) {
      double[] zero = new double[6];
      assertDoesNotThrow(() -> weights(zero));
      for (double bad : new double[] {-0.001, Double.POSITIVE_INFINITY, Double.NaN}) {
        double[] v = {3, 2, 1, 0.5, 2, 1};
        v[i] = bad;
        assertRefused(names[i], () -> weights(v));
      }
    }
    assertEquals(weights(new double[] {3, 2, 1, 0.5, 2, 1}), MatcherWeights.standard());
  }

  private static MatcherWeights weights(double[] v) {
    return new MatcherWeights(v[0], v[1], v[2], v[3], v[4], v[5]);
  }

  @Test
  void recommendationsScoreFiniteAndGiveAReason() {
    MeasureId measure = MeasureId.of("career-cafe");
    assertDoesNotThrow(() -> new Recommendation(measure, 0, List.of(WHY)));
    assertRefused("score", () -> new Recommendation(measure, -0.001, List.of(WHY)));
    assertRefused("score", () -> new Recommendation(measure, Double.POSITIVE_INFINITY, List.of(WHY)));
    assertRefused("reason", () -> new Recommendation(measure, 1, List.of()));
  }

  @Test
  void matchResultsCountFromZeroAndRecommendEachMeasureOnce() {
    Recommendation a = new Recommendation(MeasureId.of("career-cafe"), 2, List.of(WHY));
    Recommendation b = new Recommendation(MeasureId.of("career-design"), 1, List.of(WHY));
    Explanation why = Explanation.of(List.of(WHY));
    assertDoesNotThrow(() -> new MatchResult("P1", List.of(a, b), List.of(), 0, 0, 0, why));
    assertRefused("counts", () -> new MatchResult("P1", List.of(a), List.of(), -1, 0, 0, why));
    assertRefused("counts", () -> new MatchResult("P1", List.of(a), List.of(), 0, -1, 0, why));
    assertRefused("counts", () -> new MatchResult("P1", List.of(a), List.of(), 0, 0, -1, why));
    assertRefused("twice", () -> new MatchResult("P1", List.of(a, a), List.of(), 2, 0, 0, why));
  }
}
