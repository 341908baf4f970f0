package org.careerownership.examples;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.instrument.ReferenceInstrument;

/** The bundled synthetic company, read and processed once for the tests that need it. */
final class Company {
  private static DiagnosticSummary.Result result;

  private Company() {}

  /** Returns the rows of a bundled resource. */
  static List<ResponseTable.Row> rows(String resource) {
    try (Reader reader = new InputStreamReader(Company.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      return ResponseTable.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the pipeline's result on the bundled export and self-assessment. */
  static synchronized DiagnosticSummary.Result result() {
    if (result == null) {
      result = DiagnosticSummary.process(rows("/company/survey.csv"),
          rows("/company/self-assessment.csv").get(0).response(), ReferenceInstrument.v1(), Catalogs.bundled());
    }
    return result;
  }
}
