package org.careerownership.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassification;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.phase.PhaseColumns;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;

/** The columnar batch path against the per-response object API, row by row. */
final class ScoreColumnsTest {

  /** Random codes per item: mostly in range, some missing (code −99), a few outside the range. */
  static int[][] codes(Instrument instrument, int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LikertRange range = instrument.range();
    int[][] codes = new int[instrument.items().size()][rows];
    for (int[] column : codes) {
      for (int row = 0; row < rows; row++) {
        double u = random.nextDouble();
        column[row] = u < 0.15 ? -99 : u < 0.17 ? range.max() + 1 + random.nextInt(3)
            : range.min() + random.nextInt(range.points());
      }
    }
    return codes;
  }

  static Response response(Instrument instrument, int[][] codes, int row) {
    Response.Builder builder = Response.builder().respondentId("R" + row);
    for (int j = 0; j < codes.length; j++) {
      if (codes[j][row] != -99) {
        builder.answer(instrument.items().get(j).id().value(), codes[j][row]);
      }
    }
    return builder.build();
  }

  // Law: every row of the columnar path equals the object API on the same answers — the same scores
  // (bit for bit), phase and borderline flag, or the same problems at the same item or scale.
  @Test
  void everyRowEqualsThePerResponseObjectApi() {
    qt().withFixedSeed(Generators.SEED).withExamples(150)
        .forAll(Generators.instruments(), integers().between(0, 2600), integers().all())
        .checkAssert((instrument, rows, seed) -> {
          int[][] codes = codes(instrument, rows, seed);
          Scorer scorer = Scorer.of(instrument);
          ScoreColumns columns = scorer.scoreColumns(codes, -99);
          PhaseColumns phases = PhaseClassifier.standard().classifyColumns(columns);
          assertEquals(rows, columns.rows());
          int failed = 0;
          for (int row = 0; row < rows; row++) {
            Outcome<Scores> expected = scorer.score(response(instrument, codes, row));
            assertEquals(expected.succeeded(), columns.scored(row), "row " + row);
            if (expected.succeeded()) {
              Scores scores = expected.orElseThrow();
              for (Scale scale : List.of(Scale.IDENTITY, Scale.ADAPTABILITY)) {
                assertEquals(scores.scale(scale).orElseThrow().value(), columns.score(scale, row), 0.0);
              }
              PhaseClassification phase = PhaseClassifier.standard().classify(scores);
              assertEquals(phase.phase(), phases.phase(row).orElseThrow());
              assertEquals(phase.borderline(), phases.borderline(row));
              assertTrue(columns.problems(row).isEmpty());
            } else {
              failed++;
              assertEquals(codesAndFields(expected.problems()), codesAndFields(columns.problems(row)));
              assertEquals(row, (long) columns.problems(row).get(0).location().index().orElseThrow());
              assertFalse(phases.phase(row).isPresent());
              int failedRow = row;
              assertThrows(IllegalStateException.class, () -> columns.score(Scale.IDENTITY, failedRow));
            }
          }
          assertEquals(failed, columns.failedRows());
          long classified = 0;
          for (Phase phase : Phase.values()) {
            classified += phases.count(phase);
          }
          assertEquals(rows - failed, classified);
        });
  }

  private static List<String> codesAndFields(List<Problem> problems) {
    List<String> out = new ArrayList<>();
    for (Problem problem : problems) {
      out.add(problem.code() + "@" + problem.location().field().orElse("") + problem.arguments());
    }
    out.sort(null);
    return out;
  }

  @Test
  void badShapesAreRejectedNamingTheColumn() {
    Instrument instrument = ReferenceInstrument.v1();
    Scorer scorer = Scorer.of(instrument);
    int items = instrument.items().size();
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> scorer.scoreColumns(new int[items - 1][3], 0));
    assertEquals((items - 1) + " columns of codes for an instrument of " + items + " items", count.getMessage());
    int[][] ragged = new int[items][3];
    ragged[2] = new int[2];
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> scorer.scoreColumns(ragged, 0));
    assertEquals("column of item " + instrument.items().get(2).id().value() + " has 2 rows, the first has 3",
        length.getMessage());
    assertThrows(IllegalArgumentException.class, () -> scorer.scoreColumns(new int[items][3], 3));
    assertEquals(ProblemCode.TOO_FEW_ANSWERS,
        scorer.scoreColumns(new int[items][1], 0).problems(0).get(0).code());
    assertEquals(0, scorer.scoreColumns(new int[items][0], 0).rows());
  }
}
