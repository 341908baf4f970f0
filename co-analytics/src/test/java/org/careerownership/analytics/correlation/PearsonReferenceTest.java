package org.careerownership.analytics.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careerownership.analytics.testing.Reference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The pairwise Pearson matrix of the 25 bfi items against R's cor() and cor.test(). */
final class PearsonReferenceTest {

  private static final JsonNode REFERENCE = Reference.json("bfi_pearson_pairwise.json");

  static CorrelationMatrix<PearsonTest> bfiMatrix() {
    Map<String, double[]> bfi = Reference.csv("bfi.csv");
    List<String> names = new ArrayList<>();
    REFERENCE.get("variables").forEach(v -> names.add(v.asString()));
    double[][] columns = names.stream().map(bfi::get).toArray(double[][]::new);
    return Correlations.pearson().matrix(names, columns, Deletion.PAIRWISE);
  }

  @Test
  void everyPairMatchesRWithinTheIssuesTolerances() {
    CorrelationMatrix<PearsonTest> matrix = bfiMatrix();
    JsonNode pairs = REFERENCE.get("pairs");
    assertEquals(300, pairs.size());
    double worstR = 0;
    double worstCi = 0;
    double worstP = 0;
    for (int k = 0; k < pairs.size(); k++) {
      JsonNode expected = pairs.get(k);
      PearsonTest actual = matrix.pairs().get(k).orElseThrow();
      String label = expected.get("x").asString() + "-" + expected.get("y").asString();
      assertEquals(expected.get("n").asLong(), actual.n(), label);
      assertEquals(expected.get("df").asLong(), actual.df(), label);
      worstR = Math.max(worstR, Math.abs(actual.r() - expected.get("r").asDouble()));
      assertEquals(expected.get("t").asDouble(), actual.t(), 1e-10 * Math.abs(expected.get("t").asDouble()), label);
      worstCi = Math.max(worstCi, Math.abs(actual.confidenceInterval().orElseThrow().lower() - expected.get("ci95_lower").asDouble()));
      worstCi = Math.max(worstCi, Math.abs(actual.confidenceInterval().orElseThrow().upper() - expected.get("ci95_upper").asDouble()));
      double p = expected.get("p_value").asDouble();
      if (p > 0) {
        worstP = Math.max(worstP, Math.abs(actual.pValue() - p) / p);
      } else {
        assertEquals(0.0, actual.pValue(), label + ": underflows in R too");
      }
      double log10 = expected.get("log10_p_value").asDouble();
      assertEquals(log10, actual.log10PValue(), 1e-9 * Math.abs(log10), label);
    }
    assertTrue(worstR <= 1e-12, "worst |r - R| " + worstR);
    assertTrue(worstCi <= 1e-12, "worst |CI - R| " + worstCi);
    assertTrue(worstP <= 1e-9, "worst relative p error " + worstP);
  }

  @Test
  void theMatrixMatchesRsCorAndItsCounts() {
    CorrelationMatrix<PearsonTest> matrix = bfiMatrix();
    JsonNode estimate = REFERENCE.get("matrices").get("estimate");
    JsonNode n = REFERENCE.get("matrices").get("n");
    for (int i = 0; i < 25; i++) {
      for (int j = 0; j < 25; j++) {
        assertEquals(estimate.get(i).get(j).asDouble(), matrix.r(i, j).orElseThrow(), 1e-12);
        if (i != j) {
          assertEquals(n.get(i).get(j).asLong(), matrix.test(i, j).orElseThrow().n());
        }
      }
    }
  }

  @Test
  void theUnderflowingPairStillHasItsLogPValue() {
    CorrelationMatrix<PearsonTest> matrix = bfiMatrix();
    int n1 = matrix.names().indexOf("N1");
    int n2 = matrix.names().indexOf("N2");
    PearsonTest test = matrix.test(n1, n2).orElseThrow();
    assertEquals(0.0, test.pValue());
    assertTrue(test.log10PValue() < -416 && test.log10PValue() > -417, "log10 p " + test.log10PValue());
  }
}
