package org.careerownership.analytics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Language;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each limit stops the reading at its boundary, not before; broken inputs stop it with a location. */
final class SurveyCsvLimitsTest {

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Problem stopped(SurveyCsv reader, String text) {
    return assertThrows(SurveyCsvException.class, () -> reader.read(utf8(text))).problem();
  }

  private static void assertLimit(Problem problem, String limit, long maximum, long row) {
    assertEquals(ProblemCode.LIMIT_EXCEEDED, problem.code());
    assertEquals(Map.of("limit", limit, "maximum", Long.toString(maximum)), problem.arguments());
    assertEquals(Optional.of(row), problem.location().index());
  }

  @Nested
  final class Limits {
    @Test
    void rowsUpToTheLimitAreRead() {
      SurveyCsv reader = SurveyCsv.reader().withLimits(CsvLimits.standard().withMaxRows(3));
      assertEquals(3, reader.read(utf8("q\n1\n2\n3\n")).rows());
      assertLimit(stopped(reader, "q\n1\n2\n3\n4\n"), "maxRows", 3, 3);
    }

    @Test
    void columnsUpToTheLimitAreRead() {
      SurveyCsv reader = SurveyCsv.reader().withLimits(CsvLimits.standard().withMaxColumns(3));
      assertEquals(List.of("a", "b", "c"), reader.read(utf8("a,b,c\n1,2,3\n")).items());
      assertLimit(stopped(reader, "a,b,c,d\n"), "maxColumns", 3, 0);
      // A data row is cut off at the limit, so a line of a million commas costs nothing.
      assertLimit(stopped(reader, "a,b,c\n1,2,3\n" + ",".repeat(1_000_000) + "\n"), "maxColumns", 3, 1);
    }

    @Test
    void cellsUpToTheLimitAreRead() {
      SurveyCsv reader = SurveyCsv.reader().withTextColumns(List.of("note"))
          .withLimits(CsvLimits.standard().withMaxCellLength(10));
      assertEquals(List.of("x".repeat(10)), reader.read(utf8("note\n" + "x".repeat(10) + "\n")).text("note"));
      assertLimit(stopped(reader, "note\n" + "x".repeat(11) + "\n"), "maxCellLength", 10, 0);
      // Quoted cells too, and long ones are refused by the parser before they are buffered whole.
      assertLimit(stopped(reader, "note\n\"" + "x".repeat(5_000_000) + "\"\n"), "maxCellLength", 10, 0);
    }

    @Test
    void bytesUpToTheLimitAreRead() {
      String file = "q\n1\n2\n"; // 6 bytes
      assertEquals(2, SurveyCsv.reader().withLimits(CsvLimits.standard().withMaxBytes(6)).read(utf8(file)).rows());
      Problem problem = stopped(SurveyCsv.reader().withLimits(CsvLimits.standard().withMaxBytes(5)), file);
      assertEquals(ProblemCode.LIMIT_EXCEEDED, problem.code());
      assertEquals("maxBytes", problem.arguments().get("limit"));
    }

    @Test
    void streamingHonoursTheLimitsToo() {
      SurveyCsv reader = SurveyCsv.reader().withLimits(CsvLimits.standard().withMaxRows(1));
      SurveyCsvException e = assertThrows(SurveyCsvException.class,
          () -> reader.stream(utf8("q\n1\n2\n"), (row, values) -> {}));
      assertLimit(e.problem(), "maxRows", 1, 1);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
      assertEquals(new CsvLimits(8L * 1024 * 1024 * 1024, 100_000_000L, 4_096, 65_536), CsvLimits.standard());
    }

    @Test
    void limitsBelowOneAreRefusedNamingTheLimit() {
      assertEquals(new CsvLimits(1, 1, 1, 1), CsvLimits.standard().withMaxBytes(1).withMaxRows(1).withMaxColumns(1)
          .withMaxCellLength(1));
      for (Map.Entry<String, Runnable> bad : Map.<String, Runnable>of(
          "maxBytes", () -> CsvLimits.standard().withMaxBytes(0),
          "maxRows", () -> CsvLimits.standard().withMaxRows(0),
          "maxColumns", () -> CsvLimits.standard().withMaxColumns(0),
          "maxCellLength", () -> CsvLimits.standard().withMaxCellLength(0)).entrySet()) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad.getValue()::run);
        assertTrue(e.getMessage().startsWith(bad.getKey()), e.getMessage());
      }
    }

    @Test
    void problemsBeyondTheListedTenThousandAreCounted() {
      StringBuilder file = new StringBuilder("q\n");
      for (int i = 0; i < 10_005; i++) {
        file.append("x\n");
      }
      SurveyData data = SurveyCsv.reader().read(utf8(file.toString()));
      assertEquals(10_000, data.problems().size());
      assertEquals(5, data.problemsNotListed());
      assertTrue(data.toString().contains("problems=10005"), data.toString());
    }

    @Test
    void sourcesReturningOneByteAtATimeAreCountedToo() {
      InputStream oneByteAtATime = new java.io.FilterInputStream(utf8("q\n1\n2\n")) {
        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
          int c = read();
          if (c < 0) {
            return -1;
          }
          b[off] = (byte) c;
          return 1;
        }
      };
      Problem problem = assertThrows(SurveyCsvException.class,
          () -> SurveyCsv.reader().withLimits(CsvLimits.standard().withMaxBytes(5)).read(oneByteAtATime)).problem();
      assertEquals("maxBytes", problem.arguments().get("limit"));
    }
  }

  @Nested
  final class BrokenInput {
    @Test
    void anUnclosedQuoteStopsWithItsLine() {
      Problem problem = stopped(SurveyCsv.reader(), "a,b\n1,2\n3,\"4\n");
      assertEquals(ProblemCode.MALFORMED_CSV, problem.code());
      assertEquals(Optional.of(1L), problem.location().index());
      assertTrue(problem.text(Language.JA).startsWith("入力 #1: CSVとして読めません"), problem.text(Language.JA));
    }

    @Test
    void bytesThatAreNotUtf8AreNotReplacedSilently() {
      byte[] sjis = "社員番号,q\nE1,4\n".getBytes(Charset.forName("windows-31j"));
      SurveyCsvException e = assertThrows(SurveyCsvException.class,
          () -> SurveyCsv.reader().read(new ByteArrayInputStream(sjis)));
      assertEquals(ProblemCode.MALFORMED_TEXT, e.problem().code());
      assertEquals("UTF-8", e.problem().arguments().get("charset"));
      // The same bytes read as what they are.
      assertEquals(1, SurveyCsv.reader().withCharset(Charset.forName("windows-31j"))
          .withTextColumns(List.of("社員番号")).read(new ByteArrayInputStream(sjis)).rows());
    }

    @Test
    void blankHeaderCellsAreNamedByPositionAndReported() {
      SurveyData data = SurveyCsv.reader().read(utf8("q, ,\n1,2,3\n"));
      assertEquals(List.of("q", "column 2", "column 3"), data.items());
      assertEquals(List.of(ProblemCode.BLANK_COLUMN_NAME, ProblemCode.BLANK_COLUMN_NAME),
          data.problems().stream().map(Problem::code).toList());
      assertEquals(2.0, data.column("column 2")[0]);
    }

    @Test
    void itemMappingsMustBeUsable() {
      assertThrows(IllegalArgumentException.class, () -> SurveyCsv.reader().withItems(Map.of("a", " ")));
      assertThrows(IllegalArgumentException.class, () -> SurveyCsv.reader().withItems(Map.of("a", "x", "b", "x")));
    }
  }
}
