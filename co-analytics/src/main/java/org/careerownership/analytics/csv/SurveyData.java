package org.careerownership.analytics.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.careerownership.core.Problem;

/**
 * The columns of a survey file read whole: one numeric column per item ({@code NaN} where missing or
 * invalid), the file's other columns as text, the number of data rows, and every problem found, each
 * with its row and column. Immutable; column arrays are copied out.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * SurveyData data = SurveyCsv.reader().withLikertRange(LikertRange.of(1, 5)).read(Path.of("export.csv"));
 * double[] q1 = data.column("Q1");  // NaN where missing
 * data.problems().forEach(p -> System.out.println(p.text(Language.EN)));
 * }</pre>
 *
 * @since 0.1
 */
public final class SurveyData {
  private final ImmutableList<String> items;
  private final ImmutableMap<String, double[]> columns;
  private final ImmutableMap<String, ImmutableList<String>> text;
  private final long rows;
  private final ImmutableList<Problem> problems;
  private final long problemsNotListed;

  SurveyData(List<String> items, Map<String, double[]> columns, Map<String, ImmutableList<String>> text,
      long rows, List<Problem> problems, long problemsNotListed) {
    this.items = ImmutableList.copyOf(items);
    this.columns = ImmutableMap.copyOf(columns);
    this.text = ImmutableMap.copyOf(text);
    this.rows = rows;
    this.problems = ImmutableList.copyOf(problems);
    this.problemsNotListed = problemsNotListed;
  }

  /** Returns the item names, in the reader's order. */
  public ImmutableList<String> items() {
    return items;
  }

  /**
   * Returns a copy of the values of {@code item}, one per data row.
   *
   * @throws IllegalArgumentException if {@code item} is not one of {@link #items()}
   */
  public double[] column(String item) {
    double[] column = columns.get(requireNonNull(item, "item"));
    if (column == null) {
      throw new IllegalArgumentException("no item '" + item + "'; items are " + items);
    }
    return column.clone();
  }

  /** Returns the item columns as an array, in {@link #items()} order (copies). */
  public double[][] columns() {
    return items.stream().map(this::column).toArray(double[][]::new);
  }

  /**
   * Returns the text of the non-item column {@code name}, one entry per data row.
   *
   * @throws IllegalArgumentException if the file has no such column
   */
  public ImmutableList<String> text(String name) {
    ImmutableList<String> column = text.get(requireNonNull(name, "name"));
    if (column == null) {
      throw new IllegalArgumentException("no text column '" + name + "'; text columns are " + text.keySet());
    }
    return column;
  }

  /** Returns the number of data rows. */
  public long rows() {
    return rows;
  }

  /** Returns the problems found, in file order (at most the reader's limit). */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** Returns how many further problems were found beyond the reader's limit. */
  public long problemsNotListed() {
    return problemsNotListed;
  }

  @Override
  public String toString() {
    return "SurveyData{rows=" + rows + ", items=" + items + ", textColumns=" + text.keySet()
        + ", problems=" + (problems.size() + problemsNotListed) + "}";
  }
}
