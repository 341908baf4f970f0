package org.careerownership.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.careerownership.analytics.release.Dimension;
import org.careerownership.analytics.release.Dimensions;
import org.careerownership.analytics.release.Population;
import org.careerownership.analytics.release.ProtectionRule;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.ReleasePlan;
import org.careerownership.analytics.release.Releases;
import org.careerownership.analytics.release.TableSpec;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.generation.GenerationBands;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.UnitId;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmenter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a local Spark session (2 threads), a release built on the driver from the rows Spark counted is
 * the release {@link Releases#build} makes from the same people's rows on one machine, for every
 * partitioning; and bad counted rows are reported, not dropped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SparkReleasesTest {
  private static final List<Dimension> DIMENSIONS =
      List.of(Dimensions.phase(), Dimensions.immobileLayer(), Dimensions.generation());
  private static final ReleasePlan PLAN = ReleasePlan.of(ProtectionRule.standard(),
      TableSpec.byOrg("phase-mix", text("Phase mix"), "phase"),
      TableSpec.byOrg("immobile-layer", text("Immobile layer"), "immobile-layer"),
      TableSpec.overall("phase-by-generation", text("Phase by generation"), "generation", "phase"),
      TableSpec.overall("layer-by-phase", text("Immobile layer by phase"), "phase", "immobile-layer"));
  private static final StructType PEOPLE = new StructType().add("team", DataTypes.StringType)
      .add("identity", DataTypes.DoubleType).add("adaptability", DataTypes.DoubleType)
      .add("reach", DataTypes.DoubleType).add("growth", DataTypes.DoubleType).add("pathway", DataTypes.DoubleType)
      .add("used", DataTypes.IntegerType).add("generation", DataTypes.StringType);
  /** The people's categories, computed on Spark by the library's row functions, then counted. */
  private static final String COUNTED = "SELECT team, lower(replace(co_phase(identity, adaptability), '_', '-')) AS phase, "
      + "lower(replace(co_segment(co_phase(identity, adaptability), reach, growth, pathway, used), '_', '-')) AS layer, "
      + "generation, count(*) AS people FROM people GROUP BY 1, 2, 3, 4";

  private SparkSession spark;
  private OrgStructure org;
  private final List<Row> rows = new ArrayList<>();
  private Population oneMachine;
  private Release oneMachineRelease;

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  @BeforeAll
  void start() {
    spark = SparkSession.builder().master("local[2]").appName("co-spark-release-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    CoSpark.register(spark);
    SplittableRandom random = new SplittableRandom(53);
    OrgStructure.Builder b = OrgStructure.builder()
        .level(text("Company")).level(text("Division")).level(text("Department")).level(text("Team"))
        .root(UnitId.of("C"), text("Company"));
    List<String> teams = new ArrayList<>();
    for (int d = 1; d <= 3; d++) {
      b.unit(UnitId.of("D" + d), UnitId.of("C"), text("D" + d));
      for (int p = 1; p <= 2 + random.nextInt(2); p++) {
        String department = "D" + d + "-" + p;
        b.unit(UnitId.of(department), UnitId.of("D" + d), text(department));
        for (int t = 1; t <= 2 + random.nextInt(3); t++) {
          String team = department + "-" + t;
          b.unit(UnitId.of(team), UnitId.of(department), text(team));
          teams.add(team);
        }
      }
    }
    org = b.build();
    // Small teams (1 to 4 people) beside larger ones, so that the release suppresses cells.
    Population.Builder people = Population.builder(org, DIMENSIONS);
    for (String team : teams) {
      int size = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 6 + random.nextInt(20);
      for (int i = 0; i < size; i++) {
        double identity = 100 * random.nextDouble();
        double adaptability = 100 * random.nextDouble();
        double reach = 100 * random.nextDouble();
        double growth = 100 * random.nextDouble();
        double pathway = 100 * random.nextDouble();
        Integer used = random.nextInt(5) == 0 ? null : random.nextInt(4);
        Optional<Integer> age = random.nextInt(10) == 0 ? Optional.empty() : Optional.of(20 + random.nextInt(45));
        String generation = age.map(a -> Dimensions.categoryId(GenerationBands.standard().generationOf(a)))
            .orElse("age-not-given");
        rows.add(RowFactory.create(team, identity, adaptability, reach, growth, pathway, used, generation));
        // One machine: the library's own calls, person by person.
        Phase phase = PhaseClassifier.standard().classify(identity, adaptability).phase();
        NeedSignals needs = new NeedSignals(reach, growth, pathway);
        String layer = Dimensions.immobileLayer().categories().get(Dimensions.code(Segmenter.standard()
            .segment(used == null ? SegmentInput.of(phase, needs) : SegmentInput.of(phase, needs, used)))).id();
        assertTrue(people.add(UnitId.of(team), List.of(Dimensions.categoryId(phase), layer, generation)).succeeded());
      }
    }
    oneMachine = people.build();
    oneMachineRelease = Releases.build(oneMachine, PLAN);
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Nested
  final class FromCountedRows {
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void theReleaseEqualsTheOneMachineRelease(int partitions) {
      spark.createDataFrame(rows, PEOPLE).repartition(partitions).createOrReplaceTempView("people");
      Dataset<Row> counted = spark.sql(COUNTED);
      Population population = SparkReleases.population(counted, org, DIMENSIONS, "team",
          List.of("phase", "layer", "generation"), "people").orElseThrow();

      assertEquals(oneMachine.people(), population.people());
      assertTrue(population.size() < oneMachine.size(), "counted rows, not people's rows");
      Release release = Releases.build(population, PLAN);
      assertEquals(oneMachineRelease, release);
      assertTrue(release.suppressedCells() > 0, "the small teams' cells are suppressed");
      assertTrue(Releases.audit(release).safe());
    }

    @Test
    void theDatasetApisCountGivesTheSameRelease() {
      Dataset<Row> people = spark.createDataFrame(rows, PEOPLE).repartition(5)
          .selectExpr("team", "lower(replace(co_phase(identity, adaptability), '_', '-')) AS phase",
              "lower(replace(co_segment(co_phase(identity, adaptability), reach, growth, pathway, used), '_', '-'))"
                  + " AS layer", "generation");
      Dataset<Row> counted = people.groupBy("team", "phase", "layer", "generation").count();
      Release release = Releases.build(SparkReleases.population(counted, org, DIMENSIONS, "team",
          List.of("phase", "layer", "generation"), "count").orElseThrow(), PLAN);
      assertEquals(oneMachineRelease, release);
    }

    @Test
    void countedRowsOfTheSameCellsAddUp() {
      spark.createDataFrame(rows, PEOPLE).createOrReplaceTempView("people");
      Dataset<Row> counted = spark.sql(COUNTED);
      Population twice = SparkReleases.population(counted.union(counted), org, DIMENSIONS, "team",
          List.of("phase", "layer", "generation"), "people").orElseThrow();
      assertEquals(2 * oneMachine.people(), twice.people());
    }

    @Test
    void noRowsGiveAnEmptyPopulation() {
      Dataset<Row> none = spark.createDataFrame(List.of(), COUNTS);
      Population population = SparkReleases.population(none, org, List.of(Dimensions.phase()), "unit",
          List.of("phase"), "n").orElseThrow();
      assertEquals(0, population.people());
    }
  }

  private static final StructType COUNTS = new StructType().add("unit", DataTypes.StringType)
      .add("phase", DataTypes.StringType).add("n", DataTypes.LongType);

  @Nested
  final class BadRows {
    @Test
    void everyProblemIsReportedAtItsRowAndColumnWhateverTheOrder() {
      String team = org.units().stream().filter(u -> org.isLeaf(org.index(u.id()))).findFirst().orElseThrow()
          .id().value();
      List<Row> counted = List.of(
          RowFactory.create(team, "future-creation", 4L), // the only good row
          RowFactory.create("ZZ", "future-creation", 3L),
          RowFactory.create(team, "nope", 2L),
          RowFactory.create(null, "future-creation", 2L),
          RowFactory.create(team, "future-creation", -1L),
          RowFactory.create("D1", "future-creation", 5L),
          RowFactory.create(team, null, 1L),
          RowFactory.create(team, "future-creation", null));
      String allowed = "future-creation, self-fixation, interest-dispersion, status-quo-stagnation";
      // Read in the order of unit, phase, count, NULL first: rows 3, 5, 6, 7, 4, 0, 2, 1 above.
      List<Problem> expected = List.of(
          problem(ProblemCode.UNKNOWN_UNIT, 0, "NULL / phase=future-creation", "unit", "unit", "NULL"),
          problem(ProblemCode.UNIT_NOT_LOWEST, 1, "D1 / phase=future-creation", "unit", "unit", "D1"),
          problem(ProblemCode.UNKNOWN_CATEGORY, 2, team + " / phase=NULL", "phase",
              "field", "phase", "value", "NULL", "allowed", allowed),
          problem(ProblemCode.NOT_AN_INTEGER, 3, team + " / phase=future-creation", "n", "field", "n", "value", "NULL"),
          problem(ProblemCode.NEGATIVE_COUNT, 4, team + " / phase=future-creation", "n", "field", "n", "value", "-1"),
          problem(ProblemCode.UNKNOWN_CATEGORY, 6, team + " / phase=nope", "phase",
              "field", "phase", "value", "nope", "allowed", allowed),
          problem(ProblemCode.UNKNOWN_UNIT, 7, "ZZ / phase=future-creation", "unit", "unit", "ZZ"));
      for (int partitions : new int[] {1, 3}) {
        Outcome<Population> population = SparkReleases.population(
            spark.createDataFrame(counted, COUNTS).repartition(partitions), org, List.of(Dimensions.phase()), "unit",
            List.of("phase"), "n");
        assertEquals(expected, population.problems(), partitions + " partitions");
      }
    }

    private Problem problem(ProblemCode code, long index, String record, String field, String... arguments) {
      com.google.common.collect.ImmutableMap.Builder<String, String> args =
          com.google.common.collect.ImmutableMap.builder();
      for (int a = 0; a < arguments.length; a += 2) {
        args.put(arguments[a], arguments[a + 1]);
      }
      return Problem.of(code, Location.atIndex(index).withRecord(record).withField(field), args.buildOrThrow());
    }
  }

  static Stream<Arguments> programmerErrors() {
    Dimension phase = Dimensions.phase();
    return Stream.of(
        arguments(List.of(phase, Dimensions.generation()), "unit", List.of("phase"), "n", "2 dimensions but 1"),
        arguments(List.of(phase), "team", List.of("phase"), "n", "'team' is not a column"),
        arguments(List.of(phase), "unit", List.of("stage"), "n", "'stage' is not a column"),
        arguments(List.of(phase), "n", List.of("phase"), "n", "'n' is bigint; expected string"),
        arguments(List.of(phase), "unit", List.of("phase"), "phase", "'phase' is string; expected bigint or int"),
        arguments(List.of(phase, phase), "unit", List.of("phase", "unit"), "n", "must be distinct"));
  }

  @Nested
  final class ProgrammerErrors {
    @ParameterizedTest
    @MethodSource("org.careerownership.spark.SparkReleasesTest#programmerErrors")
    void areRefusedWithAMessageNamingThem(List<Dimension> dimensions, String unit, List<String> columns, String count,
        String message) {
      Dataset<Row> counted = spark.createDataFrame(List.of(RowFactory.create("D1-1-1", "self-fixation", 6L)), COUNTS);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SparkReleases.population(counted, org, dimensions, unit, columns, count));
      assertTrue(e.getMessage().contains(message), e.getMessage());
    }
  }
}
