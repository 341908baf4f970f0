package org.careerownership.core.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.careerownership.core.Language;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.ProblemCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GenerationBandsTest {

  @Nested
  final class Defaults {
    @ParameterizedTest(name = "age {0} -> {1}")
    @CsvSource({
      "15, EARLY_CAREER", "22, EARLY_CAREER", "34, EARLY_CAREER",
      "35, MID_CAREER", "42, MID_CAREER", "49, MID_CAREER",
      "50, SENIOR", "64, SENIOR", "100, SENIOR"
    })
    void splitAtThirtyFiveAndFifty(int age, Generation generation) {
      assertEquals(generation, GenerationBands.standard().generationOf(age));
    }

    @Test
    void labelsAreTheGuides() {
      assertEquals("20代～30代前半", Generation.EARLY_CAREER.label(Language.JA));
      assertEquals("30代後半～40代", Generation.MID_CAREER.label(Language.JA));
      assertEquals("50代以上", Generation.SENIOR.label(Language.JA));
      assertEquals("late 30s to 40s", Generation.MID_CAREER.label(Language.EN));
    }
  }

  @Nested
  final class Configured {
    @Test
    void boundariesAreConfigurable() {
      GenerationBands bands = GenerationBands.of(40, 55);
      assertEquals(Generation.EARLY_CAREER, bands.generationOf(39));
      assertEquals(Generation.MID_CAREER, bands.generationOf(40));
      assertEquals(Generation.MID_CAREER, bands.generationOf(54));
      assertEquals(Generation.SENIOR, bands.generationOf(55));
    }

    @ParameterizedTest
    @CsvSource({"15, 50", "35, 35", "50, 35", "35, 101"})
    void invalidBoundariesAreRejected(int midCareerFrom, int seniorFrom) {
      assertThrows(IllegalArgumentException.class, () -> GenerationBands.of(midCareerFrom, seniorFrom));
    }
  }

  @Nested
  final class OutOfRange {
    @ParameterizedTest
    @CsvSource({"14", "101", "0", "-3", "2147483647"})
    void singleAgeThrowsNamingTheAge(int age) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> GenerationBands.standard().generationOf(age));
      assertTrue(e.getMessage().contains(Integer.toString(age)), e.getMessage());
    }

    @Test
    void batchReportsEachBadAgeAtItsIndex() {
      ImmutableList<Outcome<Generation>> outcomes =
          GenerationBands.standard().generationsOf(new int[] {30, 12, 55, 140});
      assertEquals(4, outcomes.size());
      assertEquals(Generation.EARLY_CAREER, outcomes.get(0).orElseThrow());
      assertFalse(outcomes.get(1).succeeded());
      assertEquals(ProblemCode.AGE_OUT_OF_RANGE, outcomes.get(1).problems().get(0).code());
      assertEquals(Location.atIndex(1).withField("age"), outcomes.get(1).problems().get(0).location());
      assertEquals(
          "Age 12 is outside the accepted range 15 to 100.",
          outcomes.get(1).problems().get(0).message(Language.EN));
      assertEquals(Generation.SENIOR, outcomes.get(2).orElseThrow());
      assertEquals(Location.atIndex(3).withField("age"), outcomes.get(3).problems().get(0).location());
    }
  }
}
