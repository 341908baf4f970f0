package org.careerownership.examples;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careerownership.analytics.release.ProtectionRule;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.ReleasePlan;
import org.careerownership.analytics.release.Releases;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Outcome;
import org.careerownership.core.instrument.ReferenceInstrument;

/** The bundled synthetic company, read and processed once for the tests that need it. */
final class Company {
  private static DiagnosticSummary.Result result;
  private static Release truth;

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

  /**
   * Returns the report's release as it would be with nothing withheld (k = p = 1): the same cells, in
   * the same order, with their true counts. For measuring what the report hides; never published.
   */
  static synchronized Release truth() {
    if (truth == null) {
      DiagnosticSummary.Result r = result();
      ReportRelease.People people = ReportRelease.people(
          r.rows().stream().filter(Outcome::succeeded).map(Outcome::orElseThrow).toList(),
          rows("/company/survey.csv").stream().map(row -> ReportRelease.team(row.unit())).toList(), Catalogs.bundled());
      truth = Releases.build(people.population(), new ReleasePlan(ProtectionRule.of(1, 1),
          r.report().release().tables().stream().map(t -> t.spec()).toList()));
    }
    return truth;
  }
}
