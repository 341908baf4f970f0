package org.careerownership.core.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.math.Quantiles;
import com.google.common.primitives.Doubles;
import java.util.List;
import org.careerownership.core.instrument.Scale;
import org.careerownership.core.instrument.ScaleScore;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class NormsTest {

  @Nested
  final class ClosedForm {
    @Test
    void medianOfAnEvenCountInterpolatesTheMiddlePair() {
      Norms norms = Norms.of(new double[] {40, 10, 30, 20}, new double[] {70, 60, 90, 80});
      assertEquals(CutPoints.of(25, 75), norms.median());
    }

    @Test
    void percentilesFollowHyndmanFanTypeSeven() {
      // x = 10, 20, 30, 40; p = 25: h = 3 × 0.25 = 0.75 -> 10 + 0.75 × 10 = 17.5.
      // p = 90: h = 2.7 -> 30 + 0.7 × 10 = 37 (R: quantile(c(10,20,30,40), 0.9) = 37).
      Norms norms = Norms.of(new double[] {10, 20, 30, 40}, new double[] {0, 0, 0, 100});
      assertEquals(17.5, norms.percentile(25).identity(), 1e-12);
      assertEquals(37.0, norms.percentile(90).identity(), 1e-12);
      assertEquals(10.0, norms.percentile(0).identity());
      assertEquals(40.0, norms.percentile(100).identity());
      assertEquals(70.0, norms.percentile(90).adaptability(), 1e-12);
      assertEquals(CutPoints.of(17.5, 70.0), norms.percentiles(25, 90));
    }

    @Test
    void aSingleReferenceScoreIsEveryPercentile() {
      Norms norms = Norms.of(new double[] {42}, new double[] {7});
      assertEquals(CutPoints.of(42, 7), norms.percentile(0));
      assertEquals(CutPoints.of(42, 7), norms.percentile(63.2));
    }

    @Test
    void buildsFromScoresOfAPopulation() {
      List<Scores> population =
          List.of(scores("A", 10, 90), scores("B", 30, 70), scores("C", 20, 80));
      Norms norms = Norms.from(population);
      assertEquals(CutPoints.of(20, 80), norms.median());
      assertEquals(3, norms.identityCount());
      assertEquals(3, norms.adaptabilityCount());
    }

    @Test
    void keepsItsOwnSortedCopy() {
      double[] identity = {3, 1, 2};
      Norms norms = Norms.of(identity, new double[] {1});
      identity[0] = 99;
      assertEquals(2.0, norms.median().identity());
      double[] exposed = norms.identityScores();
      exposed[0] = 99;
      assertEquals(1.0, norms.identityScores()[0]);
    }
  }

  @Nested
  final class Validation {
    @Test
    void rejectsEmptyPopulationsAndScoresOutsideZeroToHundred() {
      assertThrows(IllegalArgumentException.class, () -> Norms.of(new double[0], new double[] {1}));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Norms.of(new double[] {1, Double.NaN}, new double[] {1}));
      assertTrue(e.getMessage().contains("identity[1]"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Norms.of(new double[] {1}, new double[] {101}));
      assertThrows(IllegalArgumentException.class, () -> Norms.of(new double[] {1}, new double[] {1}).percentile(100.5));
    }
  }

  @Nested
  final class ModelBased {
    // Law: integer percentiles equal Guava's Quantiles.percentiles(), an independent type-7 implementation.
    @Test
    void integerPercentilesAgreeWithGuavaQuantiles() {
      qt().withFixedSeed(Generators.SEED)
          .withExamples(500)
          .forAll(
              lists().of(Generators.scoreValues()).ofSizeBetween(1, 60),
              lists().of(doubles().between(0, 100)).ofSizeBetween(1, 5),
              integers().between(0, 100))
          .checkAssert(
              (identity, adaptability, p) -> {
                Norms norms = Norms.of(Doubles.toArray(identity), Doubles.toArray(adaptability));
                assertEquals(
                    Quantiles.percentiles().index(p).compute(identity),
                    norms.percentile(p).identity(),
                    1e-9);
                assertEquals(
                    Quantiles.percentiles().index(p).compute(adaptability),
                    norms.percentile(p).adaptability(),
                    1e-9);
              });
    }
  }

  private static Scores scores(String id, double identity, double adaptability) {
    return Scores.builder()
        .respondentId(id)
        .putScale(Scale.IDENTITY, new ScaleScore(identity, 10, 10))
        .putScale(Scale.ADAPTABILITY, new ScaleScore(adaptability, 10, 10))
        .build();
  }
}
