package org.careerownership.core.testing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.Item;
import org.careerownership.core.instrument.Keying;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.instrument.MissingAnswerRule;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.Scale;
import org.careerownership.core.instrument.ScaleScore;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.LocalizedText;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the domain types, one per type, biased toward boundaries: scores at 0,
 * 100 and near the default cut point, Likert codes at the ends of the range, scales with a single
 * item. Shared with other modules through {@code co-core}'s test-jar.
 */
public final class Generators {
  /** The seed every property test of the project uses, so that failures reproduce. */
  public static final long SEED = 20261125L;

  private Generators() {}

  /** Returns scores on 0–100: a quarter exactly at 0, 100 or near the cut point 50. */
  public static Gen<Double> scoreValues() {
    Gen<Double> edges = Generate.pick(List.of(0.0, 100.0, 50.0, 49.999, 50.001, 45.0, 55.0, 54.99));
    return Generate.frequency(
        Pair.of(1, edges),
        Pair.of(1, doubles().between(40, 60)),
        Pair.of(2, doubles().between(0, 100)));
  }

  /** Returns Likert ranges: minimum -2..2, between 2 and 11 points. */
  public static Gen<LikertRange> likertRanges() {
    return integers()
        .between(-2, 2)
        .zip(integers().between(1, 10), (min, width) -> LikertRange.of(min, min + width));
  }

  /** Returns missing-answer rules with shares that do and do not divide item counts evenly. */
  public static Gen<MissingAnswerRule> missingAnswerRules() {
    return Generate.pick(List.of(0.1, 0.3, 0.5, 0.7, 0.8, 0.85, 1.0))
        .map(MissingAnswerRule::minimumShare);
  }

  /** Returns instruments with 1–12 items per scale, random keying and ranges. */
  public static Gen<Instrument> instruments() {
    Gen<Integer> counts = Generate.frequency(Pair.of(1, Generate.constant(1)), Pair.of(4, integers().between(2, 12)));
    return likertRanges()
        .zip(
            missingAnswerRules(),
            counts,
            counts,
            integers().allPositive(),
            (range, rule, identityItems, adaptabilityItems, keyingBits) -> {
              Instrument.Builder builder =
                  Instrument.builder()
                      .id("generated")
                      .name(LocalizedText.of("生成尺度", "generated instrument"))
                      .range(range)
                      .missingAnswerRule(rule);
              for (int i = 0; i < identityItems + adaptabilityItems; i++) {
                Scale scale = i < identityItems ? Scale.IDENTITY : Scale.ADAPTABILITY;
                Keying keying = ((keyingBits >>> (i % 31)) & 1) == 1 ? Keying.REVERSE : Keying.NORMAL;
                builder.addItem(Item.of("Q" + i, scale, keying, "項目" + i, "item " + i));
              }
              return builder.build();
            });
  }

  /** Returns Likert codes of {@code range}, a third of them at its ends. */
  public static Gen<Integer> codes(LikertRange range) {
    return Generate.frequency(
        Pair.of(1, Generate.pick(List.of(range.min(), range.max()))),
        Pair.of(2, integers().between(range.min(), range.max())));
  }

  /** Returns complete, valid responses to {@code instrument} (every item answered once, in range). */
  public static Gen<Response> completeResponses(Instrument instrument) {
    List<Item> items = instrument.items();
    Gen<Integer> code = codes(instrument.range());
    return random -> {
      Response.Builder builder = Response.builder().respondentId("R1");
      for (Item item : items) {
        builder.answer(item.id().value(), code.generate(random));
      }
      return builder.build();
    };
  }

  /** Returns valid scores of respondent "R1" with identity and adaptability from {@link #scoreValues()}. */
  public static Gen<Scores> scores() {
    return scoreValues()
        .zip(
            scoreValues(),
            (identity, adaptability) ->
                Scores.builder()
                    .respondentId("R1")
                    .putScale(Scale.IDENTITY, new ScaleScore(identity, 8, 10))
                    .putScale(Scale.ADAPTABILITY, new ScaleScore(adaptability, 10, 10))
                    .build());
  }
}
