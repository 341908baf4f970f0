package org.careerownership.analytics.crosstab;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * An immutable table of counts by row category and column category. It holds the raw counts for
 * analysis of the caller's own data; group-level counts are published only through a {@link
 * org.careerownership.analytics.release.Release}.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * CrossTab t = CrossTab.tabulate(education, gender); // NaN rows are left out, as R's table()
 * }</pre>
 *
 * @param rows the row categories, in order
 * @param columns the column categories, in order
 * @param counts {@code counts.get(r).get(c)}; never negative
 * @since 0.1
 */
public record CrossTab(
    @JsonProperty("rows") List<String> rows,
    @JsonProperty("columns") List<String> columns,
    @JsonProperty("counts") List<List<Long>> counts) {

  /**
   * Creates a table.
   *
   * @throws IllegalArgumentException if the dimensions disagree or a count is negative
   */
  @JsonCreator
  public CrossTab {
    rows = ImmutableList.copyOf(requireNonNull(rows, "rows"));
    columns = ImmutableList.copyOf(requireNonNull(columns, "columns"));
    counts = requireNonNull(counts, "counts").stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
    checkArgument(counts.size() == rows.size(), "%s rows of counts for %s row categories", counts.size(), rows.size());
    for (List<Long> row : counts) {
      checkArgument(row.size() == columns.size(), "every row needs %s counts", columns.size());
      row.forEach(c -> checkArgument(c >= 0, "count (%s) must be >= 0", c));
    }
  }

  /**
   * Returns the table of counts {@code counts[r][c]}.
   *
   * @throws IllegalArgumentException if the dimensions disagree or a count is negative
   */
  public static CrossTab of(List<String> rows, List<String> columns, long[][] counts) {
    List<List<Long>> list = new ArrayList<>();
    for (long[] row : counts) {
      List<Long> r = new ArrayList<>();
      for (long c : row) {
        r.add(c);
      }
      list.add(r);
    }
    return new CrossTab(rows, columns, list);
  }

  /**
   * Returns the table of the pairs {@code (rowValues[i], columnValues[i])}; pairs with a {@code NaN}
   * are left out (as R's {@code table()}). Categories are the distinct values, ascending, labelled as
   * integers where integral.
   *
   * @throws IllegalArgumentException if the arrays differ in length or hold an infinite value
   */
  public static CrossTab tabulate(double[] rowValues, double[] columnValues) {
    requireNonNull(rowValues, "rowValues");
    requireNonNull(columnValues, "columnValues");
    checkArgument(rowValues.length == columnValues.length, "%s row values but %s column values",
        rowValues.length, columnValues.length);
    TreeSet<Double> rowLevels = new TreeSet<>();
    TreeSet<Double> columnLevels = new TreeSet<>();
    for (int i = 0; i < rowValues.length; i++) {
      checkArgument(!Double.isInfinite(rowValues[i]) && !Double.isInfinite(columnValues[i]),
          "value %s is infinite", i);
      if (!Double.isNaN(rowValues[i]) && !Double.isNaN(columnValues[i])) {
        rowLevels.add(rowValues[i]);
        columnLevels.add(columnValues[i]);
      }
    }
    List<Double> r = new ArrayList<>(rowLevels);
    List<Double> c = new ArrayList<>(columnLevels);
    long[][] counts = new long[r.size()][c.size()];
    for (int i = 0; i < rowValues.length; i++) {
      if (!Double.isNaN(rowValues[i]) && !Double.isNaN(columnValues[i])) {
        counts[r.indexOf(rowValues[i])][c.indexOf(columnValues[i])]++;
      }
    }
    return of(r.stream().map(CrossTab::label).toList(), c.stream().map(CrossTab::label).toList(), counts);
  }

  /** Returns the count at row {@code r} and column {@code c}. */
  public long count(int r, int c) {
    return counts.get(r).get(c);
  }

  /** Returns the total of all counts. */
  public long total() {
    return counts.stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
  }

  private static String label(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%10s", ""));
    columns.forEach(c -> out.append(String.format(Locale.ROOT, " %8.8s", c)));
    for (int r = 0; r < rows.size(); r++) {
      out.append('\n').append(String.format(Locale.ROOT, "%10.10s", rows.get(r)));
      for (long c : counts.get(r)) {
        out.append(String.format(Locale.ROOT, " %8d", c));
      }
    }
    return out.toString();
  }
}
