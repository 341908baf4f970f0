package org.careerownership.examples;

import static com.google.common.base.Verify.verifyNotNull;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Language;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.Layer;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.generation.GenerationBands;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.PearsonTest;
import org.careerownership.analytics.groups.PhaseOutcomeTable;
import org.careerownership.analytics.inference.PValueAdjustment;
import org.careerownership.analytics.groups.PhaseOutcomes;
import org.careerownership.analytics.groups.UnitAnalysis;
import org.careerownership.analytics.release.Category;
import org.careerownership.analytics.release.Dimensions;
import org.careerownership.analytics.reliability.AlphaResult;
import org.careerownership.analytics.reliability.Reliability;
import org.careerownership.core.instrument.Answer;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.Item;
import org.careerownership.core.instrument.Keying;
import org.careerownership.core.instrument.Scale;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.org.OrgUnit;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassification;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.plan.OrganisationAssessment;
import org.careerownership.core.plan.PathStep;
import org.careerownership.core.plan.ReferenceSelfAssessment;
import org.careerownership.core.plan.Roadmap;
import org.careerownership.core.plan.RoadmapPlanner;
import org.careerownership.core.plan.SupportPath;
import org.careerownership.core.plan.SupportPathPlanner;
import org.careerownership.core.policy.MatchResult;
import org.careerownership.core.policy.PersonProfile;
import org.careerownership.core.policy.PolicyMatcher;
import org.careerownership.core.policy.Recommendation;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmentation;
import org.careerownership.core.segment.Segmenter;

/**
 * The main example, end to end on the bundled sample: responses → scores → phases → immobile-layer
 * segments → each person's top measures and support path → one release of every group-level number →
 * the survey analytics and the organisation's roadmap read from it. Prints the phase mix, borderline
 * counts, the generation mix, every invalid row with its problems (counted by kind), the immobile layer
 * by org unit at every level, a few people's recommendations and support paths, the measures
 * recommended first most often, the analytics and the roadmap.
 *
 * <p>Every number about a group of people — in this summary, the HTML report and the JSON, in both
 * languages — is read from the one {@link ReportRelease}: a count of 1 to 4 people is never shown, and
 * further counts are withheld so that no withheld count can be worked out to within 5 from everything
 * published together. A withheld number is printed as one neutral mark ("suppressed", 非表示) whatever
 * its size or reason. The error report lists rows of the input for the data's owner to fix, not groups.
 *
 * <p>Run it with the README's first command; add {@code --lang=ja} for Japanese (the default is
 * English) and {@code --out=DIR} to write the report elsewhere:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am test-compile exec:java -Dexec.args="--lang=ja --out=/tmp/report"
 * }</pre>
 */
public final class DiagnosticSummary {
  private static final String COMPANY = "/company/survey.csv";
  private static final String SELF_ASSESSMENT = "/company/self-assessment.csv";
  private static final int PEOPLE_SHOWN = 2;

  /**
   * A person who came through: scores, phase, segment, generation and reason if known, match, and the
   * row they came from.
   */
  record Person(
      Scores scores,
      PhaseClassification classification,
      Segmentation segmentation,
      Optional<String> unit,
      Optional<Generation> generation,
      Optional<StagnationReason> reason,
      Optional<MatchResult> match,
      ResponseTable.Row row) {}

  /**
   * The sample processed: one outcome per row, in file order; the release of every group-level number;
   * the roadmap (planned from the release's whole-company shares; empty when the release withholds the
   * company's total, as it may for a very small company) and the survey analytics read from the release.
   */
  record Result(
      ImmutableList<Outcome<Person>> rows, ReportRelease report, Optional<Roadmap> roadmap, SurveyAnalytics analytics) {}

