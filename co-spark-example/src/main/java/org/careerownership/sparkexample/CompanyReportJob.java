package org.careerownership.sparkexample;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.LikertPairs;
import org.careerownership.analytics.correlation.LikertPairsAccumulator;
import org.careerownership.analytics.correlation.RankCorrelationTest;
import org.careerownership.analytics.csv.SurveyCsv;
import org.careerownership.analytics.groups.PhaseOutcomes;
import org.careerownership.analytics.release.Category;
import org.careerownership.analytics.release.Dimension;
import org.careerownership.analytics.release.Dimensions;
import org.careerownership.analytics.release.Population;
import org.careerownership.analytics.release.ProtectionRule;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.ReleaseAudit;
import org.careerownership.analytics.release.ReleasePlan;
import org.careerownership.analytics.release.Releases;
import org.careerownership.analytics.release.TableSpec;
import org.careerownership.core.Language;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.OrgUnit;
import org.careerownership.core.org.UnitId;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmenter;
import org.careerownership.examples.ResponseTable;
import org.careerownership.examples.SyntheticCompany;
import org.careerownership.spark.CoSpark;
import org.careerownership.spark.LikertTablesAggregator;
import org.careerownership.spark.SparkReleases;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The group report's numbers on Spark, at scale: generates the synthetic company's survey export
 * ({@code --rows}, default 10,000,000; CSV, then Parquet), reads it back, scores every response on
 * Spark ({@code co_score}) and counts the people exactly by team, phase, immobile group and top rating
 * (a {@code GROUP BY} with {@code count(*)}); the driver then builds from those counted rows one
 * release ({@link SparkReleases#population}, {@link Releases#build}) holding the phase mix and the
 * immobile layer of every unit at every level and phase × top rating, protected together. Spark also
 * computes the engagement items' exact pair tables with their Kendall and Spearman matrices. On one
 * machine, the job then streams the same CSV through the library — the tables through its accumulators,
 * the people through {@link Scorer}, {@link PhaseClassifier}, {@link Segmenter} and {@link
 * Population.Builder} into the same release plan — and checks that the tables are bit-identical and the
 * releases equal; both timings, the release, its audit and the phase × top rating table go to {@code
 * <dir>/report.json}.
 *
 * <pre>{@code
 * bash co-spark-example/run.sh --rows=10000000
 * }</pre>
 */
public final class CompanyReportJob {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** Top ratings (S/AAA/AA) against everyone else, including people without a valid rating. */
  static final Dimension RATING = Dimension.of("rating", LocalizedText.of("評価", "Rating"),
      Category.of("top", LocalizedText.of("S/AAA/AA", "S/AAA/AA")),
      Category.of("other", LocalizedText.of("A/B/C・評価なし", "A/B/C or no rating")));

  /** The dimensions of the release, in the order of the counted rows' columns. */
  static final List<Dimension> DIMENSIONS = List.of(Dimensions.phase(), Dimensions.immobileLayer(), RATING);

  /** Everything the group report publishes, protected as one release. */
  static final ReleasePlan PLAN = ReleasePlan.of(ProtectionRule.standard(),
      TableSpec.byOrg("phase-mix", LocalizedText.of("フェーズ構成", "Phase mix"), "phase"),
      TableSpec.byOrg("immobile-layer", LocalizedText.of("不動層", "Immobile layer"), "immobile-layer"),
      TableSpec.overall("phase-by-rating", LocalizedText.of("フェーズ別評価", "Top rating by phase"), "phase", "rating"));

  private static final List<String> TOP_RATINGS = List.of("S", "AAA", "AA");

  private CompanyReportJob() {}

  /**
   * Runs the job.
   *
   * @param args {@code --rows=N}, {@code --dir=DIR} (default {@code target/company-job}), {@code
   *     --master=URL} (default {@code local[*]})
   * @throws IOException if the export or the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    int rows = 10_000_000;
    Path dir = Path.of("target", "company-job");
    String master = "local[*]";
    for (String arg : Arrays.stream(args).flatMap(a -> Arrays.stream(a.trim().split("\\s+"))).toList()) {
      if (arg.startsWith("--rows=")) {
        rows = Integer.parseInt(arg.substring("--rows=".length()));
      } else if (arg.startsWith("--dir=")) {
        dir = Path.of(arg.substring("--dir=".length()));
      } else if (arg.startsWith("--master=")) {
        master = arg.substring("--master=".length());
      } else if (!arg.isEmpty()) {
        throw new IllegalArgumentException("unknown argument " + arg + "; use --rows=N --dir=DIR --master=URL");
      }
    }
    Files.createDirectories(dir);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("rows", rows);

    Path csv = dir.resolve("survey.csv");
    long start = System.nanoTime();
    try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      SyntheticCompany.write(SyntheticCompany.Config.standard().withEmployees(rows), writer);
    }
    report.put("generateCsvSeconds", seconds(start));
    System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s: %s%n", rows, seconds(start), csv);

    SparkSession spark = SparkSession.builder().master(master).appName("co-company-report")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    CoSpark.register(spark);
    report.put("sparkMaster", master);
    report.put("sparkParallelism", spark.sparkContext().defaultParallelism());

    start = System.nanoTime();
    Path parquet = dir.resolve("survey.parquet");
    spark.read().option("header", "true").csv(csv.toString()).write().mode("overwrite").parquet(parquet.toString());
    report.put("csvToParquetSeconds", seconds(start));

    start = System.nanoTime();
    Dataset<Row> survey = spark.read().parquet(parquet.toString());
    survey.createOrReplaceTempView("survey");
    report.put("partitions", survey.rdd().getNumPartitions());
    String items = ReferenceInstrument.v1().items().stream()
        .map(i -> "try_cast(" + i.id().value() + " AS INT)").collect(Collectors.joining(", "));
    String engagement = SyntheticCompany.ENGAGEMENT_ITEMS.stream()
        .map(i -> "try_cast(" + i + " AS INT)").collect(Collectors.joining(", "));
    // Cells the export got wrong become unknown here (NULL), as the one-machine reader reports them.
    Dataset<Row> scored = spark.sql("SELECT org_unit, stagnation_reason, "
        + "CASE WHEN try_cast(measures_used AS INT) >= 0 THEN try_cast(measures_used AS INT) END AS used, "
        + "CASE WHEN performance_rating IN ('S', 'AAA', 'AA', 'A', 'B', 'C') THEN performance_rating END AS performance_rating, "
        + "co_score(array(" + items + ")) AS s FROM survey");
    // Scored once, then read by every aggregate below.
    scored.persist(StorageLevel.MEMORY_AND_DISK());
    scored.createOrReplaceTempView("scored");
    // The organisation: the export's division → department → team columns.
    OrgStructure org = org(spark.sql("SELECT DISTINCT division, department, org_unit FROM survey "
        + "WHERE division IS NOT NULL AND department IS NOT NULL AND org_unit IS NOT NULL").collectAsList().stream()
        .map(r -> List.of(r.getString(0), r.getString(1), r.getString(2))).toList());
    long notScored = spark.sql("SELECT count(*) FROM scored WHERE s.identity IS NULL").first().getLong(0);
    // Exact counts of the scored people, one row per team and categories; nothing is protected on Spark.
    Dataset<Row> counted = spark.sql("SELECT org_unit, lower(replace(s.phase, '_', '-')) AS phase, "
        + "lower(replace(co_segment(s.phase, s.reach, s.growth, s.pathway, used), '_', '-')) AS layer, "
        + "CASE WHEN performance_rating IN ('S', 'AAA', 'AA') THEN 'top' ELSE 'other' END AS rating, "
        + "count(*) AS people FROM scored WHERE s.identity IS NOT NULL GROUP BY 1, 2, 3, 4");
    Outcome<Population> counts = SparkReleases.population(counted, org, DIMENSIONS, "org_unit",
        List.of("phase", "layer", "rating"), "people");
    byte[] sparkTables = spark.sql("SELECT co_likert5_tables(array(" + engagement + ")) FROM survey").first().getAs(0);
    report.put("sparkSeconds", seconds(start));
    spark.stop();

    // The driver: one release from the counted rows, protected once.
    start = System.nanoTime();
    Release release = Releases.build(counts.orElseThrow(), PLAN);
    report.put("driverReleaseSeconds", seconds(start));

    start = System.nanoTime();
    byte[] oneMachineTables = oneMachineTables(csv);
    OneMachine oneMachine = oneMachineRelease(csv);
    report.put("oneMachineSeconds", seconds(start));
    report.put("tablesBitIdentical", Arrays.equals(sparkTables, oneMachineTables));
    report.put("releasesEqual", release.equals(oneMachine.release()) && notScored == oneMachine.notScored());

    List<LikertPairs> tables = LikertTablesAggregator.tables(sparkTables);
    CorrelationMatrix<RankCorrelationTest> kendall = CorrelationMatrix.fromTables(
        SyntheticCompany.ENGAGEMENT_ITEMS, tables, t -> t.kendall(Correlations.kendall()));
    CorrelationMatrix<RankCorrelationTest> spearman = CorrelationMatrix.fromTables(
        SyntheticCompany.ENGAGEMENT_ITEMS, tables, t -> t.spearman(Correlations.spearman()));
    ReleaseAudit audit = Releases.audit(release);
    report.put("notScored", notScored);
    report.put("releaseAudit", ImmutableMap.of("safe", audit.safe(), "suppressedCells", release.suppressedCells(),
        "cells", release.cells().size(), "linearPrograms", audit.linearPrograms()));
    report.put("phaseMixByUnit", byUnit(release, Dimensions.phase()));
    report.put("immobileLayerByUnit", byUnit(release, Dimensions.immobileLayer()));
    report.put("topRatingByPhase", PhaseOutcomes.of(release, "phase-by-rating", "rating", "top"));
    report.put("release", release);
    report.put("engagementKendall", kendall);
    report.put("engagementSpearman", spearman);
    Path out = dir.resolve("report.json");
    Files.writeString(out, JSON.writeValueAsString(report), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "Spark %.1f s (%s, %s partitions), one machine %.1f s; tables bit-identical: %s; "
            + "releases equal: %s (%s of %s cells suppressed, audit safe: %s)%n",
        (double) report.get("sparkSeconds"), master, report.get("partitions"), (double) report.get("oneMachineSeconds"),
        report.get("tablesBitIdentical"), report.get("releasesEqual"), release.suppressedCells(), release.cells().size(),
        audit.safe());
    System.out.println("wrote " + out.toAbsolutePath());
  }

  /**
   * Returns the organisation of {@code hierarchy}'s (division, department, team) rows: the company,
   * then divisions, departments and teams, each in id order, so that the same rows in any order give
   * the same structure.
   *
   * @throws IllegalArgumentException if a unit id is used twice, such as a team under two departments
   */
  static OrgStructure org(List<List<String>> hierarchy) {
    SortedMap<String, SortedMap<String, SortedSet<String>>> tree = new TreeMap<>();
    for (List<String> row : hierarchy) {
      tree.computeIfAbsent(row.get(0), d -> new TreeMap<>()).computeIfAbsent(row.get(1), d -> new TreeSet<>())
          .add(row.get(2));
    }
    UnitId company = UnitId.of("COMPANY");
    OrgStructure.Builder org = OrgStructure.builder()
        .level(LocalizedText.of("全社", "Company")).level(LocalizedText.of("事業部", "Division"))
        .level(LocalizedText.of("部", "Department")).level(LocalizedText.of("チーム", "Team"))
        .root(company, LocalizedText.of("全社", "Company"));
    tree.forEach((division, departments) -> {
      org.unit(UnitId.of(division), company, LocalizedText.of(division, division));
      departments.forEach((department, teams) -> {
        org.unit(UnitId.of(department), UnitId.of(division), LocalizedText.of(department, department));
        teams.forEach(team -> org.unit(UnitId.of(team), UnitId.of(department), LocalizedText.of(team, team)));
      });
    });
    return org.build();
  }

  /** A release made on one machine, and how many responses could not be scored. */
  record OneMachine(Release release, long notScored) {}

  /**
   * Returns the release of {@link #PLAN} on one machine: the CSV streamed once, each response scored,
   * classified and segmented by the library as {@code co_score} and {@code co_segment} do on Spark (item
   * cells and {@code measures_used} read as {@code try_cast(… AS INT)} reads them; a negative count of
   * measures is unknown), the people added one by one to a {@link Population.Builder}, the organisation
   * taken from the export's hierarchy columns.
   *
   * @throws IllegalArgumentException if the CSV lacks a column of the export
   * @throws IllegalStateException if a scored person's row is refused (its problems, in English)
   */
  static OneMachine oneMachineRelease(Path csv) throws IOException {
    Instrument instrument = ReferenceInstrument.v1();
    Scorer scorer = Scorer.of(instrument);
    List<List<String>> hierarchy = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    List<String> teams = new ArrayList<>();
    Map<String, Integer> teamIndex = new HashMap<>();
    int[] team = new int[1024];
    byte[][] codes = new byte[DIMENSIONS.size()][1024];
    int people = 0;
    long notScored = 0;
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(in)) {
      List<String> header = Arrays.asList(lines.next());
      int division = header.indexOf(ResponseTable.DIVISION_COLUMN);
      int department = header.indexOf(ResponseTable.DEPARTMENT_COLUMN);
      int unit = header.indexOf(ResponseTable.UNIT_COLUMN);
      int usage = header.indexOf(ResponseTable.USAGE_COLUMN);
      int rating = header.indexOf(ResponseTable.RATING_COLUMN);
      int[] items = instrument.items().stream().mapToInt(i -> header.indexOf(i.id().value())).toArray();
      if (IntStream.concat(IntStream.of(division, department, unit, usage, rating),
          Arrays.stream(items)).anyMatch(c -> c < 0)) {
        throw new IllegalArgumentException(csv + " lacks a column of the export: its header is " + header);
      }
      while (lines.hasNext()) {
        String[] cells = lines.next();
        List<String> place = List.of(cell(cells, division), cell(cells, department), cell(cells, unit));
        if (place.stream().noneMatch(String::isEmpty) && seen.add(place)) {
          hierarchy.add(place);
        }
        // As co_score: the respondent id plays no part in the scores.
        Response.Builder response = Response.builder().respondentId("row");
        for (int j = 0; j < items.length; j++) {
          Optional<Integer> code = integer(cell(cells, items[j]));
          if (code.isPresent()) {
            response.answer(instrument.items().get(j).id().value(), code.get());
          }
        }
        Outcome<Scores> scores = scorer.score(response.build());
        if (!scores.succeeded()) {
          notScored++;
          continue;
        }
        Phase phase = PhaseClassifier.standard().classify(scores.orElseThrow()).phase();
        NeedSignals needs = NeedSignals.from(scores.orElseThrow());
        Optional<Integer> used = integer(cell(cells, usage)).filter(n -> n >= 0);
        int layer = Dimensions.code(Segmenter.standard().segment(
            used.isPresent() ? SegmentInput.of(phase, needs, used.get()) : SegmentInput.of(phase, needs)));
        if (people == team.length) {
          team = Arrays.copyOf(team, 2 * people);
          for (int d = 0; d < codes.length; d++) {
            codes[d] = Arrays.copyOf(codes[d], 2 * people);
          }
        }
        team[people] = teamIndex.computeIfAbsent(cell(cells, unit), t -> {
          teams.add(t);
          return teams.size() - 1;
        });
        codes[0][people] = (byte) Dimensions.code(phase);
        codes[1][people] = (byte) layer;
        codes[2][people] = (byte) (TOP_RATINGS.contains(cell(cells, rating)) ? 0 : 1);
        people++;
      }
    }
    OrgStructure org = org(hierarchy);
    Map<String, UnitId> units = org.units().stream().collect(Collectors.toMap(u -> u.id().value(), OrgUnit::id));
    Population.Builder population = Population.builder(org, DIMENSIONS);
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      String name = teams.get(team[i]);
      UnitId id = units.get(name);
      List<String> categories = new ArrayList<>(DIMENSIONS.size());
      for (int d = 0; d < DIMENSIONS.size(); d++) {
        categories.add(DIMENSIONS.get(d).categories().get(codes[d][i]).id());
      }
      Outcome<Long> added = id == null
          ? Outcome.failed(List.of(Problem.of(ProblemCode.UNKNOWN_UNIT, Location.atIndex(i).withField("unit"),
              ImmutableMap.of("unit", name))))
          : population.add(id, categories);
      problems.addAll(added.problems());
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(problems.stream().limit(20).map(p -> p.text(Language.EN))
          .collect(Collectors.joining("; ")));
    }
    return new OneMachine(Releases.build(population.build(), PLAN), notScored);
  }

  /** Returns cell {@code at} of a row, or an empty cell where the row is short (as Spark reads it). */
  private static String cell(String[] cells, int at) {
    return at < cells.length ? cells[at] : "";
  }

  /** Returns {@code cell} as an integer, as Spark's {@code try_cast(cell AS INT)} reads it, or empty. */
  private static Optional<Integer> integer(String cell) {
    try {
      return Optional.of(Integer.parseInt(cell.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns, for every unit at every level, the release's count of each category of {@code dimension}
   * (a number, or {@code "suppressed"}) — the phase mix or the immobile layer as a report shows it.
   */
  static Map<String, Map<String, Object>> byUnit(Release release, Dimension dimension) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (OrgUnit unit : release.org().units()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("all", release.count(unit.id(), Map.of()).<Object>map(n -> n).orElse("suppressed"));
      for (Category c : dimension.categories()) {
        row.put(c.id(), release.count(unit.id(), Map.of(dimension.id(), c.id())).<Object>map(n -> n).orElse("suppressed"));
      }
      out.put(unit.id().value(), row);
    }
    return out;
  }

  /**
   * The engagement items' pair tables on one machine: the CSV streamed once through the library's
   * accumulators, in the byte layout of {@link LikertTablesAggregator}.
   */
  static byte[] oneMachineTables(Path csv) throws IOException {
    List<String> names = SyntheticCompany.ENGAGEMENT_ITEMS;
    Map<String, String> mapping = new LinkedHashMap<>();
    names.forEach(n -> mapping.put(n, n));
    int m = names.size();
    List<LikertPairsAccumulator> pairs = new ArrayList<>();
    for (int k = 0; k < m * (m - 1) / 2; k++) {
      pairs.add(new LikertPairsAccumulator(LikertRange.of(1, 5), 0));
    }
    try (InputStream in = Files.newInputStream(csv)) {
      SurveyCsv.reader().withItems(mapping).withLikertRange(LikertRange.of(1, 5)).stream(in, (row, values) -> {
        int k = 0;
        for (int a = 0; a < m; a++) {
          for (int b = a + 1; b < m; b++, k++) {
            pairs.get(k).add(code(values[a]), code(values[b]));
          }
        }
      });
    }
    byte[][] parts = pairs.stream().map(p -> p.snapshot().toByteArray()).toArray(byte[][]::new);
    byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static int code(double value) {
    return Double.isNaN(value) ? 0 : (int) value;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
