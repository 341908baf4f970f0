package org.careerownership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerownership.analytics.groups.PhaseOutcomeTable;
import org.careerownership.core.phase.Phase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The calibration of the synthetic company: analysing its export reproduces the direction and size of
 * every figure the guide reports — shares within ±5 percentage points, correlations of the right sign
 * and at least 0.2, and the dip in utilisation in the thirties. The targets are the guide's numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class CompanyCalibrationTest {
  private DiagnosticSummary.SurveyAnalytics analytics;

  @BeforeAll
  void analyseTheCompany() {
    analytics = Company.result().analytics();
  }


  private static double share(PhaseOutcomeTable table, Phase phase) {
    return table.rows().get(phase.ordinal()).share().orElseThrow();
  }

  @Test
  void topRatingSharesAreTheGuides() {
    // The guide: S/AAA/AA ratings, future creation 53.6% vs status-quo stagnation 38.6%.
    assertEquals(0.536, share(analytics.topRatingByPhase(), Phase.FUTURE_CREATION), 0.05);
    assertEquals(0.386, share(analytics.topRatingByPhase(), Phase.STATUS_QUO_STAGNATION), 0.05);
    assertTrue(analytics.topRatingByPhase().futureCreationVsStagnation().orElseThrow().orElseThrow().pValue() < 0.05);
  }

  @Test
  void careerSatisfactionSharesAreTheGuides() {
    // The guide: satisfied with their career, future creation 52.0% vs status-quo stagnation 34.0%.
    assertEquals(0.520, share(analytics.satisfactionByPhase(), Phase.FUTURE_CREATION), 0.05);
    assertEquals(0.340, share(analytics.satisfactionByPhase(), Phase.STATUS_QUO_STAGNATION), 0.05);
  }

  @Test
  void unitsWithMoreFutureCreationScoreHigherOnEveryEngagementItem() {
    assertEquals(SyntheticCompany.ENGAGEMENT_ITEMS, List.copyOf(analytics.units().correlations().keySet()));
    analytics.units().correlations().forEach((item, test) ->
        assertTrue(test.orElseThrow().r() >= 0.2, item + ": r = " + test.orElseThrow().r()));
    // The guide singles out culture as the strongest link.
    double culture = analytics.units().correlations().get("EN_CULTURE").orElseThrow().r();
    analytics.units().correlations().forEach((item, test) ->
        assertTrue(test.orElseThrow().r() <= culture, item + " above culture"));
  }

  @Test
  void utilisationDipsInTheThirties() {
    UtilisationTable table = analytics.utilisation();
    for (String level : List.of("H", "M", "L")) {
      double thirties = table.mean("30s", level).orElseThrow();
      assertTrue(thirties < table.mean("20s", level).orElseThrow(), level);
      assertTrue(thirties < table.mean("40s", level).orElseThrow(), level);
    }
    // Higher embodiment, higher utilisation, in every band.
    for (String band : table.ageBands()) {
      assertTrue(table.mean(band, "H").orElseThrow() > table.mean(band, "L").orElseThrow(), band);
    }
  }
}
