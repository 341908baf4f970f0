package org.careerownership.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.careerownership.analytics.release.Category;
import org.careerownership.analytics.release.Dimension;
import org.careerownership.analytics.release.Population;
import org.careerownership.analytics.release.Releases;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.org.OrgStructure;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows Spark counted into a {@link Population} on the driver, so that a release is built there,
 * once, from exact counts — equal to the release of the same people's rows on one machine. Stateless and
 * thread-safe. Spark never protects anything: the executors count
 * people exactly (an ordinary {@code GROUP BY} with {@code count(*)} — exact, and merged across
 * partitions by Spark), the counted rows — one per unit and combination of categories, not one per
 * person — are collected to the driver, and {@link Releases#build} protects everything published
 * together, once.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * CoSpark.register(spark);
 * Dataset<Row> counted = spark.sql("""
 *     SELECT org_unit, lower(replace(s.phase, '_', '-')) AS phase,
 *            lower(replace(co_segment(s.phase, s.reach, s.growth, s.pathway, used), '_', '-')) AS layer,
 *            count(*) AS people
 *     FROM scored WHERE s.phase IS NOT NULL
 *     GROUP BY 1, 2, 3""");
 * Outcome<Population> population = SparkReleases.population(counted, org,
 *     List.of(Dimensions.phase(), Dimensions.immobileLayer()), "org_unit", List.of("phase", "layer"), "people");
 * population.problems().forEach(p -> System.err.println(p.text(Language.EN)));
 * Release release = Releases.build(population.orElseThrow(), plan);   // on the driver, once
 * }</pre>
 *
 * <p>The standard dimensions' category ids ({@link org.careerownership.analytics.release.Dimensions}) are
 * the enum names of {@code co_score}'s phase and {@code co_segment}'s group in lower case with hyphens,
 * hence {@code lower(replace(…, '_', '-'))}; {@code co_segment}'s {@code MOBILE} becomes {@code mobile}.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Each counted row stands for {@code count} people of its unit (a unit of the organisation at the
 *       lowest level) and categories (one category id per dimension). Rows with the same unit and
 *       categories add up, so counts of several jobs or waves may be unioned.
 *   <li>The rows are read in the order of their unit, then their dimension columns, then their count
 *       (SQL {@code NULL} first), whatever order Spark returns them in; a problem's location is the
 *       row's position in that order, its record the row's unit and categories, and its field the
 *       column.
 *   <li>A row whose unit is not a unit of the organisation or {@code NULL} ({@code
 *       release.unknown-unit}), a unit with units under it ({@code release.unit-not-lowest}), a value
 *       that is not a category of its dimension or {@code NULL} ({@code input.unknown-category}), a
 *       negative count ({@code input.negative-count}) or a {@code NULL} count ({@code
 *       input.not-an-integer}) is reported; nothing is dropped or defaulted: any problem fails the
 *       whole population, with every problem of every row.
 * </ul>
 *
 * <h2>Performance</h2>
 *
 * <p>The counted rows are collected to the driver: at most one per lowest unit and combination of
 * categories that occurs (a few thousand for 50 teams and three dimensions), however many people they
 * count. The grouping itself runs on the executors.
 *
 * @since 0.1
 */
public final class SparkReleases {
  private static final String NULL = "NULL";
  private static final Comparator<@Nullable String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

  private SparkReleases() {}

