package org.careerownership.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class ProblemTest {

  private static final Problem OUT_OF_RANGE =
      Problem.of(
          ProblemCode.VALUE_OUT_OF_RANGE,
          Location.atIndex(3).withRecord("R0042").withField("ID07"),
          ImmutableMap.of("item", "ID07", "value", "9", "min", "1", "max", "5"));

  @Nested
  final class Rendering {
    @Test
    void englishNamesLocationItemValueAndRange() {
      assertEquals(
          "input #3, record 'R0042', field 'ID07': Item 'ID07' has answer 9, outside the range 1"
              + " to 5.",
          OUT_OF_RANGE.text(Language.EN));
    }

    @Test
    void japaneseNamesTheSame() {
      assertEquals(
          "入力 #3、レコード 'R0042'、項目 'ID07': 項目 'ID07' の回答 9 が範囲 1〜5 の外です。",
          OUT_OF_RANGE.text(Language.JA));
    }

    @Test
    void problemWithoutLocationIsJustTheMessage() {
      Problem problem = Problem.of(ProblemCode.EMPTY_RESPONDENT_ID, Location.nowhere(), ImmutableMap.of());
      assertEquals("The respondent id is empty.", problem.text(Language.EN));
    }
  }

  @Nested
  final class Validation {
    @Test
    void argumentsMustBeExactlyTheCodes() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Problem.of(ProblemCode.DUPLICATE_ITEM, Location.nowhere(), ImmutableMap.of("item", "X")));
      assertTrue(e.getMessage().contains("count"), e.getMessage());
    }

    @Test
    void codeIdsAreUniqueAndBothLanguagesTakeTheSameArguments() {
      for (ProblemCode code : ProblemCode.values()) {
        assertEquals(code, ProblemCode.fromId(code.id()));
        assertEquals(
            Template.placeholders(code.wording().en()), Template.placeholders(code.wording().ja()));
      }
    }

    @Test
    void locationRejectsNegativeIndexAndBlankParts() {
      assertThrows(IllegalArgumentException.class, () -> Location.atIndex(-1));
      assertThrows(IllegalArgumentException.class, () -> Location.nowhere().withField(" "));
      assertThrows(
          IllegalArgumentException.class,
          () -> new Location(Optional.empty(), Optional.of(""), Optional.empty()));
    }

    @Test
    void blankRecordIdsAreLeftOutOfTheLocation() {
      assertEquals(Optional.empty(), Location.atIndex(0).withRecord("  ").record());
    }
  }

  @Nested
  final class Outcomes {
    @Test
    void okHoldsTheValueAndNoProblems() {
      Outcome<String> ok = Outcome.ok("x");
      assertTrue(ok.succeeded());
      assertEquals("x", ok.orElseThrow());
      assertEquals(Optional.of("x"), ok.toOptional());
      assertTrue(ok.problems().isEmpty());
      assertEquals(Outcome.ok(1), ok.map(String::length));
    }

    @Test
    void failedHoldsProblemsAndThrowsThemOnOrElseThrow() {
      Outcome<String> failed = Outcome.failed(ImmutableList.of(OUT_OF_RANGE));
      assertFalse(failed.succeeded());
      assertEquals(Optional.empty(), failed.toOptional());
      assertEquals(ImmutableList.of(OUT_OF_RANGE), failed.problems());
      IllegalStateException e = assertThrows(IllegalStateException.class, failed::orElseThrow);
      assertTrue(e.getMessage().contains("outside the range 1 to 5"), e.getMessage());
      assertEquals(failed.problems(), failed.map(String::length).problems());
    }

    @Test
    void failedNeedsAProblem() {
      assertThrows(IllegalArgumentException.class, () -> Outcome.failed(ImmutableList.of()));
    }
  }
}
