package org.careerownership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DiagnosticSummaryTest {

  /** The rows {@link SampleResponses} damages on purpose, with the problem each must produce. */
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
          Map.entry(1001, ImmutableList.of(ProblemCode.VALUE_OUT_OF_RANGE, ProblemCode.VALUE_OUT_OF_RANGE)));

  private DiagnosticSummary.Result result;

  @BeforeAll
  void processTheBundledSample() throws Exception {
    try (Reader reader =
        new InputStreamReader(
            DiagnosticSummaryTest.class.getResourceAsStream("/sample/responses.csv"),
            StandardCharsets.UTF_8)) {
      result = DiagnosticSummary.process(ResponseTable.read(reader), ReferenceInstrument.v1(), Catalogs.bundled());
    }
  }

  @Test
  void givesOneOutcomePerRowInFileOrder() {
    assertEquals(SampleResponses.ROWS, result.rows().size());
    IntStream.range(0, 5)
        .forEach(
            i ->
                assertEquals(
                    String.format("R%04d", i + 1),
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
    // With 2% of answers missing at random, about 1% of rows miss too many (expected ~9 of 1,050).
    assertTrue(failed >= INJECTED.size() && failed < INJECTED.size() + 0.03 * SampleResponses.ROWS,
        "failed rows: " + failed);
  }

  @Test
  void summaryPrintsPhasesBorderlineGenerationsAndErrors() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DiagnosticSummary.print(result, Catalogs.bundled(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    for (String expected :
        ImmutableList.of(
            "未来創造", "future creation", "現状停滞", "Borderline", "50代以上",
            "response.value-out-of-range", "input.not-an-integer", "person.age-out-of-range",
            "input #518: The respondent id is empty.",
            "Support path for R0001", "支援ステップ：R0001", "Step 4", "上司によるキャリア1on1")) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in\n" + text);
    }
  }
}