  /**
   * Returns the population that {@code countedRows} count, or every problem of every row.
   *
   * @param countedRows rows of a unit, one category per dimension and a count; never null
   * @param org the organisation the units belong to; never null
   * @param dimensions the population's dimensions, in the order of {@code dimensionColumns}; never null
   * @param unitColumn the column of unit ids (a string column); never null
   * @param dimensionColumns the column of each dimension's category ids (string columns); never null
   * @param countColumn the column of counts (an integral column, such as {@code count(*)}'s); never null
   * @return the population, or the problems located at their rows and columns
   * @throws IllegalArgumentException if the numbers of dimensions and dimension columns differ, a
   *     column is missing or of another type, or the dimensions' ids repeat
   */
  public static Outcome<Population> population(Dataset<Row> countedRows, OrgStructure org,
      List<Dimension> dimensions, String unitColumn, List<String> dimensionColumns, String countColumn) {
    requireNonNull(countedRows, "countedRows");
    requireNonNull(org, "org");
    ImmutableList<Dimension> dims = ImmutableList.copyOf(requireNonNull(dimensions, "dimensions"));
    requireNonNull(unitColumn, "unitColumn");
    ImmutableList<String> columns = ImmutableList.copyOf(requireNonNull(dimensionColumns, "dimensionColumns"));
    requireNonNull(countColumn, "countColumn");
    checkArgument(dims.size() == columns.size(), "%s dimensions but %s dimension columns %s", dims.size(),
        columns.size(), columns);
    checkArgument(dims.stream().map(Dimension::id).distinct().count() == dims.size(),
        "dimension ids must be distinct: %s", dims.stream().map(Dimension::id).toList());
    StructType schema = countedRows.schema();
    int unitAt = field(schema, unitColumn, "unit", DataTypes.StringType);
    int[] dimensionAt = new int[columns.size()];
    for (int d = 0; d < columns.size(); d++) {
      dimensionAt[d] = field(schema, columns.get(d), "dimension '" + dims.get(d).id() + "'", DataTypes.StringType);
    }
    int countAt = field(schema, countColumn, "count", DataTypes.LongType, DataTypes.IntegerType,
        DataTypes.ShortType, DataTypes.ByteType);

    List<Row> rows = new ArrayList<>(countedRows.collectAsList());
    Comparator<Row> order = Comparator.comparing((Row r) -> text(r, unitAt), NULLS_FIRST);
    for (int at : dimensionAt) {
      order = order.thenComparing(r -> text(r, at), NULLS_FIRST);
    }
    rows.sort(order.thenComparing(r -> r.isNullAt(countAt) ? null : ((Number) r.get(countAt)).longValue(),
        Comparator.nullsFirst(Comparator.<Long>naturalOrder())));

    Map<String, Integer> unitIndex = new HashMap<>();
    for (int u = 0; u < org.size(); u++) {
      unitIndex.put(org.units().get(u).id().value(), u);
    }
    int n = rows.size();
    int[] units = new int[n];
    int[][] codes = new int[dims.size()][n];
    long[] counts = new long[n];
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      Location at = Location.atIndex(i).withRecord(describe(row, unitAt, columns, dimensionAt));
      String unitValue = text(row, unitAt);
      String unit = unitValue == null ? NULL : unitValue;
      Integer u = unitValue == null ? null : unitIndex.get(unitValue);
      if (u == null) {
        problems.add(Problem.of(ProblemCode.UNKNOWN_UNIT, at.withField(unitColumn), ImmutableMap.of("unit", unit)));
      } else if (!org.isLeaf(u)) {
        problems.add(Problem.of(ProblemCode.UNIT_NOT_LOWEST, at.withField(unitColumn), ImmutableMap.of("unit", unit)));
      } else {
        units[i] = u;
      }
      for (int d = 0; d < dims.size(); d++) {
        Dimension dimension = dims.get(d);
        String value = text(row, dimensionAt[d]);
        int code = value == null ? -1 : dimension.indexOf(value);
        if (code < 0) {
          problems.add(Problem.of(ProblemCode.UNKNOWN_CATEGORY, at.withField(columns.get(d)), ImmutableMap.of(
              "field", columns.get(d), "value", value == null ? NULL : value,
              "allowed", dimension.categories().stream().map(Category::id).collect(Collectors.joining(", ")))));
        } else {
          codes[d][i] = code;
        }
      }
      if (row.isNullAt(countAt)) {
        problems.add(Problem.of(ProblemCode.NOT_AN_INTEGER, at.withField(countColumn),
            ImmutableMap.of("field", countColumn, "value", NULL)));
      } else {
        long count = ((Number) row.get(countAt)).longValue();
        if (count < 0) {
          problems.add(Problem.of(ProblemCode.NEGATIVE_COUNT, at.withField(countColumn),
              ImmutableMap.of("field", countColumn, "value", String.valueOf(count))));
        } else {
          counts[i] = count;
        }
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.failed(problems);
    }
    return Outcome.ok(Population.ofCounts(org, dims, units, codes, counts));
  }

  /** Returns the position of column {@code name}, checking that its type is one of {@code types}. */
  private static int field(StructType schema, String name, String role, DataType... types) {
    int at = Arrays.asList(schema.fieldNames()).indexOf(name);
    checkArgument(at >= 0, "the %s column '%s' is not a column of the counted rows %s", role, name,
        Arrays.toString(schema.fieldNames()));
    StructField field = schema.fields()[at];
    checkArgument(Arrays.asList(types).contains(field.dataType()), "the %s column '%s' is %s; expected %s", role,
        name, field.dataType().simpleString(),
        Arrays.stream(types).map(DataType::simpleString).collect(Collectors.joining(" or ")));
    return at;
  }

  private static @Nullable String text(Row row, int at) {
    return row.isNullAt(at) ? null : row.getString(at);
  }

  /** Returns the row's unit and categories, as {@code "T1 / phase=future-creation"}. */
  private static String describe(Row row, int unitAt, List<String> columns, int[] dimensionAt) {
    String unit = text(row, unitAt);
    StringBuilder s = new StringBuilder(unit == null ? NULL : unit);
    for (int d = 0; d < columns.size(); d++) {
      String value = text(row, dimensionAt[d]);
      s.append(" / ").append(columns.get(d)).append('=').append(value == null ? NULL : value);
    }
    return s.toString();
  }
}
