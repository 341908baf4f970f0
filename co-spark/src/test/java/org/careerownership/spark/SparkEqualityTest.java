package org.careerownership.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.LikertPairs;
import org.careerownership.analytics.correlation.LikertPairsAccumulator;
import org.careerownership.analytics.correlation.RankCorrelationTest;
import org.careerownership.analytics.correlation.PearsonTest;
import org.careerownership.analytics.reliability.AlphaResult;
import org.careerownership.analytics.reliability.Reliability;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Outcome;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassification;
import org.careerownership.core.policy.PersonProfile;
import org.careerownership.core.policy.PolicyMatcher;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmentation;
import org.careerownership.core.segment.Segmenter;
import org.careerownership.core.phase.PhaseClassifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a local Spark session (2 threads), the aggregates equal the one-machine results of the library bit
 * for bit, however the rows are partitioned and ordered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SparkEqualityTest {
  private static final int ROWS = 4000;
  private static final int ITEMS = 6;
  private static final int MISSING = 0;
  private static final LikertRange FIVE = LikertRange.of(1, 5);

  private SparkSession spark;
  private int[][] codes;
  private Dataset<Row> survey;

  @BeforeAll
  void start() {
    spark = SparkSession.builder().master("local[2]").appName("co-spark-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    CoSpark.register(spark);
    SplittableRandom random = new SplittableRandom(11);
    codes = new int[ITEMS][ROWS];
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < ROWS; r++) {
      double common = random.nextGaussian();
      Integer[] row = new Integer[ITEMS];
      for (int a = 0; a < ITEMS; a++) {
        long code = Math.max(1, Math.min(5, Math.round(3 + 0.8 * common + random.nextGaussian())));
        boolean missing = random.nextDouble() < 0.05;
        codes[a][r] = missing ? MISSING : (int) code;
        row[a] = missing ? null : (int) code;
      }
      rows.add(RowFactory.create(r, Arrays.asList(row)));
    }
    StructType schema = new StructType().add("id", DataTypes.IntegerType)
        .add("codes", DataTypes.createArrayType(DataTypes.IntegerType, true));
    survey = spark.createDataFrame(rows, schema);
    survey.createOrReplaceTempView("survey");
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  private List<LikertPairs> oneMachineTables() {
    List<LikertPairs> tables = new ArrayList<>();
    for (int a = 0; a < ITEMS; a++) {
      for (int b = a + 1; b < ITEMS; b++) {
        LikertPairsAccumulator acc = new LikertPairsAccumulator(FIVE, MISSING);
        acc.addAll(codes[a], codes[b]);
        tables.add(acc.snapshot());
      }
    }
    return tables;
  }

  @Test
  void tablesAndMatricesAreBitIdenticalForEveryPartitioning() {
    List<LikertPairs> expected = oneMachineTables();
    List<String> names = IntStream.range(0, ITEMS).mapToObj(a -> "q" + a).toList();
    CorrelationMatrix<RankCorrelationTest> kendall =
        Correlations.kendall().matrix(names, codes, FIVE, MISSING, Deletion.PAIRWISE);
    CorrelationMatrix<RankCorrelationTest> spearman =
        Correlations.spearman().matrix(names, codes, FIVE, MISSING, Deletion.PAIRWISE);
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 4; trial++) {
      int partitions = 1 + random.nextInt(12);
      Dataset<Row> shuffled = survey.orderBy(org.apache.spark.sql.functions.rand(random.nextLong()))
          .repartition(partitions).select("codes");
      byte[] bytes = shuffled.select(new LikertTablesAggregator(ITEMS, FIVE, MISSING).toColumn()).first();
      List<LikertPairs> tables = LikertTablesAggregator.tables(bytes);
      for (int k = 0; k < expected.size(); k++) {
        assertArrayEquals(expected.get(k).toByteArray(), tables.get(k).toByteArray(), partitions + " partitions, pair " + k);
      }
      assertEquals(kendall, CorrelationMatrix.fromTables(names, tables, t -> t.kendall(Correlations.kendall())));
      assertEquals(spearman, CorrelationMatrix.fromTables(names, tables, t -> t.spearman(Correlations.spearman())));
    }
  }

  @Test
  void realMomentsAgreeWithOneMachineTo1e12ForEveryPartitioning() {
    SplittableRandom random = new SplittableRandom(17);
    List<Row> rows = new ArrayList<>();
    double[][] columns = new double[4][3000];
    for (int r = 0; r < 3000; r++) {
      double common = random.nextGaussian();
      Double[] row = new Double[4];
      for (int a = 0; a < 4; a++) {
        double v = 1e4 + 30 * (0.6 * common + random.nextGaussian());
        boolean missing = random.nextDouble() < 0.05;
        columns[a][r] = missing ? Double.NaN : v;
        row[a] = missing ? null : v;
      }
      rows.add(RowFactory.create(Arrays.asList(row)));
    }
    Dataset<Row> values = spark.createDataFrame(rows,
        new StructType().add("values", DataTypes.createArrayType(DataTypes.DoubleType, true)));
    List<String> names = List.of("x0", "x1", "x2", "x3");
    CorrelationMatrix<PearsonTest> oneMachine = Correlations.pearson().matrix(names, columns, Deletion.PAIRWISE);
    for (int partitions : new int[] {1, 3, 7}) {
      byte[] bytes = values.repartition(partitions).select(new PairedMomentsAggregator(4).toColumn()).first();
      CorrelationMatrix<PearsonTest> spread =
          CorrelationMatrix.fromMoments(names, PairedMomentsAggregator.moments(bytes), Correlations.pearson());
      for (int i = 0; i < 4; i++) {
        for (int j = i + 1; j < 4; j++) {
          PearsonTest a = oneMachine.test(i, j).orElseThrow();
          PearsonTest b = spread.test(i, j).orElseThrow();
          assertEquals(a.n(), b.n());
          assertEquals(1, b.r() / a.r(), 1e-12, partitions + " partitions");
          assertEquals(1, b.pValue() / a.pValue(), 1e-9, partitions + " partitions");
        }
      }
    }
    values.createOrReplaceTempView("reals");
    double r13 = spark.sql("SELECT co_r(co_moments(values), 3, 1) FROM reals").first().getDouble(0);
    assertEquals(1, r13 / oneMachine.test(1, 3).orElseThrow().r(), 1e-12);
  }

  @Test
  void rowFunctionsEqualTheObjectApi() {
    Instrument instrument = ReferenceInstrument.v1();
    SplittableRandom random = new SplittableRandom(31);
    List<Row> rows = new ArrayList<>();
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < 200; r++) {
      Integer[] answers = new Integer[instrument.items().size()];
      Response.Builder response = Response.builder().respondentId("row");
      for (int j = 0; j < answers.length; j++) {
        if (random.nextDouble() < (r % 50 == 0 ? 0.6 : 0.03)) {
          continue; // unanswered; every 50th row misses too many
        }
        answers[j] = 1 + random.nextInt(5);
        response.answer(instrument.items().get(j).id().value(), answers[j]);
      }
      rows.add(RowFactory.create(r, Arrays.asList(answers)));
      responses.add(response.build());
    }
    spark.createDataFrame(rows, new StructType().add("id", DataTypes.IntegerType)
        .add("answers", DataTypes.createArrayType(DataTypes.IntegerType, true))).createOrReplaceTempView("answers");
    List<Row> scored = spark.sql("SELECT id, co_score(answers) AS s FROM answers ORDER BY id").collectAsList();
    Scorer scorer = Scorer.of(instrument);
    for (int r = 0; r < rows.size(); r++) {
      Row s = scored.get(r).getStruct(1);
      Outcome<Scores> expected = scorer.score(responses.get(r));
      if (expected.succeeded()) {
        PhaseClassification c = PhaseClassifier.standard().classify(expected.orElseThrow());
        assertEquals(c.identity(), s.getDouble(0), 0.0);
        assertEquals(c.adaptability(), s.getDouble(1), 0.0);
        assertEquals(c.phase().name(), s.getString(2));
        assertEquals(c.borderline(), s.getBoolean(3));
      } else {
        assertEquals(true, s.isNullAt(0));
        assertEquals(true, s.getString(7).contains("required"), s.getString(7));
      }
    }
    List<String> top = spark.sql("SELECT co_top_measures('MID_CAREER', 'mid-career.fear-of-changing', "
        + "'STATUS_QUO_STAGNATION', 20.0, 30.0, 40.0, 0)").first().getList(0);
    Segmentation segmentation = Segmenter.standard().segment(
        SegmentInput.of(Phase.STATUS_QUO_STAGNATION, new NeedSignals(20, 30, 40), 0));
    List<String> expected = PolicyMatcher.of(Catalogs.bundled()).withTopN(5).match(PersonProfile.builder().id("row")
        .generation(Generation.MID_CAREER).addReason(ReasonId.of("mid-career.fear-of-changing"))
        .segmentation(segmentation).phase(Phase.STATUS_QUO_STAGNATION).build())
        .orElseThrow().recommendations().stream().map(rec -> rec.measure().value()).toList();
    assertEquals(expected, top);
    List<Row> segments = spark.sql("SELECT co_segment('SELF_FIXATION', 20.0, 30.0, 40.0, 2), "
        + "co_segment('STATUS_QUO_STAGNATION', 20.0, 30.0, 40.0, NULL), co_segment('FUTURE_CREATION', 90, 90, 90, 5)")
        .collectAsList();
    NeedSignals needs = new NeedSignals(20, 30, 40);
    assertEquals(List.of(
            name(Segmenter.standard().segment(SegmentInput.of(Phase.SELF_FIXATION, needs, 2))),
            name(Segmenter.standard().segment(SegmentInput.of(Phase.STATUS_QUO_STAGNATION, needs))),
            name(Segmenter.standard().segment(SegmentInput.of(Phase.FUTURE_CREATION, new NeedSignals(90, 90, 90), 5)))),
        List.of(segments.get(0).getString(0), segments.get(0).getString(1), segments.get(0).getString(2)));
  }

  private static String name(Segmentation segmentation) {
    return segmentation.primaryGroup().map(Enum::name).orElse("MOBILE");
  }

  @Test
  void cronbachsAlphaAgreesWithOneMachine() {
    List<String> scale = List.of("q0", "q1", "q2", "q3", "q4", "q5");
    double[][] columns = new double[ITEMS][ROWS];
    for (int a = 0; a < ITEMS; a++) {
      for (int r = 0; r < ROWS; r++) {
        columns[a][r] = codes[a][r] == MISSING ? Double.NaN : codes[a][r];
      }
    }
    AlphaResult expected = Reliability.cronbachAlpha().compute(scale, columns, Set.of("q2"), FIVE).orElseThrow();
    Dataset<Row> answers = survey.selectExpr("transform(codes, c -> CAST(c AS DOUBLE)) AS answers");
    for (int partitions : new int[] {1, 5}) {
      String json = answers.repartition(partitions)
          .select(new AlphaAggregator(scale, Set.of("q2"), FIVE, Deletion.PAIRWISE).toColumn()).first();
      double alpha = JsonMapper.builder().build().readTree(json).get("value").get("total").get("rawAlpha").asDouble();
      assertEquals(1, alpha / expected.total().rawAlpha(), 1e-12, partitions + " partitions");
    }
    AlphaResult unkeyed = Reliability.cronbachAlpha().compute(List.of("1", "2", "3", "4", "5", "6"), columns, Set.of(), FIVE)
        .orElseThrow();
    answers.repartition(4).createOrReplaceTempView("alpha_answers");
    String json = spark.sql("SELECT co_alpha(answers) FROM alpha_answers").first().getString(0);
    double sqlAlpha = JsonMapper.builder().build().readTree(json).get("value").get("total").get("rawAlpha").asDouble();
    assertEquals(1, sqlAlpha / unkeyed.total().rawAlpha(), 1e-12);
  }

  @Test
  void sqlFunctionsGiveTheSameNumbers() {
    Row row = spark.sql("SELECT co_kendall_tau_b(t, 0, 1) AS tau, co_spearman(t, 2, 4) AS rho, co_pearson(t, 5, 3) AS r "
        + "FROM (SELECT co_likert5_tables(codes) AS t FROM survey)").first();
    List<LikertPairs> tables = oneMachineTables();
    assertEquals(tables.get(0).kendall(Correlations.kendall()).orElseThrow().estimate(), row.getDouble(0), 0.0);
    assertEquals(CoSpark.table(toBytes(tables), 2, 4)
        .spearman(Correlations.spearman()).orElseThrow().estimate(), row.getDouble(1), 0.0);
    assertEquals(CoSpark.table(toBytes(tables), 3, 5).pearson(Correlations.pearson()).orElseThrow().estimate(),
        row.getDouble(2), 0.0);
    assertEquals("FUTURE_CREATION", spark.sql("SELECT co_phase(62.5, 70.0)").first().getString(0));
  }

  private static byte[] toBytes(List<LikertPairs> tables) {
    byte[][] parts = tables.stream().map(LikertPairs::toByteArray).toArray(byte[][]::new);
    byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  @Test
  void theLibrarysJackson3RunsBesideSparksJackson2() {
    List<String> names = IntStream.range(0, ITEMS).mapToObj(a -> "q" + a).toList();
    String json = JsonMapper.builder().build().writeValueAsString(
        Correlations.kendall().matrix(names, codes, FIVE, MISSING, Deletion.PAIRWISE));
    assertEquals(true, json.contains("\"names\""));
    assertEquals(ROWS, spark.sql("SELECT count(*) FROM survey").first().getLong(0));
  }
}
