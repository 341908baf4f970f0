package org.careerownership.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.stream.Stream;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.generation.GenerationBands;
import org.careerownership.core.instrument.Answer;
import org.careerownership.core.instrument.ItemId;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.instrument.MissingAnswerRule;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.ScaleScore;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.phase.CutPoints;
import org.careerownership.core.phase.Norms;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassification;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmenter;
import org.careerownership.core.testing.Generators;
import org.careerownership.core.testing.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value and result type round-trips unchanged through Jackson 2 and Jackson 3. */
final class JsonRoundTripTest {

  private static final Scores SCORES =
      Scorer.of(ReferenceInstrument.v1())
          .score(
              Response.builder()
                  .respondentId("R0001")
                  .answer("ID01", 4).answer("ID02", 5).answer("ID03", 3).answer("ID04", 2)
                  .answer("ID05", 4).answer("ID06", 4).answer("ID07", 1).answer("ID08", 3)
                  .answer("AD01", 2).answer("AD02", 3).answer("AD03", 4).answer("AD04", 2)
                  .answer("AD05", 3).answer("AD06", 2).answer("AD07", 5).answer("AD08", 3)
                  .answer("RE01", 2).answer("RE02", 3).answer("RE03", 4).answer("RE04", 2)
                  .answer("GR01", 4).answer("GR02", 4).answer("GR03", 2).answer("GR04", 3)
                  .answer("PA01", 3).answer("PA02", 2).answer("PA03", 3).answer("PA04", 3)
                  .build())
          .orElseThrow();

  private static final Problem PROBLEM =
      Problem.of(
          ProblemCode.TOO_FEW_ANSWERS,
          Location.atIndex(7).withRecord("R0008").withField("IDENTITY"),
          ImmutableMap.of("scale", "IDENTITY", "answered", "3", "required", "8", "items", "10"));

