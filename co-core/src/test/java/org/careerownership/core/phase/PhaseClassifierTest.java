package org.careerownership.core.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careerownership.core.Language;
import org.careerownership.core.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PhaseClassifierTest {

  private final PhaseClassifier standard = PhaseClassifier.standard();

  @Nested
  final class Quadrants {
    @ParameterizedTest(name = "identity {0}, adaptability {1} -> {2}")
    @CsvSource({
      "80, 80, FUTURE_CREATION",
      "80, 20, SELF_FIXATION",
      "20, 80, INTEREST_DISPERSION",
      "20, 20, STATUS_QUO_STAGNATION",
      "50, 50, FUTURE_CREATION", // a score equal to the cut point counts as high
      "50, 49.999, SELF_FIXATION",
      "49.999, 50, INTEREST_DISPERSION",
      "0, 0, STATUS_QUO_STAGNATION",
      "100, 100, FUTURE_CREATION"
    })
    void followIdentityAndAdaptabilityAgainstTheMidpoint(double identity, double adaptability, Phase phase) {
      assertEquals(phase, standard.classify(identity, adaptability).phase());
    }

    @Test
    void phasesCarryTheGuidesLabels() {
      assertEquals("未来創造", Phase.FUTURE_CREATION.label(Language.JA));
      assertEquals("自己固執", Phase.SELF_FIXATION.label(Language.JA));
      assertEquals("関心分散", Phase.INTEREST_DISPERSION.label(Language.JA));
      assertEquals("現状停滞", Phase.STATUS_QUO_STAGNATION.label(Language.JA));
      assertEquals("status-quo stagnation", Phase.STATUS_QUO_STAGNATION.label(Language.EN));
      for (Phase phase : Phase.values()) {
        assertEquals(phase, Phase.of(phase.highIdentity(), phase.highAdaptability()));
      }
    }

    @Test
    void customCutPointsMoveTheBoundaries() {
      PhaseClassifier strict = standard.withCutPoints(CutPoints.of(70, 60));
      assertEquals(Phase.STATUS_QUO_STAGNATION, strict.classify(65, 55).phase());
      assertEquals(Phase.FUTURE_CREATION, strict.classify(70, 60).phase());
      assertEquals(Phase.SELF_FIXATION, strict.classify(70, 59.9).phase());
    }
  }

  @Nested
  final class Distances {
    @Test
    void areSignedScoreMinusCut() {
      PhaseClassification c = standard.withCutPoints(CutPoints.of(40, 60)).classify(62.5, 41);
      assertEquals(22.5, c.identityDistance());
      assertEquals(-19.0, c.adaptabilityDistance());
    }

    @Test
    void borderlineWhenEitherDistanceIsBelowTheMargin() {
      assertTrue(standard.classify(54.99, 90).borderline());
      assertTrue(standard.classify(90, 45.01).borderline());
      assertTrue(standard.classify(50, 90).borderline()); // distance 0
      assertFalse(standard.classify(55, 45).borderline()); // exactly the margin away
      assertFalse(standard.classify(90, 10).borderline());
    }

    @Test
    void marginIsConfigurableAndZeroFlagsNothing() {
      assertTrue(standard.withBorderlineMargin(10).classify(59, 90).borderline());
      assertFalse(standard.withBorderlineMargin(0).classify(50, 50).borderline());
      assertEquals(5.0, PhaseClassifier.DEFAULT_BORDERLINE_MARGIN);
    }
  }

  @Nested
  final class Explanations {
    @Test
    void nameTheQuadrantRuleWithScoresAndCuts() {
      PhaseClassification c = standard.classify(62.5, 41);
      assertEquals(Rule.PHASE_SELF_FIXATION, c.explanation().rule());
      assertEquals(1, c.explanation().reasons().size());
      assertEquals(62.5, c.explanation().reasons().get(0).inputs().get("identity"));
      assertEquals(
          "Identity 62.5 is at or above its cut point 50 and adaptability 41 is below its cut point"
              + " 50: self-fixation (high identity, low adaptability).",
          c.explanation().text(Language.EN));
      assertEquals(
          "アイデンティティ 62.5 が基準点 50 以上、アダプタビリティ 41 が基準点 50 未満のため「自己固執」"
              + "（アイデンティティ高・アダプタビリティ低）。",
          c.explanation().text(Language.JA));
    }

    @Test
    void addTheBorderlineRuleWhenBorderline() {
      PhaseClassification c = standard.classify(48, 90);
      assertEquals(Rule.PHASE_INTEREST_DISPERSION, c.explanation().rule());
      assertEquals(Rule.PHASE_BORDERLINE, c.explanation().reasons().get(1).rule());
      assertEquals(-2.0, c.explanation().reasons().get(1).inputs().get("identityDistance"));
      assertEquals(5.0, c.explanation().reasons().get(1).inputs().get("margin"));
    }
  }

  @Nested
  final class Validation {
    @ParameterizedTest
    @CsvSource({"-0.1, 50", "100.1, 50", "50, NaN", "NaN, 50", "Infinity, 50"})
    void rejectsScoresOutsideZeroToHundred(double identity, double adaptability) {
      assertThrows(IllegalArgumentException.class, () -> standard.classify(identity, adaptability));
    }

    @ParameterizedTest
    @CsvSource({"-1", "NaN", "Infinity"})
    void rejectsNegativeOrNonFiniteMargins(double margin) {
      assertThrows(IllegalArgumentException.class, () -> standard.withBorderlineMargin(margin));
    }

    @ParameterizedTest
    @CsvSource({"-1, 50", "50, 101", "NaN, 50"})
    void rejectsCutPointsOutsideZeroToHundred(double identity, double adaptability) {
      assertThrows(IllegalArgumentException.class, () -> CutPoints.of(identity, adaptability));
    }
  }
}
