package org.careerownership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.Releases;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Language;
import org.careerownership.core.Outcome;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.core.phase.Phase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacks that recovered suppressed numbers from the example's old outputs, run again — exactly as
 * they were described — against the new outputs: {@code report.json} as an outsider parses it, the HTML
 * page and the text summary. Each test first checks, from the people's rows, the true hidden number the
 * attack went after, then that the attack no longer gives it back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ReportAttackTest {
  private static final String FC = "future-creation";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DiagnosticSummary.Result result;
  private List<DiagnosticSummary.Person> people;
  private JsonNode json;
  private PublishedRelease published;
  private String html;

  @BeforeAll
  void publishTheReport() {
    result = Company.result();
    people = result.rows().stream().filter(Outcome::succeeded).map(Outcome::orElseThrow).toList();
    json = JSON.readTree(ReportJson.write(result));
    published = new PublishedRelease(json.get("release"));
    html = HtmlReport.render(result, Catalogs.bundled(), Language.EN) + HtmlReport.render(result, Catalogs.bundled(), Language.JA);
  }

  /** Returns how many people of {@code unit} (a team, or a department or division above teams) match. */
  private long truth(String unit, Predicate<DiagnosticSummary.Person> which) {
    return people.stream()
        .filter(p -> unit.equals(ReportRelease.ROOT) || ReportRelease.team(p.unit()).equals(unit)
            || ReportRelease.team(p.unit()).startsWith(unit + "-"))
        .filter(which).count();
  }

  private static Predicate<DiagnosticSummary.Person> phase(Phase phase) {
    return p -> p.classification().phase() == phase;
  }

  /** Returns the independent linear-programming interval of the published cell, which must be suppressed. */
  private long[] interval(String unit, Map<String, String> categories, List<PublishedRelease.Line> extra) {
    PublishedRelease.Cell cell = published.cell(unit, categories).orElseThrow();
    assertTrue(cell.suppressed(), unit + categories + " is shown");
    List<PublishedRelease.Line> lines = new ArrayList<>(published.lines());
    lines.addAll(extra);
    return LinearAttacker.intervals(lines, List.of(cell.id())).get(cell.id());
  }

  /** Asserts that the interval does not pin down a small count: at least p wide, or wholly at or above k. */
  private void assertProtects(long[] interval, long truth, String what) {
    assertTrue(interval[0] <= truth && truth <= interval[1], what + ": the truth " + truth + " lies in the interval");
    assertTrue(interval[0] >= published.minimumCount || interval[1] - interval[0] >= published.protectionWidth,
        what + " narrowed to [" + interval[0] + ", " + interval[1] + "]");
  }

  @Nested
  final class ShareTimesPeople {
    // Old leak: report.json published `people` and `futureCreationShare` for teams the HTML hatched;
    // D2-1-1: 0.043010752688172046 × 93 = 4 people in future creation, D2-1-4 × 49 = 3, D2-3-3 × 84 = 4,
    // D4-1-1 × 45 = 2.
    @Test
    void recoversNoHiddenFutureCreationCount() {
      Map<String, long[]> story = Map.of("D2-1-1", new long[] {4, 93}, "D2-1-4", new long[] {3, 49},
          "D2-3-3", new long[] {4, 84}, "D4-1-1", new long[] {2, 45});
      story.forEach((team, truth) -> {
        assertEquals(truth[0], truth(team, phase(Phase.FUTURE_CREATION)), team);
        assertEquals(truth[1], truth(team, p -> true), team);
        assertEquals(Optional.empty(), published.count(team, Map.of("phase", FC)), team + "'s count is withheld");
      });
      // Every (people, share) pair anywhere in report.json multiplies back to a count the release shows.
      List<JsonNode> pairs = new ArrayList<>();
      collect(json, pairs);
      assertFalse(pairs.isEmpty());
      for (JsonNode unit : pairs) {
        String name = unit.get("name").asString();
        long product = Math.round(unit.get("futureCreationShare").asDouble() * unit.get("people").asLong());
        assertFalse(story.containsKey(name), name + " is published with a share");
        assertEquals(published.count(name, Map.of("phase", FC)), Optional.of(product), name);
        assertEquals(published.count(name, Map.of()), Optional.of(unit.get("people").asLong()), name);
      }
      // The HTML's bar segments name their unit: none for a withheld cell, every one equal to a shown cell.
      Matcher segment = Pattern.compile("<title>([^<]+?) — ([^<]+?): (\\d+) \\(").matcher(html);
      int segments = 0;
      while (segment.find()) {
        segments++;
        String unit = segment.group(1);
        if (story.containsKey(unit)) {
          assertFalse(segment.group(2).equals("future creation") || segment.group(2).equals("未来創造"),
              unit + "'s future-creation segment is drawn");
        }
      }
      assertTrue(segments > 100, "segments found: " + segments);
    }

    private void collect(JsonNode node, List<JsonNode> out) {
      if (node.isObject() && node.has("futureCreationShare") && node.has("people")) {
        out.add(node);
      }
      node.values().forEach(child -> collect(child, out));
    }
  }

  @Nested
  final class Differencing {
    // Old leak: department D1-1 (387) minus its shown teams gave team D1-1-X = 3 people and each of its
    // phases.
    @Test
    void departmentMinusItsShownTeamsDoesNotGiveTheTinyTeam() {
      assertEquals(387, truth("D1-1", p -> true));
      assertEquals(3, truth("D1-1-X", p -> true));
      // (Were the department withheld, there would be nothing to subtract from.)
      long department = published.count("D1-1", Map.of()).orElse(0L);
      long shownTeams = 0;
      int hiddenTeams = 0;
      for (String team : List.of("D1-1-1", "D1-1-2", "D1-1-3", "D1-1-4", "D1-1-X")) {
        Optional<Long> n = published.count(team, Map.of());
        shownTeams += n.orElse(0L);
        hiddenTeams += n.isEmpty() ? 1 : 0;
      }
      if (published.count("D1-1", Map.of()).isPresent()) {
        assertTrue(hiddenTeams >= 2, "the subtraction leaves " + hiddenTeams + " unknown team");
        assertTrue(department - shownTeams != 3, "the subtraction gives the tiny team");
      }
      assertProtects(interval("D1-1-X", Map.of(), List.of()), 3, "D1-1-X");
      for (Phase phase : Phase.values()) {
        long truth = truth("D1-1-X", phase(phase));
        Map<String, String> cut = Map.of("phase", org.careerownership.analytics.release.Dimensions.categoryId(phase));
        if (truth > 0) {
          assertProtects(interval("D1-1-X", cut, List.of()), truth, "D1-1-X " + phase);
        } else {
          assertEquals(Optional.of(0L), published.count("D1-1-X", cut), "a zero is shown: it describes nobody");
        }
      }
    }

    // Old leak: D2-3 minus its shown teams gave D2-3-3's suppressed 4 people in future creation.
    @Test
    void departmentMinusItsShownTeamsDoesNotGiveAHiddenPhaseCount() {
      assertEquals(4, truth("D2-3-3", phase(Phase.FUTURE_CREATION)));
      long department = published.count("D2-3", Map.of("phase", FC)).orElse(0L);
      long shown = 0;
      int hidden = 0;
      for (int t = 1; t <= 4; t++) {
        Optional<Long> n = published.count("D2-3-" + t, Map.of("phase", FC));
        shown += n.orElse(0L);
        hidden += n.isEmpty() ? 1 : 0;
      }
      if (published.count("D2-3", Map.of("phase", FC)).isPresent()) {
        assertTrue(hidden >= 2, "the subtraction leaves " + hidden + " unknown team");
        assertTrue(department - shown != 4);
      }
      assertProtects(interval("D2-3-3", Map.of("phase", FC), List.of()), 4, "D2-3-3 future creation");
    }

    // Old leak: team tables by generation together with the unfiltered team table gave ~90 more cells.
    // The new outputs cut units by generation (the generation mix of every unit): a unit's total minus
    // its shown generations, and every other single relation, leaves no withheld count alone.
    @Test
    void generationCutsMinusTheUnfilteredTablesGiveNoCell() {
      int attacked = 0;
      for (PublishedRelease.Line line : published.lines()) {
        attacked++;
        assertTrue(line.unknown().size() != 1, "one relation alone gives cell " + line.unknown().keySet());
      }
      assertTrue(attacked > 50);
      // Every suppressed generation count of a unit keeps its interval, against all relations at once.
      List<Integer> targets = new ArrayList<>();
      List<Long> truths = new ArrayList<>();
      for (PublishedRelease.Cell c : published.cells) {
        if (c.suppressed() && c.categories().keySet().equals(java.util.Set.of("generation"))) {
          targets.add(c.id());
          String generation = c.categories().get("generation");
          truths.add(truth(c.unit(), p -> p.generation().map(org.careerownership.analytics.release.Dimensions::categoryId)
              .orElse("age-not-given").equals(generation)));
        }
      }
      assertFalse(targets.isEmpty(), "some unit's generation mix is withheld");
      Map<Integer, long[]> intervals = LinearAttacker.intervals(published.lines(), targets);
      for (int i = 0; i < targets.size(); i++) {
        assertProtects(intervals.get(targets.get(i)), truths.get(i), published.cells.get(targets.get(i)).toString());
      }
    }
  }

  @Nested
  final class Marks {
    // Old leak: the JSON's BELOW_THRESHOLD / COMPLEMENTARY marks told which cells are 1–4; in row D4-1-3,
    // 56 − 33 − 17 = 6 = growth gap + pathway gap, both 1–4, so each was 2, 3 or 4.
    @Test
    void aSuppressedCellCarriesNoReasonAndTheRowSubtractionPinsNothing() {
      String text = json.toString();
      for (String leak : List.of("BELOW_THRESHOLD", "COMPLEMENTARY", "suppression", "<5", "minimumGroupSize")) {
        assertFalse(text.contains(leak), "report.json holds '" + leak + "'");
      }
      for (JsonNode cell : json.get("release").get("cells")) {
        assertEquals(List.of("id", "unit", "categories", "count"), names(cell), "every cell has the same fields");
      }
      // The mark says nothing about size: some withheld counts are large.
      long large = published.cells.stream().filter(PublishedRelease.Cell::suppressed)
          .filter(c -> c.categories().isEmpty() && truth(c.unit(), p -> true) >= 5).count();
      assertTrue(large > 0, "a withheld count of 5 or more exists");
      assertEquals(56, truth("D4-1-3", p -> true));
      assertEquals(6, truth("D4-1-3", group(ImmobileGroup.GROWTH_GAP)) + truth("D4-1-3", group(ImmobileGroup.PATHWAY_GAP)));
      for (ImmobileGroup g : List.of(ImmobileGroup.GROWTH_GAP, ImmobileGroup.PATHWAY_GAP)) {
        Map<String, String> cut = Map.of("immobile-layer", org.careerownership.analytics.release.Dimensions.categoryId(g));
        assertProtects(interval("D4-1-3", cut, List.of()), truth("D4-1-3", group(g)), "D4-1-3 " + g);
      }
    }

    private static List<String> names(JsonNode node) {
      List<String> names = new ArrayList<>();
      node.propertyNames().forEach(names::add);
      return names;
    }

    private static Predicate<DiagnosticSummary.Person> group(ImmobileGroup group) {
      return p -> p.segmentation().primaryGroup().equals(Optional.of(group));
    }

    // Old leak: the text summary printed complementary cells (5 or more) as "<5".
    @Test
    void theTextSummaryPrintsOneNeutralMarkForEveryWithheldCount() {
      for (Language language : Language.values()) {
        String text = printed(result, language);
        assertFalse(text.contains("<5"), "the summary prints a bound");
        String mark = DiagnosticSummary.suppressed(language);
        // In the immobile-layer table, every withheld count is the mark, whatever its size.
        for (PublishedRelease.Cell c : published.cells) {
          if (c.categories().isEmpty() && c.unit().startsWith("D4-3-")) {
            String line = text.lines().filter(l -> l.strip().startsWith(c.unit() + " ")).findFirst().orElseThrow();
            assertEquals(c.suppressed(), line.strip().substring(c.unit().length()).strip().startsWith(mark), line);
          }
        }
        assertTrue(text.contains(mark));
      }
    }
  }

  @Nested
  final class Statistics {
    // Old leak: the chi-square `expected` and `residuals` of the phase × top-rating table gave suppressed
    // cells back (O = E + r·√E); `futureCreationVsStagnation.first` × n gave a suppressed 3.
    @Test
    void testsOverTablesWithSuppressedCellsAreWithheldAndShownTestsGiveOnlyShownCells() {
      attackStatistics(json, true);
    }

    @Test
    void aSmallCompanysTablesHaveSuppressedCellsAndTheirTestsAreWithheld() {
      DiagnosticSummary.Result small = DiagnosticSummary.process(
          ResponseTable.read(new StringReader(SyntheticCompany.csv(new SyntheticCompany.Config(150, 1, 2, 1, 2)))),
          Company.rows("/company/self-assessment.csv").get(0).response(), ReferenceInstrument.v1(), Catalogs.bundled());
      JsonNode smallJson = JSON.readTree(ReportJson.write(small));
      int withheld = attackStatistics(smallJson, false);
      assertTrue(withheld > 0, "the small company has a table with a suppressed cell");
      assertTrue(Releases.audit(small.report().release()).safe());
      for (Language language : Language.values()) {
        String text = printed(small, language);
        assertFalse(text.contains("<5"));
      }
    }

    /** Runs both statistic attacks on a report; returns how many tests were withheld. */
    private int attackStatistics(JsonNode report, boolean expectAllTests) {
      PublishedRelease release = new PublishedRelease(report.get("release"));
      Map<String, String[]> tables = Map.of("usageByPhase", new String[] {ReportRelease.USED, "used"},
          "topRatingByPhase", new String[] {ReportRelease.RATING, "top"},
          "satisfactionByPhase", new String[] {ReportRelease.SATISFIED, "satisfied"});
      int withheld = 0;
      for (var entry : tables.entrySet()) {
        JsonNode table = report.get("analytics").get(entry.getKey());
        String outcome = entry.getValue()[0];
        List<String> columns = new ArrayList<>();
        release.cells.stream().filter(c -> c.unit().equals(ReportRelease.ROOT) && c.categories().size() == 1
            && c.categories().containsKey(outcome)).forEach(c -> columns.add(c.categories().get(outcome)));
        boolean anySuppressed = false;
        for (Phase phase : Phase.values()) {
          for (String column : columns) {
            anySuppressed |= release.count(ReportRelease.ROOT, Map.of("phase", org.careerownership.analytics.release.Dimensions.categoryId(phase),
                outcome, column)).isEmpty();
          }
        }
        JsonNode test = table.get("test");
        if (anySuppressed) {
          withheld++;
          assertEquals("failed", test.get("status").asString(), entry.getKey());
          assertEquals("statistic.withheld", test.get("problems").get(0).get("code").asString());
          assertFalse(test.toString().contains("expected") || test.toString().contains("residual"));
        } else {
          assertTrue(!expectAllTests || test.get("status").asString().equals("ok"), entry.getKey());
        }
        if (test.get("status").asString().equals("ok")) {
          // O = E + r·√E: every cell it gives back is one the release shows, with that count.
          JsonNode value = test.get("value");
          int row = 0;
          for (Phase phase : Phase.values()) {
            String p = org.careerownership.analytics.release.Dimensions.categoryId(phase);
            if (release.count(ReportRelease.ROOT, Map.of("phase", p)).orElseThrow() == 0) {
              continue;
            }
            for (int c = 0; c < columns.size(); c++) {
              double e = value.get("expected").get(row).get(c).asDouble();
              long o = Math.round(e + value.get("residuals").get(row).get(c).asDouble() * Math.sqrt(e));
              assertEquals(release.count(ReportRelease.ROOT, Map.of("phase", p, outcome, columns.get(c))), Optional.of(o));
            }
            row++;
          }
        }
        // first × n and second × n: only ever a count the release shows.
        JsonNode comparison = table.get("futureCreationVsStagnation");
        JsonNode rows = table.get("rows");
        if (comparison != null && !comparison.isNull()) {
          JsonNode value = comparison.get("value");
          for (int r : new int[] {0, 3}) {
            Phase phase = Phase.values()[r];
            String p = org.careerownership.analytics.release.Dimensions.categoryId(phase);
            long n = release.count(ReportRelease.ROOT, Map.of("phase", p)).orElseThrow();
            long recovered = Math.round(value.get(r == 0 ? "first" : "second").asDouble() * n);
            assertEquals(release.count(ReportRelease.ROOT, Map.of("phase", p, outcome, entry.getValue()[1])),
                Optional.of(recovered), entry.getKey() + " " + phase);
          }
        } else {
          boolean hidden = false;
          for (int r : new int[] {0, 3}) {
            hidden |= rows.get(r).get("people").isNull() || rows.get(r).get("positive").isNull();
          }
          assertTrue(hidden, entry.getKey() + ": the comparison is missing though both groups are shown");
        }
      }
      return withheld;
    }
  }

  @Nested
  final class Audit {
    @Test
    void theReleaseIsSafeAndReportJsonHoldsExactlyIt() {
      Release release = result.report().release();
      assertTrue(Releases.audit(release).safe(), "the library's auditor");
      Release read = JSON.treeToValue(json.get("release"), Release.class);
      assertEquals(release, read, "report.json's release reads back as the release");
      assertTrue(Releases.audit(read).safe(), "audited from report.json alone");
    }

    // What the release does not know but the method's documentation tells: by unit, future creation is
    // always mobile (the phase mix and the immobile layer are two tables), so mobile ≥ future creation.
    // An attacker who adds it to every published relation narrows no withheld count below the
    // protection width.
    @Test
    void anAttackerWhoKnowsTheMethodNarrowsNothing() {
      List<PublishedRelease.Line> known = new ArrayList<>();
      for (var unit : result.report().org().units()) {
        String id = unit.id().value();
        int fc = published.cell(id, Map.of("phase", FC)).orElseThrow().id();
        int mobile = published.cell(id, Map.of("immobile-layer", "mobile")).orElseThrow().id();
        known.add(published.atMost(List.of(fc), List.of(mobile), 0));
      }
      known.removeIf(line -> line.unknown().isEmpty());
      List<Integer> targets = new ArrayList<>();
      for (PublishedRelease.Cell c : published.cells) {
        if (c.suppressed()) {
          targets.add(c.id());
        }
      }
      List<PublishedRelease.Line> lines = new ArrayList<>(published.lines());
      lines.addAll(known);
      Map<Integer, long[]> intervals = LinearAttacker.intervals(lines, targets);
      Release truth = Company.truth();
      for (int target : targets) {
        assertProtects(intervals.get(target), truth.cells().get(target).count().orElseThrow(),
            published.cells.get(target).toString());
      }
    }
  }

  static String printed(DiagnosticSummary.Result result, Language language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DiagnosticSummary.print(result, Catalogs.bundled(), language, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