  static Stream<Object> values() {
    return Stream.of(
        LocalizedText.of("未来創造", "future creation"),
        ItemId.of("ID01"),
        LikertRange.of(1, 6),
        MissingAnswerRule.minimumShare(0.75),
        ReferenceInstrument.v1().items().get(3),
        ReferenceInstrument.v1(),
        Answer.of("AD03", 4),
        Response.builder().respondentId("").answer("X", 99).answer("X", 1).build(),
        new ScaleScore(62.5, 8, 10),
        SCORES,
        CutPoints.of(47.5, 52.5),
        Norms.of(new double[] {10, 40, 20}, new double[] {55, 65}),
        PhaseClassifier.standard().classify(SCORES),
        PhaseClassifier.standard().classify(52, 12),
        PhaseClassifier.standard().classify(52, 12).explanation(),
        PhaseClassifier.standard().classify(52, 12).explanation().reasons().get(1),
        Location.nowhere(),
        PROBLEM,
        GenerationBands.of(36, 52),
        Phase.INTEREST_DISPERSION,
        Generation.MID_CAREER,
        Rule.PHASE_BORDERLINE,
        ProblemCode.DUPLICATE_ITEM,
        new NeedSignals(20, 55.5, 80),
        SegmentInput.of(Phase.SELF_FIXATION, new NeedSignals(20, 55.5, 80), 2),
        Segmenter.standard().segment(SegmentInput.of(Phase.SELF_FIXATION, new NeedSignals(20, 55.5, 80), 0)),
        Segmenter.standard().segment(SegmentInput.of(Phase.FUTURE_CREATION, new NeedSignals(90, 55.5, 80))),
        org.careerownership.core.org.OrgStructure.builder()
            .level(LocalizedText.of("全社", "Company")).level(LocalizedText.of("部", "Department"))
            .root(org.careerownership.core.org.UnitId.of("C"), LocalizedText.of("全社", "ACME"))
            .unit(org.careerownership.core.org.UnitId.of("D1"), org.careerownership.core.org.UnitId.of("C"),
                LocalizedText.of("営業部", "Sales"))
            .build(),
        new Reason(Rule.MATCH_CELL, ImmutableMap.of("weight", 2.0),
            ImmutableMap.of("reason", "mid-career.fear-of-changing", "step", "KNOW")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  @SuppressWarnings("unchecked")
  void roundTripsThroughJackson2And3(Object value) {
    Json.assertRoundTrips(value, (Class<Object>) value.getClass().getSuperclass() != Object.class
        && !value.getClass().isEnum() && !value.getClass().isRecord()
        && value.getClass().getSimpleName().startsWith("Immutable")
        ? (Class<Object>) value.getClass().getSuperclass()
        : (Class<Object>) value.getClass());
  }

  @Nested
  final class Outcomes {
    @Test
    void okAndFailedRoundTripWithTheirValueType() {
      List<Outcome<Scores>> outcomes = List.of(Outcome.ok(SCORES), Outcome.failed(List.of(PROBLEM)));
      for (Outcome<Scores> outcome : outcomes) {
        assertEquals(outcome, Json.viaJackson2(outcome, new com.fasterxml.jackson.core.type.TypeReference<>() {}));
        assertEquals(outcome, Json.viaJackson3(outcome, new tools.jackson.core.type.TypeReference<>() {}));
      }
    }

    @Test
    void carryTheirStatus() {
      assertTrue(Json.jackson2(Outcome.ok(SCORES)).startsWith("{\"status\":\"ok\",\"value\":{"));
      assertTrue(Json.jackson3(Outcome.failed(List.of(PROBLEM))).contains("\"status\":\"failed\""));
    }
  }

  @Nested
  final class Shapes {
    @Test
    void classificationWritesItsDerivedFieldsForReaders() {
      String json = Json.jackson2(PhaseClassifier.standard().classify(52, 12));
      assertTrue(json.contains("\"phase\":\"SELF_FIXATION\""), json);
      assertTrue(json.contains("\"borderline\":true"), json);
      assertTrue(json.contains("\"rule\":\"phase.self-fixation\""), json);
      assertTrue(json.contains("\"identityDistance\":2.0"), json);
      assertTrue(Json.jackson3(PhaseClassifier.standard().classify(52, 12)).contains("\"phase\":\"SELF_FIXATION\""));
    }

    @Test
    void problemsWriteCodeIdsAndOrderedArguments() {
      String json = Json.jackson3(PROBLEM);
      assertTrue(json.contains("\"code\":\"response.too-few-answers\""), json);
      assertTrue(
          json.contains("{\"scale\":\"IDENTITY\",\"answered\":\"3\",\"required\":\"8\",\"items\":\"10\"}"),
          json);
    }
  }

  @Nested
  final class Properties {
    // Law: any classification of any scores under any cut points and margin round-trips unchanged.
    @Test
    void everyClassificationRoundTrips() {
      qt().withFixedSeed(Generators.SEED)
          .withExamples(300)
          .forAll(Generators.scores(), Generators.scoreValues(), Generators.scoreValues())
          .checkAssert(
              (scores, identityCut, adaptabilityCut) -> {
                PhaseClassification c =
                    PhaseClassifier.standard()
                        .withCutPoints(CutPoints.of(identityCut, adaptabilityCut))
                        .classify(scores);
                Json.assertRoundTrips(c, PhaseClassification.class);
                Json.assertRoundTrips(scores, Scores.class);
              });
    }

    // Law: every scoring outcome, ok or failed, round-trips unchanged.
    @Test
    void everyScoringOutcomeRoundTrips() {
      Scorer scorer = Scorer.of(ReferenceInstrument.v1());
      qt().withFixedSeed(Generators.SEED)
          .withExamples(200)
          .forAll(Generators.completeResponses(ReferenceInstrument.v1()), Generators.codes(LikertRange.of(0, 7)))
          .checkAssert(
              (response, damage) -> {
                Response damaged =
                    Response.builder().from(response).answers(ImmutableList.of())
                        .addAllAnswers(response.answers().subList(damage, response.answers().size()))
                        .addAnswer(Answer.of("ID01", damage))
                        .build();
                for (Response r : List.of(response, damaged)) {
                  Outcome<Scores> outcome = scorer.score(r);
                  assertEquals(outcome, Json.viaJackson2(outcome, new com.fasterxml.jackson.core.type.TypeReference<>() {}));
                  assertEquals(outcome, Json.viaJackson3(outcome, new tools.jackson.core.type.TypeReference<>() {}));
                }
              });
    }
  }
}
