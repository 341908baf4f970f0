package org.careerownership.analytics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.careerownership.core.instrument.LikertRange;

/**
 * Fuzz target for survey CSV ingestion, whole and streamed. Contract: any bytes either read — every item
 * column as long as the row count, streaming and reading whole agreeing cell for cell — or stop with a
 * {@link SurveyCsvException}; never another exception, a hang, or memory beyond the limits.
 *
 * <p>The first input byte picks the options: bit 0 Windows-31J (else UTF-8, with or without BOM), bit 1 a
 * Likert range 1–5, bit 2 an item mapping, bit 3 tight limits (else the standard ones). The rest is the
 * file. Seeds and crash inputs replay in every test run, from {@code
 * src/test/resources/org/careerownership/analytics/csv/SurveyCsvFuzzTestInputs/surveyCsv/}. To fuzz:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl co-core,co-analytics test -Dtest=SurveyCsvFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
final class SurveyCsvFuzzTest {
  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  private static final CsvLimits TIGHT = new CsvLimits(2_048, 20, 8, 32);

  @FuzzTest(maxDuration = "10m")
  void surveyCsv(byte[] input) {
    if (input.length == 0) {
      return;
    }
    int options = input[0];
    byte[] file = Arrays.copyOfRange(input, 1, input.length);
    SurveyCsv reader = SurveyCsv.reader()
        .withCharset((options & 1) != 0 ? WINDOWS_31J : StandardCharsets.UTF_8)
        .withLimits((options & 8) != 0 ? TIGHT : CsvLimits.standard());
    if ((options & 2) != 0) {
      reader = reader.withLikertRange(LikertRange.of(1, 5));
    }
    if ((options & 4) != 0) {
      reader = reader.withItems(Map.of("q1", "engagement", "成長", "growth"));
    }
    SurveyData whole;
    try {
      whole = reader.read(new ByteArrayInputStream(file));
    } catch (SurveyCsvException e) {
      SurveyCsv same = reader;
      SurveyCsvException streamed = assertThrows(SurveyCsvException.class,
          () -> same.stream(new ByteArrayInputStream(file), (row, values) -> {}));
      assertEquals(e.problem(), streamed.problem());
      return;
    }
    for (String item : whole.items()) {
      assertEquals(whole.rows(), whole.column(item).length, item);
    }
    List<double[]> rows = new ArrayList<>();
    SurveyData streamed = reader.stream(new ByteArrayInputStream(file), (row, values) -> {
      assertEquals(rows.size(), row);
      rows.add(values.clone());
    });
    assertEquals(whole.rows(), streamed.rows());
    assertEquals(whole.items(), streamed.items());
    assertEquals(whole.problems(), streamed.problems());
    double[][] columns = whole.columns();
    for (int r = 0; r < rows.size(); r++) {
      for (int j = 0; j < columns.length; j++) {
        assertEquals(Double.doubleToLongBits(columns[j][r]), Double.doubleToLongBits(rows.get(r)[j]));
      }
    }
    assertEquals(whole.rows(), rows.size());
  }
}
