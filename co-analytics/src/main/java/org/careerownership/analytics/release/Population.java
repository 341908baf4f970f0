package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.UnitId;

/**
 * The immutable people a release counts: for each person, the lowest-level unit they belong to and one
 * category of every dimension, held in columns. Thread-safe. Never published: only a {@link Release}
 * built from it leaves the library.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Population.Builder people = Population.builder(org, List.of(generation, phase));
 * Outcome<Long> row = people.add(UnitId.of("D1-1-3"), List.of("late", "future-creation"));
 * // a row with an unknown unit or category is a failed outcome naming the row and field; it is not added
 * Population population = people.build();
 * }</pre>
 *
 * @since 0.1
 */
public final class Population {
  private final OrgStructure org;
  private final ImmutableList<Dimension> dimensions;
  private final int[] units;
  private final int[][] codes;
  /** How many people each row stands for: 1 for people's rows, a count for aggregated rows. */
  private final long[] weights;
  private final ImmutableMap<String, double[]> items;

  private Population(OrgStructure org, ImmutableList<Dimension> dimensions, int[] units, int[][] codes,
      long[] weights, ImmutableMap<String, double[]> items) {
    this.org = org;
    this.dimensions = dimensions;
    this.units = units;
    this.codes = codes;
    this.weights = weights;
    this.items = items;
  }

  /**
   * Returns this population with survey items: {@code values.get(name)[i]} is person {@code i}'s answer,
   * {@code NaN} where they gave none. A release can then show item means by group (see {@link
   * TableSpec#withMeans}). The arrays are copied.
   *
   * @throws IllegalArgumentException if an array's length is not the number of people, a value is
   *     infinite, or the rows are counted rows (they hold no answers)
   */
  public Population withItems(Map<String, double[]> values) {
    requireNonNull(values, "values");
    for (long w : weights) {
      checkArgument(w == 1, "counted rows hold no answers; give the people's rows to add items");
    }
    ImmutableMap.Builder<String, double[]> copy = ImmutableMap.builder();
    copy.putAll(items);
    values.forEach((name, column) -> {
      requireNonNull(name, "item name");
      checkArgument(column.length == units.length, "item '%s' has %s values for %s people", name, column.length,
          units.length);
      for (int i = 0; i < column.length; i++) {
        checkArgument(!Double.isInfinite(column[i]), "item '%s' row %s is %s; answers are finite or NaN (none)",
            name, i, column[i]);
      }
      copy.put(name, column.clone());
    });
    return new Population(org, dimensions, units, codes, weights, copy.buildOrThrow());
  }

  /** Returns the names of the survey items. */
  public ImmutableList<String> itemNames() {
    return items.keySet().asList();
  }

  double answer(String item, int row) {
    double[] column = items.get(item);
    checkArgument(column != null, "no item '%s'; items are %s", item, items.keySet());
    return column[row];
  }

  /**
   * Returns a population from columns: {@code units[i]} is person {@code i}'s unit as an index into
   * {@link OrgStructure#units()} (a unit at the lowest level), {@code codes[d][i]} their category of
   * dimension {@code d} as an index into its categories. The arrays are copied.
   *
   * @throws IllegalArgumentException if the lengths disagree, a unit index is not a lowest-level unit,
   *     or a code is out of range
   */
  public static Population ofColumns(OrgStructure org, List<Dimension> dimensions, int[] units, int[][] codes) {
    long[] ones = new long[requireNonNull(units, "units").length];
    Arrays.fill(ones, 1);
    return ofCounts(org, dimensions, units, codes, ones);
  }

  /**
   * Returns a population from counted rows: row {@code i} stands for {@code counts[i]} people who share
   * unit {@code units[i]} and categories {@code codes[d][i]} — the form in which a distributed engine
   * (Spark, Flink, Beam) returns the people's rows to the driver after a group-by (co-spark's
   * {@code SparkReleases.population} reads a {@code GROUP BY ... count(*)}). The same people give the
   * same release either way.
   *
   * @throws IllegalArgumentException as {@link #ofColumns}, or if the counts' length differs or a count
   *     is negative
   */
  public static Population ofCounts(
      OrgStructure org, List<Dimension> dimensions, int[] units, int[][] codes, long[] counts) {
    requireNonNull(org, "org");
    requireNonNull(counts, "counts");
    ImmutableList<Dimension> dims = checkedDimensions(dimensions);
    requireNonNull(units, "units");
    requireNonNull(codes, "codes");
    checkArgument(codes.length == dims.size(), "%s code columns for %s dimensions", codes.length, dims.size());
    for (int i = 0; i < units.length; i++) {
      int u = units[i];
      checkArgument(u >= 0 && u < org.size() && org.isLeaf(u),
          "units[%s] (%s) must be the index of a lowest-level unit", i, u);
    }
    int[][] copy = new int[codes.length][];
    for (int d = 0; d < codes.length; d++) {
      copy[d] = codes[d].clone();
      checkArgument(copy[d].length == units.length, "codes[%s] has %s values for %s people", d, copy[d].length,
          units.length);
      int size = dims.get(d).size();
      for (int i = 0; i < copy[d].length; i++) {
        checkArgument(copy[d][i] >= 0 && copy[d][i] < size, "codes[%s][%s] (%s) must be in [0, %s)", d, i,
            copy[d][i], size);
      }
    }
    checkArgument(counts.length == units.length, "%s counts for %s rows", counts.length, units.length);
    for (int i = 0; i < counts.length; i++) {
      checkArgument(counts[i] >= 0, "counts[%s] (%s) must be >= 0", i, counts[i]);
    }
    return new Population(org, dims, units.clone(), copy, counts.clone(), ImmutableMap.of());
  }

