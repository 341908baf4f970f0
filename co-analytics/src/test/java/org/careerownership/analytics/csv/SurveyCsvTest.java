package org.careerownership.analytics.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.moments.PairedMomentsAccumulator;
import org.careerownership.analytics.testing.Reference;
import org.careerownership.core.Location;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.LikertRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class SurveyCsvTest {

  private static ByteArrayInputStream bytes(String text, Charset charset) {
    return new ByteArrayInputStream(text.getBytes(charset));
  }

  private static List<ProblemCode> codes(SurveyData data) {
    return data.problems().stream().map(Problem::code).toList();
  }

  @Nested
  final class Encodings {
    private static final String JAPANESE = "社員番号,部署,エンゲージメント,成長実感\nE1,営業部,4,5\nE2,開発部,,3\n";

    @Test
    void utf8WithAndWithoutByteOrderMark() {
      for (String text : List.of(JAPANESE, "\uFEFF" + JAPANESE)) {
        SurveyData data = SurveyCsv.reader().withTextColumns(List.of("社員番号", "部署"))
            .read(bytes(text, StandardCharsets.UTF_8));
        assertEquals(List.of("エンゲージメント", "成長実感"), data.items());
        assertArrayEquals(new double[] {4, Double.NaN}, data.column("エンゲージメント"));
        assertEquals(List.of("営業部", "開発部"), data.text("部署"));
        assertEquals(List.of(), data.problems());
      }
    }

    @Test
    void windows31jAsJapaneseExcelWritesIt() {
      Charset sjis = Charset.forName("windows-31j");
      SurveyData data = SurveyCsv.reader().withCharset(sjis).withTextColumns(List.of("社員番号", "部署"))
          .read(bytes(JAPANESE, sjis));
      assertEquals(List.of("営業部", "開発部"), data.text("部署"));
      assertArrayEquals(new double[] {5, 3}, data.column("成長実感"));
    }
  }

  @Nested
  final class BadCells {
    @Test
    void everyBadCellIsReportedWithRowAndColumnAndLeftOut() {
      String text = "id,q1,q2\nA,4,x\nB,7,2.5\nC,NA,3\nD,1\nE,0x1p3,3d\n";
      SurveyData data = SurveyCsv.reader().withTextColumns(List.of("id")).withLikertRange(LikertRange.of(1, 5))
          .read(bytes(text, StandardCharsets.UTF_8));
      assertEquals(5, data.rows());
      assertEquals(List.of(ProblemCode.NOT_A_NUMBER, ProblemCode.OUT_OF_RANGE, ProblemCode.NOT_AN_INTEGER,
          ProblemCode.WRONG_CELL_COUNT, ProblemCode.NOT_A_NUMBER, ProblemCode.NOT_A_NUMBER), codes(data));
      assertEquals(Location.atIndex(0).withField("q2"), data.problems().get(0).location());
      assertEquals(Location.atIndex(1).withField("q1"), data.problems().get(1).location());
      assertArrayEquals(new double[] {4, Double.NaN, Double.NaN, Double.NaN, Double.NaN}, data.column("q1"));
      assertArrayEquals(new double[] {Double.NaN, Double.NaN, 3, Double.NaN, Double.NaN}, data.column("q2"));
    }

    @Test
    void missingMarkersAreConfigurable() {
      SurveyData data = SurveyCsv.reader().withMissingMarkers(List.of("-", "999"))
          .read(bytes("q\n-\n999\n\n2\n", StandardCharsets.UTF_8));
      // The empty line is a row with an empty cell, and "" is no longer a missing marker: reported.
      assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN, 2}, data.column("q"));
      assertEquals(List.of(ProblemCode.NOT_A_NUMBER), codes(data));
      assertEquals(Optional.of(2L), data.problems().get(0).location().index());
    }

    @Test
    void mappedHeadersAreRenamedAndMissingOnesReported() {
      SurveyData data = SurveyCsv.reader().withItems(Map.of("Q1 engagement", "engagement", "Q9", "ghost"))
          .read(bytes("Q1 engagement,other\n3,x\n", StandardCharsets.UTF_8));
      assertTrue(data.items().contains("engagement"));
      assertEquals(ProblemCode.MISSING_COLUMN, data.problems().get(0).code());
      assertEquals(Optional.of("Q9"), data.problems().get(0).location().field());
      assertEquals(List.of("x"), data.text("other"));
    }

    @Test
    void duplicateHeadersAndEmptyFiles() {
      SurveyData data = SurveyCsv.reader().read(bytes("q,q\n1,2\n", StandardCharsets.UTF_8));
      assertEquals(ProblemCode.DUPLICATE_COLUMN, data.problems().get(0).code());
      SurveyCsvException empty =
          assertThrows(SurveyCsvException.class, () -> SurveyCsv.reader().read(bytes("", StandardCharsets.UTF_8)));
      assertEquals(ProblemCode.EMPTY_INPUT, empty.problem().code());
    }
  }

  @Test
  void streamingIntoAccumulatorsGivesTheSameAnswerAsReadingWhole() throws Exception {
    byte[] bfi;
    try (var in = SurveyCsvTest.class.getResourceAsStream("/reference/bfi.csv")) {
      bfi = in.readAllBytes();
    }
    SurveyCsv reader = SurveyCsv.reader().withTextColumns(List.of("id", "gender", "education", "age"))
        .withLikertRange(LikertRange.of(1, 6));
    SurveyData whole = reader.read(new ByteArrayInputStream(bfi));
    assertEquals(2800, whole.rows());
    assertEquals(List.of(), whole.problems());
    int a1 = whole.items().indexOf("A1");
    int a2 = whole.items().indexOf("A2");
    PairedMomentsAccumulator streamed = new PairedMomentsAccumulator();
    SurveyData summary = reader.stream(new ByteArrayInputStream(bfi), (row, values) -> streamed.add(values[a1], values[a2]));
    assertEquals(2800, summary.rows());
    assertEquals(
        Correlations.pearson().test(whole.column("A1"), whole.column("A2")).orElseThrow(),
        Correlations.pearson().test(streamed.snapshot()).orElseThrow());
    assertArrayEquals(Reference.csv("bfi.csv").get("A1"), whole.column("A1"));
  }
}
