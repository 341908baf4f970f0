package org.careerownership.sparkexample;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.examples.SyntheticCompany;
import org.careerownership.spark.CoSpark;
import org.careerownership.spark.LikertTablesAggregator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The group report's numbers on Spark, at scale: generates the synthetic company's survey export
 * ({@code --rows}, default 10,000,000; CSV, then Parquet), reads it back and computes on Spark the
 * group report's numbers — the phase mix and the immobile layer per team (anonymity applied after the
 * final merge), phase × top rating with its chi-square test, and the engagement items' exact pair tables
 * with their Kendall and Spearman matrices; the same tables are then computed on one machine by
 * streaming the CSV through the library's accumulators, compared bit for bit, and both timings written
 * with the results to {@code <dir>/report.json}.
 *
 * <pre>{@code
 * bash co-spark-example/run.sh --rows=10000000
 * }</pre>
 */
public final class CompanyReportJob {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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
    String phaseMix = spark.sql("SELECT co_phase_mix(org_unit, s.identity, s.adaptability) FROM scored "
        + "WHERE s.identity IS NOT NULL").first().getString(0);
    long notScored = spark.sql("SELECT count(*) FROM scored WHERE s.identity IS NULL").first().getLong(0);
    String immobileLayer = spark.sql("SELECT co_immobile_layer(org_unit, s.phase, s.reach, s.growth, s.pathway, used) "
        + "FROM scored WHERE s.identity IS NOT NULL").first().getString(0);
    String topRatingByPhase = spark.sql("SELECT co_crosstab(s.phase, CASE WHEN performance_rating IN ('S', 'AAA', 'AA') "
        + "THEN 'top' ELSE 'other' END) FROM scored WHERE s.identity IS NOT NULL AND performance_rating IS NOT NULL")
        .first().getString(0);
    byte[] sparkTables = spark.sql("SELECT co_likert5_tables(array(" + engagement + ")) FROM survey").first().getAs(0);
    report.put("sparkSeconds", seconds(start));
    spark.stop();

    start = System.nanoTime();
    byte[] oneMachineTables = oneMachineTables(csv);
    report.put("oneMachineSeconds", seconds(start));
    report.put("tablesBitIdentical", Arrays.equals(sparkTables, oneMachineTables));

    List<LikertPairs> tables = LikertTablesAggregator.tables(sparkTables);
    CorrelationMatrix<RankCorrelationTest> kendall = CorrelationMatrix.fromTables(
        SyntheticCompany.ENGAGEMENT_ITEMS, tables, t -> t.kendall(Correlations.kendall()));
    CorrelationMatrix<RankCorrelationTest> spearman = CorrelationMatrix.fromTables(
        SyntheticCompany.ENGAGEMENT_ITEMS, tables, t -> t.spearman(Correlations.spearman()));
    report.put("notScored", notScored);
    report.put("phaseMixByTeam", JSON.readTree(phaseMix));
    report.put("immobileLayerByTeam", JSON.readTree(immobileLayer));
    report.put("phaseByTopRating", JSON.readTree(topRatingByPhase));
    report.put("engagementKendall", kendall);
    report.put("engagementSpearman", spearman);
    Path out = dir.resolve("report.json");
    Files.writeString(out, JSON.writeValueAsString(report), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "Spark %.1f s (%s, %s partitions), one machine %.1f s; tables bit-identical: %s%n",
        (double) report.get("sparkSeconds"), master, report.get("partitions"), (double) report.get("oneMachineSeconds"),
        report.get("tablesBitIdentical"));
    System.out.println("wrote " + out.toAbsolutePath());
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
