package org.careerownership.analytics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careerownership.analytics.testing.Reference;
import org.careerownership.core.ProblemCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class RelativeWeightsTest {

  @Test
  void attitudeMatchesRsEigenComputationAndLmRSquared() {
    JsonNode expected = Reference.json("r/relative_weights.json");
    Map<String, double[]> attitude = Reference.csv("attitude.csv");
    List<String> names = new ArrayList<>();
    expected.get("predictors").forEach(p -> names.add(p.asString()));
    double[][] columns = names.stream().map(attitude::get).toArray(double[][]::new);
    DriverAnalysis analysis = RelativeWeights.analyse(names, columns, attitude.get("rating")).orElseThrow();
    assertEquals(30, analysis.n());
    assertEquals(expected.get("r_squared").asDouble(), analysis.rSquared(), 1e-12);
    double shares = 0;
    for (int j = 0; j < names.size(); j++) {
      Driver driver = analysis.drivers().get(j);
      assertEquals(expected.get("raw_weights").get(j).asDouble(), driver.rawWeight(), 1e-12, driver.name());
      assertEquals(expected.get("correlations_with_outcome").get(j).asDouble(), driver.correlation(), 1e-12);
      shares += driver.share();
    }
    assertEquals(1.0, shares, 1e-12);
    assertEquals("complaints", analysis.ranked().get(0).name());
  }

  @Test
  void uncorrelatedPredictorsGetTheirSquaredCorrelations() {
    // x1 and x2 are orthogonal (and centred); y = x1 + 2 x2: weights r1², r2², summing to R² = 1.
    double[] x1 = {1, -1, 1, -1, 1, -1, 1, -1};
    double[] x2 = {1, 1, -1, -1, 1, 1, -1, -1};
    double[] y = new double[8];
    for (int i = 0; i < 8; i++) {
      y[i] = x1[i] + 2 * x2[i];
    }
    DriverAnalysis d = RelativeWeights.analyse(List.of("x1", "x2"), new double[][] {x1, x2}, y).orElseThrow();
    assertEquals(1.0, d.rSquared(), 1e-12);
    assertEquals(0.2, d.drivers().get(0).rawWeight(), 1e-12); // r1² = 1/5
    assertEquals(0.8, d.drivers().get(1).rawWeight(), 1e-12);
  }

  @Test
  void collinearOrConstantPredictorsAndTooFewRowsAreProblems() {
    double[] a = {1, 2, 3, 4, 5, 6};
    double[] b = {2, 4, 6, 8, 10, 12};
    double[] y = {1, 3, 2, 5, 4, 6};
    assertEquals(ProblemCode.COLLINEAR_PREDICTORS,
        RelativeWeights.analyse(List.of("a", "b"), new double[][] {a, b}, y).problems().get(0).code());
    assertEquals(ProblemCode.CONSTANT_VARIABLE,
        RelativeWeights.analyse(List.of("c"), new double[][] {{3, 3, 3, 3, 3, 3}}, y).problems().get(0).code());
    assertEquals(ProblemCode.TOO_FEW_OBSERVATIONS,
        RelativeWeights.analyse(List.of("a", "b"), new double[][] {{1, 2, 3}, {3, 1, 2}}, new double[] {1, 2, 3}).problems().get(0).code());
  }
}
