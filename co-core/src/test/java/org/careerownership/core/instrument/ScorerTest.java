package org.careerownership.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.careerownership.core.Language;
import org.careerownership.core.Location;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class ScorerTest {

  /** Five identity items (I5 reversed) and five adaptability items (A5 reversed), coded 1–5. */
  private static final Instrument FIVE_BY_FIVE = fiveByFive(LikertRange.of(1, 5));

  private static Instrument fiveByFive(LikertRange range) {
    Instrument.Builder builder =
        Instrument.builder().id("five").name(LocalizedText.of("五項目", "five")).range(range);
    for (int i = 1; i <= 5; i++) {
      Keying keying = i == 5 ? Keying.REVERSE : Keying.NORMAL;
      builder.addItem(Item.of("I" + i, Scale.IDENTITY, keying, "項目", "item"));
      builder.addItem(Item.of("A" + i, Scale.ADAPTABILITY, keying, "項目", "item"));
    }
    return builder.build();
  }

  private static Response.Builder answers(String id, int... identityThenAdaptability) {
    Response.Builder builder = Response.builder().respondentId(id);
    for (int i = 0; i < identityThenAdaptability.length; i++) {
      String prefix = i < 5 ? "I" : "A";
      builder.answer(prefix + (i % 5 + 1), identityThenAdaptability[i]);
    }
    return builder;
  }

  private static Scores scored(Response response) {
    return Scorer.of(FIVE_BY_FIVE).score(response).orElseThrow();
  }

  private static ImmutableList<ProblemCode> codes(Outcome<?> outcome) {
    return outcome.problems().stream().map(Problem::code).collect(ImmutableList.toImmutableList());
  }

  @Nested
  final class ClosedForm {
    @Test
    void allTopAnswersWithReversedItemAtBottomScoreOneHundred() {
      Scores scores = scored(answers("R1", 5, 5, 5, 5, 1, 5, 5, 5, 5, 1).build());
      assertEquals(100.0, scores.identity().value());
      assertEquals(100.0, scores.adaptability().value());
    }

    @Test
    void allBottomAnswersWithReversedItemAtTopScoreZero() {
      Scores scores = scored(answers("R1", 1, 1, 1, 1, 5, 1, 1, 1, 1, 5).build());
      assertEquals(0.0, scores.identity().value());
      assertEquals(0.0, scores.adaptability().value());
    }

    @Test
    void midpointAnswersScoreFifty() {
      Scores scores = scored(answers("R1", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3).build());
      assertEquals(50.0, scores.identity().value());
      assertEquals(50.0, scores.adaptability().value());
    }

    @Test
    void meanAfterReverseKeyingIsRescaled() {
      // identity: 4, 2, 5, 3 and reversed 2 -> 4; mean 18/5 = 3.6; (3.6 - 1) / 4 = 65%.
      // adaptability: 1, 2, 3, 4 and reversed 1 -> 5; mean 3.0 -> 50%.
      Scores scores = scored(answers("R1", 4, 2, 5, 3, 2, 1, 2, 3, 4, 1).build());
      assertEquals(65.0, scores.identity().value(), 1e-12);
      assertEquals(50.0, scores.adaptability().value(), 1e-12);
      assertEquals(new ScaleScore(scores.identity().value(), 5, 5), scores.identity());
    }

    @Test
    void missingAnswersWithinTheRuleUseTheAnsweredItemsOnly() {
      // 4 of 5 items answered = ceil(0.8 × 5): identity 5, 5, 5, reversed 1 -> 5: 100; I3 missing.
      Response response =
          Response.builder()
              .respondentId("R1")
              .answer("I1", 5).answer("I2", 5).answer("I4", 5).answer("I5", 1)
              .answer("A1", 2).answer("A2", 2).answer("A3", 2).answer("A4", 2)
              .build();
      Scores scores = scored(response);
      assertEquals(new ScaleScore(100.0, 4, 5), scores.identity());
      assertEquals(new ScaleScore(25.0, 4, 5), scores.adaptability());
    }

    @Test
    void otherRangesRescaleToZeroToHundred() {
      Scorer scorer = Scorer.of(fiveByFive(LikertRange.of(0, 6)));
      Response response =
          answers("R1", 6, 6, 6, 6, 0, 0, 0, 0, 0, 6).build(); // identity top, adaptability bottom
      Scores scores = scorer.score(response).orElseThrow();
      assertEquals(100.0, scores.identity().value());
      assertEquals(0.0, scores.adaptability().value());
      Response oneStep = answers("R2", 1, 1, 1, 1, 5, 1, 1, 1, 1, 5).build();
      assertEquals(100.0 / 6, scorer.score(oneStep).orElseThrow().identity().value(), 1e-12);
    }
  }

  @Nested
  final class BadInput {
    @Test
    void emptyRespondentId() {
      Outcome<Scores> outcome = Scorer.of(FIVE_BY_FIVE).score(answers(" ", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3).build());
      assertEquals(ImmutableList.of(ProblemCode.EMPTY_RESPONDENT_ID), codes(outcome));
      assertEquals(Optional.empty(), outcome.problems().get(0).location().record());
    }

    @Test
    void unknownItemNamesTheItemAndInstrument() {
      Outcome<Scores> outcome =
          Scorer.of(FIVE_BY_FIVE).score(answers("R1", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3).answer("X9", 3).build());
      assertEquals(ImmutableList.of(ProblemCode.UNKNOWN_ITEM), codes(outcome));
      Problem problem = outcome.problems().get(0);
      assertEquals(Optional.of("X9"), problem.location().field());
      assertEquals(Optional.of("R1"), problem.location().record());
      assertEquals("Item 'X9' is not in instrument 'five'.", problem.message(Language.EN));
    }

    @Test
    void valueOutOfRangeNamesItemValueAndRange() {
      Outcome<Scores> outcome =
          Scorer.of(FIVE_BY_FIVE).score(answers("R1", 3, 3, 9, 3, 3, 3, 3, 3, 3, 0).build());
      assertEquals(
          ImmutableList.of(ProblemCode.VALUE_OUT_OF_RANGE, ProblemCode.VALUE_OUT_OF_RANGE), codes(outcome));
      assertEquals(
          "Item 'I3' has answer 9, outside the range 1 to 5.",
          outcome.problems().get(0).message(Language.EN));
      assertEquals(Optional.of("A5"), outcome.problems().get(1).location().field());
    }

    @Test
    void duplicateItemIsReportedOnceWithItsCount() {
      Outcome<Scores> outcome =
          Scorer.of(FIVE_BY_FIVE)
              .score(answers("R1", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3).answer("I2", 4).answer("I2", 5).build());
      assertEquals(ImmutableList.of(ProblemCode.DUPLICATE_ITEM), codes(outcome));
      assertEquals("3", outcome.problems().get(0).arguments().get("count"));
    }

    @Test
    void tooFewAnswersNamesScaleCountsAndRequirement() {
      Response response =
          Response.builder()
              .respondentId("R1")
              .answer("I1", 3).answer("I2", 3).answer("I3", 3) // 3 of 5, 4 required
              .answer("A1", 3).answer("A2", 3).answer("A3", 3).answer("A4", 3)
              .build();
      Outcome<Scores> outcome = Scorer.of(FIVE_BY_FIVE).score(response);
      assertEquals(ImmutableList.of(ProblemCode.TOO_FEW_ANSWERS), codes(outcome));
      assertEquals(
          "Scale 'IDENTITY' has 3 answers; 4 of its 5 items are required.",
          outcome.problems().get(0).message(Language.EN));
    }

    @Test
    void everyProblemOfAResponseIsReportedNotJustTheFirst() {
      Response response =
          Response.builder()
              .respondentId("")
              .answer("I1", 7)
              .answer("I1", 3)
              .answer("Q1", 2)
              .build();
      Outcome<Scores> outcome = Scorer.of(FIVE_BY_FIVE).score(response);
      assertEquals(
          ImmutableList.of(
              ProblemCode.EMPTY_RESPONDENT_ID,
              ProblemCode.VALUE_OUT_OF_RANGE,
              ProblemCode.UNKNOWN_ITEM,
              ProblemCode.DUPLICATE_ITEM,
              ProblemCode.TOO_FEW_ANSWERS,
              ProblemCode.TOO_FEW_ANSWERS),
          codes(outcome));
    }
  }

  @Nested
  final class Batches {
    @Test
    void returnsOneOutcomePerResponseInOrderWithIndexedLocations() {
      List<Response> responses =
          List.of(
              answers("R1", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3).build(),
              answers("R2", 3, 3, 3, 3, 3, 3, 3, 3, 3, 8).build(),
              answers("R3", 5, 5, 5, 5, 1, 5, 5, 5, 5, 1).build());
      ImmutableList<Outcome<Scores>> outcomes = Scorer.of(FIVE_BY_FIVE).scoreAll(responses);
      assertEquals(3, outcomes.size());
      assertEquals("R1", outcomes.get(0).orElseThrow().respondentId());
      assertFalse(outcomes.get(1).succeeded());
      assertEquals(
          Location.atIndex(1).withRecord("R2").withField("A5"),
          outcomes.get(1).problems().get(0).location());
      assertEquals(100.0, outcomes.get(2).orElseThrow().identity().value());
    }

    @Test
    void emptyBatchGivesNoOutcomes() {
      assertTrue(Scorer.of(FIVE_BY_FIVE).scoreAll(List.of()).isEmpty());
    }
  }
}
