package org.careerownership.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class ExplanationTest {

  private static final ImmutableMap<String, Double> BORDERLINE_INPUTS =
      ImmutableMap.of("identityDistance", 2.5, "adaptabilityDistance", -12.0, "margin", 5.0);

  @Nested
  final class Rules {
    @Test
    void idsAreUniqueAndRoundTrip() {
      for (Rule rule : Rule.values()) {
        assertEquals(rule, Rule.fromId(rule.id()));
      }
      assertEquals(Rule.values().length,
          ImmutableList.copyOf(Rule.values()).stream().map(Rule::id).distinct().count());
    }

    @Test
    void bothLanguagesUseTheSameInputs() {
      for (Rule rule : Rule.values()) {
        assertEquals(
            Template.placeholders(rule.wording().en()),
            Template.placeholders(rule.wording().ja()),
            rule.id());
      }
    }

    @Test
    void unknownIdIsRejectedByName() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Rule.fromId("phase.nope"));
      assertTrue(e.getMessage().contains("phase.nope"), e.getMessage());
    }
  }

  @Nested
  final class Reasons {
    @Test
    void rendersInputsIntoEitherLanguage() {
      Reason reason = new Reason(Rule.PHASE_BORDERLINE, BORDERLINE_INPUTS);
      assertEquals(
          "Borderline: identity is 2.5 and adaptability -12 points from the cut points, and at"
              + " least one distance is below the margin of 5 points, so a re-test may change the"
              + " phase.",
          reason.text(Language.EN));
      assertTrue(reason.text(Language.JA).startsWith("境界付近：基準点からの距離がアイデンティティ 2.5、"));
    }

    @Test
    void roundsToTwoDecimalsWithADotWhateverTheLanguage() {
      Reason reason =
          new Reason(
              Rule.PHASE_BORDERLINE,
              ImmutableMap.of("identityDistance", 1.23456, "adaptabilityDistance", 1000.0, "margin", 5.0));
      assertTrue(reason.text(Language.JA).contains("1.23"), reason.text(Language.JA));
      assertTrue(reason.text(Language.EN).contains("1000 points"), reason.text(Language.EN));
    }

    @Test
    void rejectsMissingOrExtraInputsNamingThem() {
      IllegalArgumentException missing =
          assertThrows(
              IllegalArgumentException.class,
              () -> new Reason(Rule.PHASE_BORDERLINE, ImmutableMap.of("margin", 5.0)));
      assertTrue(missing.getMessage().contains("identityDistance"), missing.getMessage());
      ImmutableMap<String, Double> extra =
          ImmutableMap.<String, Double>builder().putAll(BORDERLINE_INPUTS).put("age", 3.0).build();
      assertThrows(IllegalArgumentException.class, () -> new Reason(Rule.PHASE_BORDERLINE, extra));
    }

    @Test
    void rejectsNonFiniteInputs() {
      ImmutableMap<String, Double> nan =
          ImmutableMap.of("identityDistance", Double.NaN, "adaptabilityDistance", 1.0, "margin", 5.0);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new Reason(Rule.PHASE_BORDERLINE, nan));
      assertTrue(e.getMessage().contains("identityDistance"), e.getMessage());
    }
  }

  @Nested
  final class Explanations {
    @Test
    void firstReasonDecidesAndTextJoinsAll() {
      Reason first =
          new Reason(
              Rule.PHASE_SELF_FIXATION,
              ImmutableMap.of("identity", 60.0, "identityCut", 50.0, "adaptability", 30.0, "adaptabilityCut", 50.0));
      Reason second = new Reason(Rule.PHASE_BORDERLINE, BORDERLINE_INPUTS);
      Explanation explanation = Explanation.of(ImmutableList.of(first, second));
      assertEquals(Rule.PHASE_SELF_FIXATION, explanation.rule());
      assertEquals(
          first.text(Language.EN) + " " + second.text(Language.EN), explanation.text(Language.EN));
    }

    @Test
    void needsAReason() {
      assertThrows(IllegalArgumentException.class, () -> Explanation.of(ImmutableList.of()));
    }
  }

  @Nested
  final class Languages {
    @Test
    void japaneseLocaleSelectsJapaneseAndEverythingElseFallsBackToEnglish() {
      assertEquals(Language.JA, Language.from(Locale.JAPAN));
      assertEquals(Language.JA, Language.from(Locale.forLanguageTag("ja")));
      assertEquals(Language.EN, Language.from(Locale.US));
      assertEquals(Language.EN, Language.from(Locale.FRANCE));
      assertEquals(Language.EN, Language.from(Locale.ROOT));
    }

    @Test
    void localizedTextRejectsBlankWording() {
      assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(" ", "x"));
      assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("x", ""));
      assertEquals("未来創造", LocalizedText.of("未来創造", "future creation").text(Language.JA));
    }
  }
}
