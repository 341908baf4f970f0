package org.careerownership.analytics.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.careerownership.analytics.testing.Reference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Accuracy on the NIST StRD sets: at least R's log relative error against the certified values, and
 * agreement with R's exact-on-doubles results, one-shot and merged from random partitions.
 */
final class NistAccuracyTest {

  /** Returns the moments of {@code data} accumulated in {@code parts} random partitions and merged. */
  static Moments merged(double[] data, int parts, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MomentsAccumulator[] partial = new MomentsAccumulator[parts];
    for (int p = 0; p < parts; p++) {
      partial[p] = new MomentsAccumulator();
    }
    for (double value : data) {
      partial[random.nextInt(parts)].add(value);
    }
    MomentsAccumulator total = new MomentsAccumulator();
    for (int p = parts - 1; p >= 0; p--) {
      total.addAll(partial[p]);
    }
    return total.snapshot();
  }

  @Nested
  final class UnivariateSummaries {
    @ParameterizedTest(name = "NumAcc{0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void meanAndStandardDeviationAreAsAccurateAsR(int set) {
      JsonNode reference = Reference.json("nist/numacc.json").get("datasets").get("NumAcc" + set);
      double[] data = Reference.csv("nist/numacc" + set + ".csv").get("y");
      assertEquals(reference.get("n").asInt(), data.length);
      double certifiedMean = reference.get("certified").get("mean").asDouble();
      double certifiedSd = reference.get("certified").get("sd").asDouble();
      double rSd = reference.get("r").get("sd").asDouble();
      double rLreSd = reference.get("lre").get("sd").asDouble();
      double rLreMean = reference.get("lre").get("mean").asDouble();
      for (Moments m : List.of(Moments.of(data), merged(data, 7, set), merged(data, 64, 100 + set))) {
        assertTrue(Reference.lre(m.mean(), certifiedMean) >= rLreMean,
            "mean LRE " + Reference.lre(m.mean(), certifiedMean) + " < R's " + rLreMean);
        assertTrue(Reference.lre(m.sampleStandardDeviation(), certifiedSd) >= rLreSd - 1e-9,
            "sd LRE " + Reference.lre(m.sampleStandardDeviation(), certifiedSd) + " < R's " + rLreSd);
        // R's value is exact on the stored doubles; agree with it to a few ulps.
        assertTrue(Reference.lre(m.sampleStandardDeviation(), rSd) >= 13,
            "sd vs R: LRE " + Reference.lre(m.sampleStandardDeviation(), rSd));
      }
    }
  }

  @Nested
  final class Correlations {
    @org.junit.jupiter.api.Test
    void longleyMomentMatrixAgreesWithRToLre13() {
      JsonNode pearson = Reference.json("nist/longley.json").get("pearson");
      Map<String, double[]> data = Reference.csv("nist/longley.csv");
      JsonNode variables = pearson.get("variables");
      JsonNode estimate = pearson.get("matrices").get("estimate");
      double[][] columns = new double[variables.size()][];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = data.get(variables.get(i).asString());
      }
      MomentMatrix matrix = MomentMatrix.of(columns);
      double worst = 15;
      for (int i = 0; i < columns.length; i++) {
        for (int j = 0; j < columns.length; j++) {
          if (i != j) {
            double r = matrix.pair(i, j).pearsonsCorrelation();
            worst = Math.min(worst, Reference.lre(r, estimate.get(i).get(j).asDouble()));
          }
        }
      }
      assertTrue(worst >= 13, "worst LRE " + worst);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 3, 16})
    void longleyCorrelationMatrixAgreesWithRToLre13(int parts) {
      JsonNode pearson = Reference.json("nist/longley.json").get("pearson");
      Map<String, double[]> data = Reference.csv("nist/longley.csv");
      JsonNode variables = pearson.get("variables");
      JsonNode estimate = pearson.get("matrices").get("estimate");
      double worst = 15;
      for (int i = 0; i < variables.size(); i++) {
        for (int j = 0; j < variables.size(); j++) {
          if (i == j) {
            continue;
          }
          double[] x = data.get(variables.get(i).asString());
          double[] y = data.get(variables.get(j).asString());
          double r = mergedPairs(x, y, parts, 31L * i + j).pearsonsCorrelation();
          worst = Math.min(worst, Reference.lre(r, estimate.get(i).get(j).asDouble()));
        }
      }
      assertTrue(worst >= 13, "worst LRE " + worst);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 4, 16})
    void longleyCovarianceMatrixAgreesWithRToLre13(int parts) {
      JsonNode reference = Reference.json("r/nist_covariance.json");
      Map<String, double[]> data = Reference.csv("nist/longley.csv");
      JsonNode variables = reference.get("variables");
      double worst = 15;
      for (int i = 0; i < variables.size(); i++) {
        for (int j = 0; j < variables.size(); j++) {
          double[] x = data.get(variables.get(i).asString());
          double[] y = data.get(variables.get(j).asString());
          double covariance = mergedPairs(x, y, parts, 17L * i + j).sampleCovariance();
          worst = Math.min(worst, Reference.lre(covariance, reference.get("covariance").get(i).get(j).asDouble()));
        }
      }
      assertTrue(worst >= 13, "worst LRE " + worst);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 5})
    void norrisCorrelationAgreesWithR(int parts) {
      JsonNode norris = Reference.json("nist/norris.json");
      Map<String, double[]> data = Reference.csv("nist/norris.csv");
      double r = mergedPairs(data.get("x"), data.get("y"), parts, 7).pearsonsCorrelation();
      double expected = norris.get("pearson").get("r").asDouble();
      assertTrue(Reference.lre(r, expected) >= 13, "LRE " + Reference.lre(r, expected));
    }
  }

  static PairedMoments mergedPairs(double[] x, double[] y, int parts, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PairedMomentsAccumulator[] partial = new PairedMomentsAccumulator[parts];
    for (int p = 0; p < parts; p++) {
      partial[p] = new PairedMomentsAccumulator();
    }
    for (int i = 0; i < x.length; i++) {
      partial[random.nextInt(parts)].add(x[i], y[i]);
    }
    PairedMomentsAccumulator total = new PairedMomentsAccumulator();
    for (PairedMomentsAccumulator p : partial) {
      total.addAll(p);
    }
    return total.snapshot();
  }
}
