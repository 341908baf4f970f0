package org.careerownership.examples;

import java.util.Optional;
import org.careerownership.analytics.release.Release;
import org.careerownership.core.Outcome;
import org.careerownership.core.plan.Roadmap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main example's results as JSON, the machine-readable twin of the HTML report: the release itself
 * — the organisation, the dimensions with their labels, every table's cells (a count, or no count when
 * suppressed), the additive relations between them and the item means — so that a security team can
 * audit it without the library, then the analytics read from it and the roadmap planned from it.
 *
 * <pre>{@code
 * String json = ReportJson.write(result);
 * }</pre>
 */
final class ReportJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /**
   * The report's content.
   *
   * @param rowsRead data rows in the export
   * @param rowsWithErrors rows that did not come through (the summary lists them for the data's owner)
   * @param release every group-level number of the report, protected together
   * @param analytics the survey analytics, read from the release (and the whole company's correlations and
   *     reliability)
   * @param roadmap the organisation's roadmap, planned from the release's whole-company shares (null when
   *     the release withholds the company's total)
   */
  record Content(long rowsRead, long rowsWithErrors, Release release, DiagnosticSummary.SurveyAnalytics analytics,
      Optional<Roadmap> roadmap) {}

  private ReportJson() {}

  /** Returns the content of {@code result}. */
  static Content content(DiagnosticSummary.Result result) {
    long ok = result.rows().stream().filter(Outcome::succeeded).count();
    return new Content(result.rows().size(), result.rows().size() - ok, result.report().release(),
        result.analytics(), result.roadmap());
  }

  /** Returns the content of {@code result} as indented JSON. */
  static String write(DiagnosticSummary.Result result) {
    return MAPPER.writeValueAsString(content(result));
  }
}
