package org.careerownership.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.careerownership.core.Language;
import org.careerownership.core.LocalizedText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class InstrumentTest {

  static Instrument.Builder twoItems() {
    return Instrument.builder()
        .id("tiny")
        .name(LocalizedText.of("小尺度", "tiny"))
        .range(LikertRange.of(1, 5))
        .addItem(Item.of("I1", Scale.IDENTITY, Keying.NORMAL, "項目", "item"))
        .addItem(Item.of("A1", Scale.ADAPTABILITY, Keying.NORMAL, "項目", "item"));
  }

  @Nested
  final class MissingAnswers {
    @ParameterizedTest(name = "ceil({0} × {1}) = {2}")
    @CsvSource({
      "0.8, 10, 8", "0.8, 9, 8", "0.8, 1, 1", "0.8, 4, 4", "0.7, 10, 7", "0.3, 10, 3",
      "0.6, 5, 3", "0.5, 3, 2", "1.0, 12, 12", "0.1, 3, 1", "0.85, 20, 17"
    })
    void requiresTheCeilingOfShareTimesItems(double share, int items, int required) {
      assertEquals(required, MissingAnswerRule.minimumShare(share).requiredAnswers(items));
    }

    @Test
    void defaultIsEightyPercent() {
      assertEquals(0.8, MissingAnswerRule.standard().minimumShare());
    }

    @ParameterizedTest
    @CsvSource({"0", "-0.1", "1.01", "NaN", "Infinity"})
    void rejectsSharesOutsideZeroToOne(double share) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> MissingAnswerRule.minimumShare(share));
      assertTrue(e.getMessage().contains("minimumShare"), e.getMessage());
    }
  }

  @Nested
  final class Ranges {
    @Test
    void containsItsEndsAndReverses() {
      LikertRange range = LikertRange.of(1, 6);
      assertTrue(range.contains(1) && range.contains(6));
      assertEquals(false, range.contains(0) || range.contains(7));
      assertEquals(6, range.points());
      assertEquals(6, range.reverse(1));
      assertEquals(3, range.reverse(4));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "5, 1", "0, 101"})
    void rejectsEmptyOrHugeRanges(int min, int max) {
      assertThrows(IllegalArgumentException.class, () -> LikertRange.of(min, max));
    }
  }

  @Nested
  final class Validation {
    static Stream<Arguments> invalid() {
      return Stream.of(
          Arguments.of("blank id", twoItems().id(" "), "instrument id"),
          Arguments.of(
              "duplicate item",
              twoItems().addItem(Item.of("I1", Scale.IDENTITY, Keying.NORMAL, "x", "x")),
              "defines item 'I1' twice"),
          Arguments.of(
              "no items",
              Instrument.builder()
                  .id("empty")
                  .name(LocalizedText.of("空", "empty"))
                  .range(LikertRange.of(1, 5)),
              "has no items"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsInvalidInstrumentsSayingWhy(String name, Instrument.Builder builder, String message) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
      assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"''", "' '", "' ID'", "'ID '"})
    void itemIdsMustBeNonBlankAndUnpadded(String id) {
      assertThrows(IllegalArgumentException.class, () -> ItemId.of(id));
    }

    @Test
    void missingAnswerRuleDefaultsToEightyPercent() {
      assertEquals(MissingAnswerRule.standard(), twoItems().build().missingAnswerRule());
    }

    @Test
    void looksUpItemsByIdAndScale() {
      Instrument instrument = twoItems().build();
      assertEquals("I1", instrument.items(Scale.IDENTITY).get(0).id().value());
      assertTrue(instrument.item(ItemId.of("A1")).isPresent());
      assertTrue(instrument.item(ItemId.of("Z9")).isEmpty());
    }
  }

  @Nested
  final class Reference {
    private final Instrument reference = ReferenceInstrument.v1();

    @Test
    void hasTenItemsPerDimensionAndFourPerNeedOnOneToFive() {
      assertEquals(10, reference.items(Scale.IDENTITY).size());
      assertEquals(10, reference.items(Scale.ADAPTABILITY).size());
      assertEquals(4, reference.items(Scale.REACH).size());
      assertEquals(4, reference.items(Scale.GROWTH).size());
      assertEquals(4, reference.items(Scale.PATHWAY).size());
      assertEquals(
          List.of(Scale.IDENTITY, Scale.ADAPTABILITY, Scale.REACH, Scale.GROWTH, Scale.PATHWAY),
          reference.scales());
      assertTrue(reference.diagnostic());
      assertEquals(LikertRange.of(1, 5), reference.range());
      assertEquals(MissingAnswerRule.minimumShare(0.75), reference.missingAnswerRule());
      assertEquals(8, reference.missingAnswerRule().requiredAnswers(10));
      assertEquals(3, reference.missingAnswerRule().requiredAnswers(4));
    }

    @Test
    void mixesReverseKeyedItemsIntoEveryScale() {
      for (Scale scale : reference.scales()) {
        long reversed =
            reference.items(scale).stream().filter(i -> i.keying() == Keying.REVERSE).count();
        assertEquals(scale.ordinal() < 2 ? 3 : 1, reversed, scale.name());
      }
    }

    @Test
    void everyItemIsWordedInBothLanguagesAndSaysItIsIllustrative() {
      for (Item item : reference.items()) {
        assertTrue(item.text().ja().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
            == Character.UnicodeScript.HIRAGANA), item.id().value());
        assertTrue(item.text().en().matches(".*[a-z].*"), item.id().value());
      }
      assertTrue(reference.name().text(Language.EN).contains("not validated"));
      assertTrue(reference.name().text(Language.JA).contains("未検証"));
    }
  }
}
