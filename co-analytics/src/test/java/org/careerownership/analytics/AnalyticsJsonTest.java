package org.careerownership.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.PearsonTest;
import org.careerownership.analytics.correlation.RankCorrelationTest;
import org.careerownership.analytics.crosstab.ChiSquareTest;
import org.careerownership.analytics.crosstab.CrossTab;
import org.careerownership.analytics.crosstab.CrossTabs;
import org.careerownership.analytics.drivers.DriverAnalysis;
import org.careerownership.analytics.drivers.RelativeWeights;
import org.careerownership.analytics.groups.Groups;
import org.careerownership.analytics.groups.ProportionTest;
import org.careerownership.analytics.reliability.AlphaResult;
import org.careerownership.analytics.reliability.Reliability;
import org.careerownership.analytics.testing.Reference;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.testing.Json;
import org.junit.jupiter.api.Test;

/** Every analytics result round-trips unchanged through Jackson 2 and Jackson 3. */
final class AnalyticsJsonTest {

  @Test
  void everyResultRoundTrips() {
    Map<String, double[]> attitude = Reference.csv("attitude.csv");
    double[] x = attitude.get("rating");
    double[] y = attitude.get("complaints");
    Json.assertRoundTrips(Correlations.pearson().test(x, y).orElseThrow(), PearsonTest.class);
    Json.assertRoundTrips(Correlations.kendall().test(x, y).orElseThrow(), RankCorrelationTest.class);
    List<String> names = new ArrayList<>(attitude.keySet());
    double[][] columns = names.stream().map(attitude::get).toArray(double[][]::new);
    columns[2] = new double[columns[2].length]; // a constant column: its pairs are failed outcomes
    CorrelationMatrix<PearsonTest> pearson = Correlations.pearson().matrix(names, columns, Deletion.PAIRWISE);
    assertEquals(pearson, Json.viaJackson2(pearson, new com.fasterxml.jackson.core.type.TypeReference<>() {}));
    assertEquals(pearson, Json.viaJackson3(pearson, new tools.jackson.core.type.TypeReference<>() {}));
    CorrelationMatrix<RankCorrelationTest> kendall = Correlations.kendall().matrix(names, columns, Deletion.PAIRWISE);
    assertEquals(kendall, Json.viaJackson2(kendall, new com.fasterxml.jackson.core.type.TypeReference<>() {}));
    assertEquals(kendall, Json.viaJackson3(kendall, new tools.jackson.core.type.TypeReference<>() {}));
    Json.assertRoundTrips(Reliability.cronbachAlpha()
        .compute(List.of("rating", "complaints", "learning"), new double[][] {x, y, attitude.get("learning")},
            Set.of(), LikertRange.of(0, 100))
        .orElseThrow(), AlphaResult.class);
    CrossTab table = CrossTab.of(List.of("a", "b"), List.of("x", "y", "z"), new long[][] {{10, 20, 5}, {7, 3, 9}});
    Json.assertRoundTrips(table, CrossTab.class);
    Json.assertRoundTrips(CrossTabs.chiSquare().test(table).orElseThrow(), ChiSquareTest.class);
    Json.assertRoundTrips(Groups.twoProportions().test(30, 50, 20, 50).orElseThrow(), ProportionTest.class);
    // Phase-outcome tables and unit analyses are read from releases; GroupOutputsTest round-trips them.
    Json.assertRoundTrips(RelativeWeights.analyse(List.of("complaints", "learning"),
        new double[][] {y, attitude.get("learning")}, x).orElseThrow(), DriverAnalysis.class);
  }
}