  private static ImmutableList<Dimension> checkedDimensions(List<Dimension> dimensions) {
    ImmutableList<Dimension> dims = ImmutableList.copyOf(requireNonNull(dimensions, "dimensions"));
    checkArgument(dims.stream().map(Dimension::id).distinct().count() == dims.size(),
        "dimension ids must be distinct: %s", dims.stream().map(Dimension::id).toList());
    return dims;
  }

  /** Returns a builder that adds people one row at a time, checking each. */
  public static Builder builder(OrgStructure org, List<Dimension> dimensions) {
    return new Builder(requireNonNull(org, "org"), checkedDimensions(dimensions));
  }

  /** Returns the organisation. */
  public OrgStructure org() {
    return org;
  }

  /** Returns the dimensions, in column order. */
  public ImmutableList<Dimension> dimensions() {
    return dimensions;
  }

  /** Returns the number of rows (people, or counted rows). */
  public int size() {
    return units.length;
  }

  /** Returns the number of people the rows stand for. */
  public long people() {
    long n = 0;
    for (long w : weights) {
      n += w;
    }
    return n;
  }

  long weight(int row) {
    return weights[row];
  }

  /** Returns the position of dimension {@code id}, or -1. */
  public int dimensionIndex(String id) {
    for (int d = 0; d < dimensions.size(); d++) {
      if (dimensions.get(d).id().equals(id)) {
        return d;
      }
    }
    return -1;
  }

  int unit(int person) {
    return units[person];
  }

  int code(int dimension, int person) {
    return codes[dimension][person];
  }

  @Override
  public String toString() {
    return "Population{" + people() + " people, dimensions "
        + dimensions.stream().map(Dimension::id).collect(Collectors.joining(", ")) + "}";
  }

  /**
   * Adds people one row at a time; not thread-safe. A row that names an unknown unit, a unit with units
   * under it, or a value that is not a category is refused with a failed outcome naming the row and the
   * field, and is not added; nothing is defaulted.
   *
   * <h2>Example</h2>
   *
   * <pre>{@code
   * Population.Builder people = Population.builder(org, List.of(phase));
   * people.add(UnitId.of("T1"), List.of("future-creation")); // Ok(0): row 0
   * }</pre>
   */
  public static final class Builder {
    private final OrgStructure org;
    private final ImmutableList<Dimension> dimensions;
    private int[] units = new int[16];
    private int[][] codes;
    private long rows;
    private int size;

    private Builder(OrgStructure org, ImmutableList<Dimension> dimensions) {
      this.org = org;
      this.dimensions = dimensions;
      this.codes = new int[dimensions.size()][16];
    }

    /**
     * Adds one person: their unit and one category id per dimension, in dimension order. Returns the
     * person's position in the population, or the problems, located at this row (counting every row
     * given, added or not) and the field.
     */
    public Outcome<Long> add(UnitId unit, List<String> categories) {
      requireNonNull(unit, "unit");
      requireNonNull(categories, "categories");
      Location at = Location.atIndex(rows++);
      List<Problem> problems = new ArrayList<>();
      int u = org.index(unit);
      if (u < 0) {
        problems.add(Problem.of(ProblemCode.UNKNOWN_UNIT, at.withField("unit"), ImmutableMap.of("unit", unit.value())));
      } else if (!org.isLeaf(u)) {
        problems.add(Problem.of(ProblemCode.UNIT_NOT_LOWEST, at.withField("unit"), ImmutableMap.of("unit", unit.value())));
      }
      int[] row = null;
      if (categories.size() != dimensions.size()) {
        problems.add(Problem.of(ProblemCode.WRONG_VALUE_COUNT, at,
            ImmutableMap.of("count", String.valueOf(categories.size()), "expected", String.valueOf(dimensions.size()))));
      } else {
        row = new int[dimensions.size()];
        for (int d = 0; d < dimensions.size(); d++) {
          Dimension dimension = dimensions.get(d);
          String value = requireNonNull(categories.get(d), "categories[" + d + "]");
          row[d] = dimension.indexOf(value);
          if (row[d] < 0) {
            problems.add(Problem.of(ProblemCode.UNKNOWN_CATEGORY, at.withField(dimension.id()), ImmutableMap.of(
                "field", dimension.id(), "value", value,
                "allowed", dimension.categories().stream().map(Category::id).collect(Collectors.joining(", ")))));
          }
        }
      }
      if (!problems.isEmpty() || row == null) {
        return Outcome.failed(problems);
      }
      if (size == units.length) {
        units = Arrays.copyOf(units, size * 2);
        for (int d = 0; d < codes.length; d++) {
          codes[d] = Arrays.copyOf(codes[d], size * 2);
        }
      }
      units[size] = u;
      for (int d = 0; d < codes.length; d++) {
        codes[d][size] = row[d];
      }
      return Outcome.ok((long) size++);
    }

    /** Returns the population of the rows added so far. */
    public Population build() {
      int[][] trimmed = new int[codes.length][];
      for (int d = 0; d < codes.length; d++) {
        trimmed[d] = Arrays.copyOf(codes[d], size);
      }
      long[] ones = new long[size];
      Arrays.fill(ones, 1);
      return new Population(org, dimensions, Arrays.copyOf(units, size), trimmed, ones, ImmutableMap.of());
    }
  }
}
