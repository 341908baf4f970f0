package org.careerownership.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.careerownership.core.Outcome;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class ScorerProperties {

  /** An instrument with a complete response to it and the index of one of its items. */
  record Case(Instrument instrument, Response response, int item) {}

  private static Gen<Case> cases() {
    return Generators.instruments()
        .flatMap(
            instrument ->
                Generators.completeResponses(instrument)
                    .zip(
                        integers().between(0, instrument.items().size() - 1),
                        (response, item) -> new Case(instrument, response, item)));
  }

  private static Response withAnswer(Response response, int index, int value) {
    List<Answer> answers = new ArrayList<>(response.answers());
    answers.set(index, new Answer(answers.get(index).item(), value));
    return Response.builder().respondentId(response.respondentId()).answers(answers).build();
  }

  @Nested
  final class Postconditions {
    // Law: a valid complete response scores every scale within [0, 100], using every item.
    @Test
    void scoresStayWithinZeroToHundred() {
      qt().withFixedSeed(Generators.SEED)
          .forAll(cases())
          .check(
              c -> {
                Scores scores = Scorer.of(c.instrument()).score(c.response()).orElseThrow();
                return scores.scales().values().stream()
                    .allMatch(s -> s.value() >= 0 && s.value() <= 100 && s.itemsUsed() == s.itemsTotal());
              });
    }
  }

  @Nested
  final class Metamorphic {
    // Law: raising the answer to a normally keyed item never lowers its scale's score, and raising
    // the answer to a reverse-keyed item never raises it; the other scale is unchanged.
    @Test
    void raisingAnAnswerMovesItsScaleScoreInTheKeyedDirectionOnly() {
      AtomicInteger reversed = new AtomicInteger();
      AtomicInteger raisedFromBottom = new AtomicInteger();
      qt().withFixedSeed(Generators.SEED)
          .forAll(cases())
          .checkAssert(
              c -> {
                Scorer scorer = Scorer.of(c.instrument());
                LikertRange range = c.instrument().range();
                Answer answer = c.response().answers().get(c.item());
                if (answer.value() == range.max()) {
                  return; // cannot be raised
                }
                if (answer.value() == range.min()) {
                  raisedFromBottom.incrementAndGet();
                }
                Item item = c.instrument().item(answer.item()).orElseThrow();
                Scores before = scorer.score(c.response()).orElseThrow();
                Scores after =
                    scorer.score(withAnswer(c.response(), c.item(), answer.value() + 1)).orElseThrow();
                double b = before.scales().get(item.scale()).value();
                double a = after.scales().get(item.scale()).value();
                if (item.keying() == Keying.NORMAL) {
                  assertTrue(a > b, "normal item raised: " + b + " -> " + a);
                } else {
                  reversed.incrementAndGet();
                  assertTrue(a < b, "reverse item raised: " + b + " -> " + a);
                }
                Scale other = item.scale() == Scale.IDENTITY ? Scale.ADAPTABILITY : Scale.IDENTITY;
                assertEquals(before.scales().get(other), after.scales().get(other));
              });
      // The generator must exercise reverse keying and answers at the bottom of the range.
      assertTrue(reversed.get() > 100, "reverse-keyed cases: " + reversed.get());
      assertTrue(raisedFromBottom.get() > 100, "answers raised from the minimum: " + raisedFromBottom.get());
    }
  }

  @Nested
  final class Batches {
    // Law: a batch gives exactly one outcome per response, in input order, equal to scoring each
    // response alone (apart from the batch index in problem locations).
    @Test
    void oneOutcomePerInputInOrder() {
      Instrument instrument = ReferenceInstrument.v1();
      Scorer scorer = Scorer.of(instrument);
      Gen<Response> mixed =
          Generators.completeResponses(instrument)
              .zip(
                  integers().between(0, 5),
                  integers().between(0, 19),
                  (response, damage, item) -> damage == 0 ? withAnswer(response, item, 6) : response);
      qt().withFixedSeed(Generators.SEED)
          .withExamples(200)
          .forAll(lists().of(mixed).ofSizeBetween(0, 40))
          .checkAssert(
              responses -> {
                ImmutableList<Outcome<Scores>> outcomes = scorer.scoreAll(responses);
                assertEquals(responses.size(), outcomes.size());
                for (int i = 0; i < responses.size(); i++) {
                  Outcome<Scores> alone = scorer.score(responses.get(i));
                  assertEquals(alone.succeeded(), outcomes.get(i).succeeded());
                  assertEquals(alone.toOptional(), outcomes.get(i).toOptional());
                  final int index = i;
                  outcomes.get(i).problems()
                      .forEach(p -> assertEquals(index, p.location().index().orElseThrow()));
                }
              });
    }
  }
}
