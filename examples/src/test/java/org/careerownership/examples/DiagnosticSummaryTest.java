package org.careerownership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Language;
import org.careerownership.analytics.groups.UnitAnalysis;
import org.careerownership.core.plan.Roadmap;
import org.careerownership.core.policy.MatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DiagnosticSummaryTest {

  /** The rows {@link SyntheticCompany} damages on purpose, with the problem each must produce. */
  private static final Map<Integer, ImmutableList<ProblemCode>> INJECTED =
      Map.ofEntries(
          Map.entry(97, ImmutableList.of(ProblemCode.VALUE_OUT_OF_RANGE)),
          Map.entry(211, ImmutableList.of(ProblemCode.VALUE_OUT_OF_RANGE)),
          Map.entry(333, ImmutableList.of(ProblemCode.NOT_AN_INTEGER)),
          Map.entry(404, ImmutableList.of(ProblemCode.NOT_AN_INTEGER)),
          Map.entry(518, ImmutableList.of(ProblemCode.EMPTY_RESPONDENT_ID)),
          Map.entry(602, ImmutableList.of(ProblemCode.TOO_FEW_ANSWERS)),
          Map.entry(719, ImmutableList.of(ProblemCode.TOO_FEW_ANSWERS)),
          Map.entry(808, ImmutableList.of(ProblemCode.AGE_OUT_OF_RANGE)),
          Map.entry(913, ImmutableList.of(ProblemCode.NOT_AN_INTEGER)),
          Map.entry(950, ImmutableList.of(ProblemCode.UNKNOWN_REASON)),
          Map.entry(977, ImmutableList.of(ProblemCode.NEGATIVE_COUNT)),
          Map.entry(1001, ImmutableList.of(ProblemCode.VALUE_OUT_OF_RANGE, ProblemCode.VALUE_OUT_OF_RANGE)),
          Map.entry(1040, ImmutableList.of(ProblemCode.UNKNOWN_CATEGORY)),
          Map.entry(1077, ImmutableList.of(ProblemCode.OUT_OF_RANGE)));

  private DiagnosticSummary.Result result;

  @BeforeAll
  void analyseTheCompany() {
    result = Company.result();
  }


  @Test
  void givesOneOutcomePerRowInFileOrder() {
    assertEquals(SyntheticCompany.Config.standard().employees(), result.rows().size());
    IntStream.range(0, 5)
        .forEach(
            i ->
                assertEquals(
                    String.format("E%05d", i + 1),
                    result.rows().get(i).orElseThrow().scores().respondentId()));
  }

  @Test
  void everyInjectedFaultIsReportedAtItsRowWithItsKind() {
    INJECTED.forEach(
        (row, codes) -> {
          Outcome<DiagnosticSummary.Person> outcome = result.rows().get(row);
          assertFalse(outcome.succeeded(), "row " + row);
          assertEquals(
              codes,
              outcome.problems().stream().map(Problem::code).collect(ImmutableList.toImmutableList()),
              "row " + row);
          outcome.problems().forEach(p -> assertEquals(Optional.of((long) row), p.location().index()));
        });
  }

  @Test
  void otherFailuresAreOnlyNaturallyMissingAnswers() {
    for (int i = 0; i < result.rows().size(); i++) {
      if (!INJECTED.containsKey(i) && !result.rows().get(i).succeeded()) {
        assertEquals(
            ImmutableSet.of(ProblemCode.TOO_FEW_ANSWERS),
            result.rows().get(i).problems().stream().map(Problem::code).collect(ImmutableSet.toImmutableSet()),
            "row " + i);
      }
    }
    long failed = result.rows().stream().filter(o -> !o.succeeded()).count();
    // With 2% of answers missing at random, about 1% of rows miss too many.
    assertTrue(failed >= INJECTED.size() && failed < INJECTED.size() + 0.03 * result.rows().size(),
        "failed rows: " + failed);
  }

  @Test
  void everyValidPersonIsSegmentedAndMatchedToMeasuresOfTheCatalog() {
    for (Outcome<DiagnosticSummary.Person> row : result.rows()) {
      row.toOptional().ifPresent(person -> {
        MatchResult match = person.match().orElseThrow();
        assertTrue(match.recommendations().size() <= 5 && !match.recommendations().isEmpty());
        match.recommendations().forEach(r -> assertTrue(Catalogs.bundled().measure(r.measure()).isPresent()));
      });
    }
  }

  @Test
  void theRoadmapComesFromTheSampleCompanysSelfAssessmentAndPopulation() {
    Roadmap roadmap = result.roadmap().orElseThrow();
    assertFalse(roadmap.individualFacing().isEmpty());
    assertFalse(roadmap.organisationFacing().isEmpty());
    assertEquals(3, roadmap.currentGoals().size());
    assertFalse(roadmap.indicators().isEmpty());
    // Its baselines are the release's whole-company shares.
    double futureCreation = (double) result.report().count(Map.of("phase", "future-creation")).orElseThrow()
        / result.report().count(Map.of()).orElseThrow();
    assertTrue(roadmap.indicators().stream().anyMatch(i -> i.baseline().equals(Optional.of(futureCreation))));
  }

  @Test
  void surveyAnalyticsCoverPhasesUnitsAndEveryScale() {
    assertTrue(result.analytics().usageByPhase().test().succeeded());
    assertTrue(result.analytics().topRatingByPhase().test().succeeded());
    assertTrue(result.analytics().satisfactionByPhase().test().succeeded());
    UnitAnalysis units = result.analytics().units();
    assertEquals(50, units.units().size() + units.excludedUnits(), "every team is shown or counted as excluded");
    assertTrue(units.units().size() >= 30, "teams shown: " + units.units().size());
    assertTrue(units.units().stream().noneMatch(u -> u.name().equals("D1-1-X") || u.name().equals("D2-1-Y")),
        "the company's two tiny teams are excluded");
    assertEquals(9, result.analytics().correlations().size());
    assertEquals(5, result.analytics().reliability().size());
    result.analytics().reliability().values().forEach(alpha -> assertTrue(alpha.orElseThrow().total().rawAlpha() > 0.5));
  }

  @Test
  void summaryPrintsEveryStageOfThePipelineInEnglish() {
    String text = printed(Language.EN);
    for (String expected :
        ImmutableList.of(
            "future creation", "status-quo stagnation", "Borderline", "50s and over",
            "response.value-out-of-range", "input.not-an-integer", "person.age-out-of-range",
            "input #518: The respondent id is empty.", "The immobile layer", "by org unit at every level", "suppressed",
            "Top measures:", "Support path:", "Step 4", "Career 1on1 led by the manager",
            "Measures most often", "The organisation's roadmap", "Approach:", "Current stage:",
            "Indicators to track:", "Survey analytics", "chi-square", "Cramér's V", "Teams: correlation",
            "Reliability of the instrument's scales")) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in\n" + text);
    }
    assertFalse(text.contains("<5"), "a withheld count is one neutral mark, never a bound");
  }

  @Test
  void summaryPrintsInJapaneseWithTheFlag() {
    String text = printed(Language.JA);
    for (String expected :
        ImmutableList.of("未来創造", "不動層", "部署別", "非表示", "おすすめの施策", "支援ステップ：", "上司によるキャリア1on1",
            "組織のロードマップ", "推進の型：", "現在の段階：", "追う指標：")) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in\n" + text);
    }
  }

  private String printed(Language language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DiagnosticSummary.print(result, Catalogs.bundled(), language, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