  /**
   * The survey analytics of the company. From the release: measure use, top ratings and career
   * satisfaction by phase with their tests (withheld where a cell is suppressed); the unit-level
   * correlations of the future-creation share with the engagement items' unit means; utilisation by age
   * band and embodiment level. Over the whole company's answers, cut by nothing: the correlation matrix
   * of the engagement items and the two C/O scores with Holm-adjusted p-values, and the reliability of
   * each scale.
   */
  record SurveyAnalytics(
      PhaseOutcomeTable usageByPhase,
      PhaseOutcomeTable topRatingByPhase,
      PhaseOutcomeTable satisfactionByPhase,
      UnitAnalysis units,
      CorrelationMatrix<PearsonTest> correlations,
      List<Double> holmAdjustedP,
      UtilisationTable utilisation,
      Map<Scale, Outcome<AlphaResult>> reliability) {}

  private DiagnosticSummary() {}

  /**
   * Runs the pipeline on the bundled synthetic company, prints the summary to standard output and writes
   * {@code report.html} (charts and tables, self-contained) and {@code report.json} (the release and the
   * results read from it) to the output directory.
   *
   * @param args {@code --lang=ja} or {@code --lang=en} (the default); {@code --out=DIR} (default {@code
   *     target/co-report})
   * @throws IOException if the bundled data cannot be read or the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Language language = Language.EN;
    Path dir = Path.of("target", "co-report");
    for (String arg : args) {
      if (arg.startsWith("--lang=")) {
        language = Language.from(Locale.forLanguageTag(arg.substring("--lang=".length())));
      } else if (arg.startsWith("--out=")) {
        dir = Path.of(arg.substring("--out=".length()));
      } else {
        System.err.println("usage: DiagnosticSummary [--lang=ja|en] [--out=DIR]");
        System.exit(2);
      }
    }
    Catalog catalog = Catalogs.bundled();
    Result result = process(read(COMPANY), read(SELF_ASSESSMENT).get(0).response(), ReferenceInstrument.v1(), catalog);
    print(result, catalog, language, System.out);
    Files.createDirectories(dir);
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");
    Files.writeString(html, HtmlReport.render(result, catalog, language), StandardCharsets.UTF_8);
    Files.writeString(json, ReportJson.write(result), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println((language == Language.JA ? "レポート: " : "Report: ") + html.toAbsolutePath());
    System.out.println((language == Language.JA ? "JSON: " : "JSON:   ") + json.toAbsolutePath());
  }

  private static ImmutableList<ResponseTable.Row> read(String resource) throws IOException {
    try (InputStream in = Objects.requireNonNull(
            DiagnosticSummary.class.getResourceAsStream(resource), resource + " is not on the class path");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return ResponseTable.read(reader);
    }
  }

  /**
   * Runs the pipeline: one outcome per row, in order, the release of every group-level number, and the
   * roadmap of the organisation whose self-assessment answers are {@code selfAssessment}.
   */
  static Result process(
      List<ResponseTable.Row> rows, Response selfAssessment, Instrument instrument, Catalog catalog) {
    List<Outcome<Person>> people = new ArrayList<>(persons(rows, instrument, catalog));
    // One release of everything the report says about groups; a person the organisation cannot count
    // (their unit has units under it) becomes a failed row, not a silent omission.
    List<Person> ok = people.stream().filter(Outcome::succeeded).map(Outcome::orElseThrow).toList();
    ReportRelease.People counted = ReportRelease.people(ok,
        rows.stream().map(r -> ReportRelease.team(r.unit())).toList(), catalog);
    int next = 0;
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).succeeded()) {
        Outcome<Long> row = counted.counted().get(next++);
        if (!row.succeeded()) {
          Location where = where(i, rows.get(i));
          people.set(i, Outcome.failed(row.problems().stream()
              .map(p -> p.withLocation(where.withField(ResponseTable.UNIT_COLUMN))).toList()));
        }
      }
    }
    ReportRelease report = ReportRelease.of(counted);
    Scores selfScores = Scorer.of(ReferenceSelfAssessment.v1()).score(selfAssessment).orElseThrow();
    Optional<Roadmap> roadmap = report.populationSummary().map(population -> RoadmapPlanner.of(catalog).withTopN(5)
        .plan(OrganisationAssessment.from(selfScores, Optional.empty(), population)));
    ImmutableList<Outcome<Person>> outcomes = ImmutableList.copyOf(people);
    return new Result(outcomes, report, roadmap, analytics(rows, outcomes, report, instrument));
  }

  /**
   * Returns one outcome per row, in order: the person scored, classified, segmented and matched, or the
   * problems of the row.
   */
  static ImmutableList<Outcome<Person>> persons(List<ResponseTable.Row> rows, Instrument instrument, Catalog catalog) {
    List<Response> responses = rows.stream().map(ResponseTable.Row::response).toList();
    ImmutableList<Outcome<Scores>> scored = Scorer.of(instrument).scoreAll(responses);
    PhaseClassifier classifier = PhaseClassifier.standard();
    Segmenter segmenter = Segmenter.standard();
    PolicyMatcher matcher = PolicyMatcher.of(catalog).withTopN(5);
    ImmutableList.Builder<Outcome<Person>> people = ImmutableList.builder();
    for (int i = 0; i < rows.size(); i++) {
      ResponseTable.Row row = rows.get(i);
      Location where = where(i, row);
      List<Problem> problems = new ArrayList<>(row.problems());
      problems.addAll(scored.get(i).problems());
      Optional<Generation> generation = Optional.empty();
      if (row.age().isPresent()) {
        Outcome<Generation> band = GenerationBands.standard().generationsOf(new int[] {row.age().get()}).get(0);
        band.problems().forEach(p -> problems.add(p.withLocation(where.withField(ResponseTable.AGE_COLUMN))));
        generation = band.toOptional();
      }
      Optional<StagnationReason> reason = row.reason()
          .flatMap(id -> reason(id, catalog, where.withField(ResponseTable.REASON_COLUMN), problems));
      if (!problems.isEmpty()) {
        people.add(Outcome.failed(problems));
        continue;
      }
      Scores scores = scored.get(i).orElseThrow();
      PhaseClassification classification = classifier.classify(scores);
      Segmentation segmentation = segmenter.segment(
          new SegmentInput(classification.phase(), NeedSignals.from(scores), row.measuresUsed()));
      Optional<Generation> personGeneration = generation.or(() -> reason.map(StagnationReason::generation));
      Optional<MatchResult> match = Optional.empty();
      if (reason.isPresent() && personGeneration.isPresent()) {
        Outcome<MatchResult> matched = matcher.match(PersonProfile.builder()
            .id(scores.respondentId())
            .generation(personGeneration.get())
            .addReason(reason.get().id())
            .segmentation(segmentation)
            .phase(classification.phase())
            .build());
        if (!matched.succeeded()) {
          matched.problems().forEach(p -> problems.add(p.withLocation(where.withField(ResponseTable.REASON_COLUMN))));
          people.add(Outcome.failed(problems));
          continue;
        }
        match = matched.toOptional();
      }
      people.add(Outcome.ok(new Person(
          scores, classification, segmentation, row.unit(), personGeneration, reason, match, row)));
    }
    return people.build();
  }

  private static Location where(int index, ResponseTable.Row row) {
    return Location.atIndex(index).withRecord(row.response().respondentId());
  }

  /**
   * Returns the survey analytics: the group tables read from the release, the whole-company correlation
   * matrix of the people counted, and the scales' reliability over all rows.
   */
  private static SurveyAnalytics analytics(
      List<ResponseTable.Row> rows, List<Outcome<Person>> outcomes, ReportRelease report, Instrument instrument) {
    List<Person> people = outcomes.stream().filter(Outcome::succeeded).map(Outcome::orElseThrow).toList();
    var release = report.release();
    UnitAnalysis units = UnitAnalysis.of(release, ReportRelease.PHASE_MIX, report.teamLevel(), report.engagementItems());
    List<String> names = new ArrayList<>(List.of("IDENTITY", "ADAPTABILITY"));
    names.addAll(report.engagementItems());
    double[][] scored = new double[names.size()][];
    scored[0] = people.stream().mapToDouble(p -> p.scores().scale(Scale.IDENTITY).orElseThrow().value()).toArray();
    scored[1] = people.stream().mapToDouble(p -> p.scores().scale(Scale.ADAPTABILITY).orElseThrow().value()).toArray();
    for (int c = 2; c < names.size(); c++) {
      String item = names.get(c);
      scored[c] = people.stream().mapToDouble(p -> {
        Integer v = p.row().engagement().get(item);
        return v == null ? Double.NaN : v;
      }).toArray();
    }
    CorrelationMatrix<PearsonTest> correlations = Correlations.pearson().matrix(names, scored, Deletion.PAIRWISE);
    double[] raw = correlations.pairs().stream().mapToDouble(t -> t.toOptional().map(PearsonTest::pValue).orElse(1.0)).toArray();
    List<Double> adjusted = java.util.Arrays.stream(PValueAdjustment.HOLM.adjust(raw)).boxed().toList();
    Map<Scale, Outcome<AlphaResult>> reliability = new LinkedHashMap<>();
    for (Scale scale : instrument.scales()) {
      List<Item> items = instrument.items(scale);
      double[][] columns = new double[items.size()][rows.size()];
      for (int j = 0; j < items.size(); j++) {
        java.util.Arrays.fill(columns[j], Double.NaN);
        for (int i = 0; i < rows.size(); i++) {
          for (Answer answer : rows.get(i).response().answers()) {
            if (answer.item().equals(items.get(j).id()) && instrument.range().contains(answer.value())) {
              columns[j][i] = answer.value();
            }
          }
        }
      }
      reliability.put(scale, Reliability.cronbachAlpha().compute(
          items.stream().map(item -> item.id().value()).toList(),
          columns,
          items.stream().filter(item -> item.keying() == Keying.REVERSE).map(item -> item.id().value()).collect(Collectors.toSet()),
          instrument.range()));
    }
    return new SurveyAnalytics(
        PhaseOutcomes.of(release, ReportRelease.MEASURES_USED, ReportRelease.USED, "used"),
        PhaseOutcomes.of(release, ReportRelease.TOP_RATING, ReportRelease.RATING, "top"),
        PhaseOutcomes.of(release, ReportRelease.SATISFACTION, ReportRelease.SATISFIED, "satisfied"),
        units, correlations, adjusted, UtilisationTable.from(report), reliability);
  }

  /** Returns the catalog's reason {@code id}, or records that it is not in the catalog. */
  private static Optional<StagnationReason> reason(
      String id, Catalog catalog, Location where, List<Problem> problems) {
    Optional<StagnationReason> reason = ReasonId.isValid(id) ? catalog.reason(ReasonId.of(id)) : Optional.empty();
    if (reason.isEmpty()) {
      problems.add(Problem.of(ProblemCode.UNKNOWN_REASON, where, ImmutableMap.of("reason", id)));
    }
    return reason;
  }

  /** Prints the summary of {@code result} in {@code language} to {@code out}. */
  static void print(Result result, Catalog catalog, Language language, PrintStream out) {
    new Printer(result, catalog, language, out).print();
  }

  /** Returns the one mark of a withheld number in {@code language}, whatever its size or reason. */
  static String suppressed(Language language) {
    return language == Language.JA ? "非表示" : "suppressed";
  }

  /** Prints one result in one language. */
  private static final class Printer {
    private final Result result;
    private final ReportRelease report;
    private final Catalog catalog;
    private final Language lang;
    private final boolean ja;
    private final PrintStream out;
    private final List<Person> people;

    Printer(Result result, Catalog catalog, Language lang, PrintStream out) {
      this.result = result;
      this.report = result.report();
      this.catalog = catalog;
      this.lang = lang;
      this.ja = lang == Language.JA;
      this.out = out;
      this.people = result.rows().stream().filter(Outcome::succeeded).map(Outcome::orElseThrow).toList();
    }

    void print() {
      heading(ja ? "キャリアオーナーシップ診断（サンプルデータ）" : "Career Ownership SDK — the bundled sample, end to end");
      out.printf(Locale.ROOT, "%s: %s%n", ja ? "尺度" : "Instrument", ReferenceInstrument.v1().name().text(lang));
      out.printf(Locale.ROOT, ja ? "読込 %d 行、集計 %s 人、エラー %d 行%n" : "Rows read: %d   people counted: %s   rows with errors: %d%n",
          result.rows().size(), count(report.count(Map.of())), result.rows().size() - people.size());
      out.printf(Locale.ROOT, ja
              ? "集団の数値はすべて一つのリリース（k = %d、p = %d）から：「%s」は伏せた数で、その大きさは問いません。%n"
              : "Every group number comes from one release (k = %d, p = %d): '%s' marks a withheld number, of any size.%n",
          report.release().rule().minimumCount(), report.release().rule().protectionWidth(), suppressed(lang));
      phases();
      generations();
      errors();
      immobileLayer();
      persons();
      mostRecommended();
      surveyAnalytics();
      unitsAndReliability();
      roadmap();
    }

    private String count(Optional<Long> count) {
      return count.map(String::valueOf).orElse(suppressed(lang));
    }

    private String percent(Optional<Double> share) {
      return share.map(s -> String.format(Locale.ROOT, "%.1f%%", 100 * s)).orElse(suppressed(lang));
    }

    private void surveyAnalytics() {
      SurveyAnalytics a = result.analytics();
      outcomeTable(ja ? "調査の分析：フェーズ別のC/O施策の利用率" : "Survey analytics: share using C/O measures, by phase",
          a.usageByPhase());
      outcomeTable(ja ? "フェーズ別の上位評価（S/AAA/AA）の割合（ガイド：未来創造 53.6%、現状停滞 38.6%）"
          : "Share with a top rating (S/AAA/AA), by phase (the guide: future creation 53.6%, status-quo stagnation 38.6%)",
          a.topRatingByPhase());
      outcomeTable(ja ? "フェーズ別のキャリア満足（4・5）の割合（ガイド：未来創造 52.0%、現状停滞 34.0%）"
          : "Share satisfied with their career (4 or 5), by phase (the guide: future creation 52.0%, status-quo stagnation 34.0%)",
          a.satisfactionByPhase());
    }

    private void outcomeTable(String title, PhaseOutcomeTable table) {
      heading(title);
      for (PhaseOutcomeTable.Row row : table.rows()) {
        out.printf(Locale.ROOT, "  %-24s %10s %10s  %s%n", row.phase().label(lang), count(row.people()),
            count(row.positive()), percent(row.share()));
      }
      table.test().toOptional().ifPresentOrElse(t -> out.printf(Locale.ROOT,
          ja ? "  カイ二乗 %.2f（自由度 %d）、p = %.3g、クラメールのV = %.3f%n" : "  chi-square %.2f (df %d), p = %.3g, Cramér's V = %.3f%n",
          t.statistic(), t.df(), t.pValue(), t.cramersV()),
          () -> out.println("  " + table.test().problems().get(0).message(lang)));
      table.futureCreationVsStagnation().flatMap(Outcome::toOptional).ifPresent(t -> out.printf(Locale.ROOT,
          ja ? "  未来創造 %.1f%% 対 現状停滞 %.1f%%：差 %.1f ポイント（95%%信頼区間 %.1f〜%.1f）、p = %.3g%n"
              : "  future creation %.1f%% vs status-quo stagnation %.1f%%: difference %.1f points (95%% CI %.1f to %.1f), p = %.3g%n",
          100 * t.first(), 100 * t.second(), 100 * t.difference(), 100 * t.confidenceInterval().lower(),
          100 * t.confidenceInterval().upper(), t.pValue()));
    }

    private void unitsAndReliability() {
      SurveyAnalytics a = result.analytics();
      out.println();
      out.printf(Locale.ROOT, ja ? "チーム単位：未来創造の割合と組織サーベイ各項目の平均の相関（%d チーム、%d チームは数値を伏せたため除外）%n"
              : "Teams: correlation of the future-creation share with each engagement item's mean (%d teams; %d withheld, excluded)%n",
          a.units().units().size(), a.units().excludedUnits());
      a.units().correlations().forEach((item, test) -> out.printf(Locale.ROOT, "  %-16s %s%n", item,
          test.toOptional().map(t -> String.format(Locale.ROOT, "r = %+.3f, p = %.3g (%d teams)", t.r(), t.pValue(), t.n()))
              .orElseGet(() -> test.problems().get(0).message(lang))));
      out.println();
      out.println(ja ? "尺度の信頼性（クロンバックのα、対ごとの欠測処理）：" : "Reliability of the instrument's scales (Cronbach's alpha, pairwise):");
      a.reliability().forEach((scale, alpha) -> out.printf(Locale.ROOT, "  %-40s %s%n", scale.label(lang),
          alpha.toOptional().map(r -> String.format(Locale.ROOT, "alpha %.3f (std %.3f), %d items",
              r.total().rawAlpha(), r.total().standardizedAlpha(), r.items().size()))
              .orElseGet(() -> alpha.problems().get(0).message(lang))));
      out.println();
      UtilisationTable u = a.utilisation();
      out.println(ja ? "年代別の人材体現度 (H / M / L) × 人材活用基盤スコア（平均、人数）："
          : "Utilisation score (mean, people) by age band and embodiment level (H / M / L):");
      out.printf(Locale.ROOT, "  %-6s %20s %20s %20s%n", "", "H", "M", "L");
      for (int b = 0; b < u.ageBands().size(); b++) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-6s", u.ageBands().get(b)));
        for (UtilisationTable.Cell cell : u.cells().get(b)) {
          line.append(String.format(Locale.ROOT, " %20s", cell.mean().map(m2 -> String.format(Locale.ROOT, "%.1f", m2))
              .orElse(suppressed(lang)) + " (" + count(cell.people()) + ")"));
        }
        out.println(line);
      }
    }

    private void phases() {
      heading(ja ? "フェーズ（基準点 50/50、境界の幅 5）" : "Phases (cut points 50/50, borderline margin 5)");
      Map<String, String> all = Map.of();
      out.println(ja ? "フェーズ                            人数    割合   境界付近" : "Phase                               n    share  borderline");
      for (Phase phase : Phase.values()) {
        String p = Dimensions.categoryId(phase);
        out.printf(Locale.ROOT, "%-5s %-22s %8s  %7s  %8s%n", phase.label(Language.JA), phase.label(Language.EN),
            count(report.count(Map.of("phase", p))), percent(report.share(Map.of("phase", p), all)),
            count(report.count(Map.of("phase", p, ReportRelease.BORDERLINE, "borderline"))));
      }
      Map<String, String> borderline = Map.of(ReportRelease.BORDERLINE, "borderline");
      out.printf(Locale.ROOT, ja ? "境界付近（基準点から5点未満）：%s 人（%s）%n" : "Borderline (a score within 5 points of its cut point): %s (%s)%n",
          count(report.count(borderline)), percent(report.share(borderline, all)));
    }

    private void generations() {
      heading(ja ? "年代" : "Generations");
      for (Category g : report.categories("generation")) {
        Map<String, String> cut = Map.of("generation", g.id());
        out.printf(Locale.ROOT, "%-18s %10s  %7s%n", g.label().text(lang), count(report.count(cut)),
            percent(report.share(cut, Map.of())));
      }
    }

    private void errors() {
      heading(ja ? "エラー（行を落とさず、既定値で埋めずに報告；データの持ち主が直すための行の一覧）"
          : "Errors (no row is dropped or defaulted; rows of the input, for the data's owner to fix)");
      Map<String, Integer> byKind = new TreeMap<>();
      result.rows().forEach(row -> row.problems().forEach(p -> byKind.merge(p.code().id(), 1, Integer::sum)));
      byKind.forEach((kind, n) -> out.printf(Locale.ROOT, "  %-32s %3d%n", kind, n));
      out.println(ja ? "エラーのある行（入力 # は0始まりのデータ行）：" : "Rows with errors (input # is the 0-based data row; file line = # + 2):");
      for (Outcome<Person> row : result.rows()) {
        row.problems().forEach(p -> out.println("  " + p.text(lang)));
      }
    }

    private void immobileLayer() {
      heading(ja ? "不動層（主な群。部署別は全社・事業部・部・チームの各階層）"
          : "The immobile layer (primary group; by org unit at every level: company, division, department, team)");
      out.println(columns());
      for (OrgUnit unit : report.org().units()) {
        row(unit);
      }
      for (ImmobileGroup group : ImmobileGroup.values()) {
        out.printf("  %s — %s%n", report.label("immobile-layer", Dimensions.categoryId(group), lang),
            catalog.immobileGroup(group).remedy().text(lang));
      }
      out.printf(Locale.ROOT, ja ? "リリース全体：セル %d、うち非表示 %d（部署別・全階層・全表）%n"
              : "The release as a whole: %d cells, %d suppressed (every table, every level)%n",
          report.release().cells().size(), report.release().suppressedCells());
    }

    private String columns() {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s %10s", "", ja ? "人数" : "n"));
      for (Category c : report.categories("immobile-layer")) {
        line.append(String.format(Locale.ROOT, " %18s", c.id()));
      }
      return line.toString();
    }

    private void row(OrgUnit unit) {
      int depth = report.org().levelIndex(report.org().index(unit.id()));
      Optional<Long> total = report.count(unit.id(), Map.of());
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s %10s",
          "  ".repeat(depth) + unit.id().value(), count(total)));
      for (Category c : report.categories("immobile-layer")) {
        Map<String, String> cut = Map.of("immobile-layer", c.id());
        Optional<Long> n = report.count(unit.id(), cut);
        String share = report.release().share(unit.id(), cut, Map.of())
            .map(s -> String.format(Locale.ROOT, " (%2.0f%%)", 100 * s)).orElse("      ");
        line.append(String.format(Locale.ROOT, " %18s", n.isPresent() ? n.get() + share : suppressed(lang)));
      }
      out.println(line);
    }

    private void persons() {
      List<Person> shown = people.stream()
          .filter(p -> p.match().isPresent() && p.segmentation().primaryGroup().isPresent())
          .limit(PEOPLE_SHOWN)
          .toList();
      for (Person p : shown) {
        heading((ja ? "個人：" : "Person ") + p.scores().respondentId());
        out.println("  " + p.classification().explanation().text(lang));
        out.println("  " + p.segmentation().explanation().text(lang));
        out.println(ja ? "  おすすめの施策：" : "  Top measures:");
        for (Recommendation r : p.match().orElseThrow().recommendations()) {
          out.printf(Locale.ROOT, "    %4.1f  %s%n", r.score(), name(r.measure()));
          r.reasons().forEach(why -> out.println("          " + why.text(lang)));
        }
        supportPath(p);
      }
    }

    private void supportPath(Person person) {
      StagnationReason reason = person.reason().orElseThrow();
      SupportPath path = SupportPathPlanner.of(catalog)
          .plan(reason.generation(), reason.id(), Optional.empty()).orElseThrow();
      out.printf("  %s%s / %s%n", ja ? "支援ステップ：" : "Support path: ", reason.generation().label(lang), reason.name().text(lang));
      for (PathStep step : path.steps()) {
        out.printf("    %s %d: %s%n", ja ? "ステップ" : "Step", step.step().number(), step.name().text(lang));
        out.println("      " + (ja ? "ポイント：" : "Key points: ")
            + step.points().stream().map(t -> t.text(lang)).collect(Collectors.joining(" / ")));
        out.println("      " + step.measuresHeading().text(lang) + " "
            + step.measures().stream().map(this::name).collect(Collectors.joining(" / ")));
      }
      out.println("    " + (ja ? "並行して：" : "Alongside: ")
          + path.alongside().stream().map(this::name).collect(Collectors.joining(" / ")));
    }

    private void mostRecommended() {
      heading(ja ? "最上位に推奨されることが多い施策（上位5件）" : "Measures most often recommended first (top 5)");
      List<Category> measures = report.categories(ReportRelease.FIRST).stream()
          .filter(c -> !c.id().equals("none") && report.count(Map.of(ReportRelease.FIRST, c.id())).isPresent())
          .sorted((x, y) -> Long.compare(report.count(Map.of(ReportRelease.FIRST, y.id())).orElseThrow(),
              report.count(Map.of(ReportRelease.FIRST, x.id())).orElseThrow()))
          .limit(5)
          .toList();
      measures.forEach(c -> out.printf(Locale.ROOT, "  %8s  %s%n",
          count(report.count(Map.of(ReportRelease.FIRST, c.id()))), c.label().text(lang)));
      out.printf(Locale.ROOT, ja ? "（施策の提示なし：%s 人）%n" : "(no recommendation: %s people)%n",
          count(report.count(Map.of(ReportRelease.FIRST, "none"))));
    }

    private void roadmap() {
      heading(ja ? "組織のロードマップ" : "The organisation's roadmap");
      if (result.roadmap().isEmpty()) {
        out.println(ja ? "リリースが全社の人数を伏せているため、割合からロードマップを立てられません。"
            : "No roadmap: the release withholds the company's total, so no share can be read from it.");
        return;
      }
      Roadmap roadmap = result.roadmap().get();
      out.println((ja ? "推進の型：" : "Approach: ") + catalog.approach(roadmap.approach()).name().text(lang));
      out.println("  " + roadmap.explanation().text(lang));
      roadmap.risks().forEach(risk -> out.println((ja ? "  リスク：" : "  Risk: ") + risk.text(lang)));
      stage(ja ? "現在の段階：" : "Current stage: ", roadmap.currentStage(), roadmap.currentGoals());
      roadmap.nextStage().ifPresent(next -> stage(ja ? "次の段階：" : "Next stage: ", next, roadmap.nextGoals()));
      out.println(ja ? "優先する施策（対個人）：" : "Prioritised measures, individual-facing:");
      roadmap.individualFacing().forEach(r -> out.printf(Locale.ROOT, "  %5.3f  %s%n", r.score(), name(r.measure())));
      out.println(ja ? "優先する施策（対組織）：" : "Prioritised measures, organisation-facing:");
      roadmap.organisationFacing().forEach(r -> out.printf(Locale.ROOT, "  %5.3f  %s%n", r.score(), name(r.measure())));
      out.println(ja ? "追う指標：" : "Indicators to track:");
      roadmap.indicators().forEach(i -> out.printf(Locale.ROOT, "  %-8s %s%s%n",
          i.direction() == org.careerownership.core.plan.Direction.INCREASE ? (ja ? "↑ 増やす" : "↑ raise") : (ja ? "↓ 減らす" : "↓ lower"),
          i.name().text(lang),
          i.baseline().map(b -> String.format(Locale.ROOT, " (%s %.1f%%)", ja ? "現在" : "now", 100 * b)).orElse("")));
    }

    private void stage(String label, org.careerownership.core.catalog.RolloutStage stage, Map<Layer, org.careerownership.core.LocalizedText> goals) {
      out.println(label + catalog.rollout().stage(stage).names().get(0).text(lang) + " — "
          + catalog.rollout().stage(stage).theme().text(lang));
      for (Layer layer : Layer.values()) {
        out.printf("  %s: %s%n", verifyNotNull(catalog.rollout().layers().get(layer), "layer %s", layer).text(lang),
            verifyNotNull(goals.get(layer), "goal of %s", layer).text(lang));
      }
    }

    private String name(MeasureId id) {
      return catalog.measure(id).orElseThrow().name().text(lang);
    }

    private void heading(String title) {
      out.println();
      out.println("== " + title);
    }
  }
}
