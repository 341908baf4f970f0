package org.careerownership.examples;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careerownership.core.Outcome;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.plan.Roadmap;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedTable;
import org.careerownership.core.segment.SegmentCounts;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main example's results as JSON, the machine-readable twin of the HTML report: counts, phases,
 * the immobile layer (overall and by unit, under the anonymity policy), the survey analytics and the
 * roadmap, each in the library's own JSON shape.
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
   * @param peopleScored rows that came through
   * @param problemsByKind problems found, by problem code
   * @param phases people per phase
   * @param borderline people with a score within the borderline margin of its cut point
   * @param immobileLayer the immobile layer overall
   * @param immobileLayerByUnit the immobile layer by org unit
   * @param analytics the survey analytics
   * @param roadmap the organisation's roadmap
   */
  record Content(
      long rowsRead,
      long peopleScored,
      Map<String, Long> problemsByKind,
      Map<Phase, Long> phases,
      long borderline,
      ProtectedTable immobileLayer,
      ProtectedTable immobileLayerByUnit,
      DiagnosticSummary.SurveyAnalytics analytics,
      Roadmap roadmap) {}

  private ReportJson() {}

  /** Returns the content of {@code result}. */
  static Content content(DiagnosticSummary.Result result) {
    List<DiagnosticSummary.Person> people =
        result.rows().stream().filter(Outcome::succeeded).map(Outcome::orElseThrow).toList();
    Map<String, Long> problems = new TreeMap<>();
    result.rows().forEach(row -> row.problems().forEach(p -> problems.merge(p.code().id(), 1L, Long::sum)));
    Map<Phase, Long> phases = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      phases.put(phase, people.stream().filter(p -> p.classification().phase() == phase).count());
    }
    AnonymityPolicy policy = AnonymityPolicy.standard();
    var segmentations = people.stream().map(DiagnosticSummary.Person::segmentation).toList();
    return new Content(
        result.rows().size(),
        people.size(),
        problems,
        phases,
        people.stream().filter(p -> p.classification().borderline()).count(),
        SegmentCounts.overall(segmentations, policy),
        SegmentCounts.by(segmentations, people.stream().map(p -> p.unit().orElse("-")).toList(), policy),
        result.analytics(),
        result.roadmap());
  }

  /** Returns the content of {@code result} as indented JSON. */
  static String write(DiagnosticSummary.Result result) {
    return MAPPER.writeValueAsString(content(result));
  }
}
