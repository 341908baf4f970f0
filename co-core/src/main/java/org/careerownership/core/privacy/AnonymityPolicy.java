package org.careerownership.core.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * The anonymity policy every group-level output obeys: no output describes more than zero but fewer
 * people than {@link #minimumGroupSize()} (default 5), including groups that could be recovered by
 * differencing totals. Immutable and thread-safe.
 *
 * <h2>Algorithm</h2>
 *
 * <p>{@link #protect} suppresses (1) every row whose total is below the threshold, (2) every cell with
 * {@code 0 < count < k}, and then, until nothing changes, (3) for any row, column or the list of row
 * totals with exactly one suppressed entry and a shown total, the smallest shown non-zero sibling — or,
 * where there is none, the total itself. A single suppressed entry in a line with a shown total could be
 * recovered by subtraction; two or more cannot. Zeros are shown: they describe nobody. This is the
 * classic primary-plus-complementary cell suppression heuristic; it is safe against differencing within
 * one table, not against linking several tables of overlapping groups.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * AnonymityPolicy policy = AnonymityPolicy.standard(); // groups under 5 people are suppressed
 * policy.allows(4); // false
 * }</pre>
 *
 * @param minimumGroupSize the smallest group that may be described; at least 1 (1 disables suppression)
 * @since 0.1
 */
public record AnonymityPolicy(@JsonProperty("minimumGroupSize") int minimumGroupSize) {

  /** The default minimum group size. */
  public static final int DEFAULT_MINIMUM_GROUP_SIZE = 5;

  private static final AnonymityPolicy STANDARD = new AnonymityPolicy(DEFAULT_MINIMUM_GROUP_SIZE);

  /**
   * Creates a policy.
   *
   * @throws IllegalArgumentException if {@code minimumGroupSize < 1}
   */
  @JsonCreator
  public AnonymityPolicy {
    checkArgument(minimumGroupSize >= 1, "minimumGroupSize (%s) must be >= 1", minimumGroupSize);
  }

  /** Returns the default policy: groups of at least 5. */
  public static AnonymityPolicy standard() {
    return STANDARD;
  }

  /**
   * Returns a policy with minimum group size {@code minimumGroupSize}.
   *
   * @throws IllegalArgumentException if {@code minimumGroupSize < 1}
   */
  public static AnonymityPolicy minimumGroupSize(int minimumGroupSize) {
    return new AnonymityPolicy(minimumGroupSize);
  }

  /** Returns whether a group of {@code size} people may be described. */
  public boolean allows(long size) {
    return size == 0 || size >= minimumGroupSize;
  }

  /**
   * Returns the counts protected by this policy.
   *
   * @param rows row labels
   * @param columns column labels
   * @param counts {@code counts[r][c]}: non-negative, one row per label, one column per label
   * @throws IllegalArgumentException if the dimensions disagree or a count is negative
   */
  public ProtectedTable protect(List<String> rows, List<String> columns, long[][] counts) {
    requireNonNull(rows, "rows");
    requireNonNull(columns, "columns");
    requireNonNull(counts, "counts");
    checkArgument(counts.length == rows.size(), "counts has %s rows, labels %s", counts.length, rows.size());
    int r = rows.size();
    int c = columns.size();
    long[] rowTotals = new long[r];
    long[] columnTotals = new long[c];
    long total = 0;
    for (int i = 0; i < r; i++) {
      checkArgument(counts[i].length == c, "counts row %s has %s columns, labels %s", i, counts[i].length, c);
      for (int j = 0; j < c; j++) {
        checkArgument(counts[i][j] >= 0, "counts[%s][%s] (%s) must be >= 0", i, j, counts[i][j]);
        rowTotals[i] += counts[i][j];
        columnTotals[j] += counts[i][j];
      }
      total += rowTotals[i];
    }
    Suppression[][] cell = new Suppression[r][c];
    Suppression[] rowTotal = new Suppression[r];
    Suppression[] columnTotal = new Suppression[c];
    Suppression[] grandTotal = new Suppression[1];
    for (int i = 0; i < r; i++) {
      if (!allows(rowTotals[i])) {
        rowTotal[i] = Suppression.BELOW_THRESHOLD;
        for (int j = 0; j < c; j++) {
          cell[i][j] = counts[i][j] > 0 ? Suppression.BELOW_THRESHOLD : null;
        }
      } else {
        for (int j = 0; j < c; j++) {
          if (!allows(counts[i][j])) {
            cell[i][j] = Suppression.BELOW_THRESHOLD;
          }
        }
      }
    }
    for (int j = 0; j < c; j++) {
      if (!allows(columnTotals[j])) {
        columnTotal[j] = Suppression.BELOW_THRESHOLD;
      }
    }
    if (!allows(total)) {
      grandTotal[0] = Suppression.BELOW_THRESHOLD;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < r; i++) {
        Line line = new Line();
        for (int j = 0; j < c; j++) {
          line.add(counts[i][j], cell[i], j);
        }
        changed |= line.complement(rowTotal, i);
      }
      for (int j = 0; j < c; j++) {
        Line line = new Line();
        for (int i = 0; i < r; i++) {
          line.add(counts[i][j], cell[i], j);
        }
        changed |= line.complement(columnTotal, j);
      }
      Line totals = new Line();
      for (int i = 0; i < r; i++) {
        totals.add(rowTotals[i], rowTotal, i);
      }
      changed |= totals.complement(grandTotal, 0);
      for (int i = 0; i < r; i++) {
        if (rowTotal[i] != null) {
          for (int j = 0; j < c; j++) {
            if (counts[i][j] > 0 && cell[i][j] == null) {
              cell[i][j] = Suppression.COMPLEMENTARY;
              changed = true;
            }
          }
        }
      }
    }
    List<String> labels = List.copyOf(rows);
    List<List<ProtectedCount>> cellsOut = new ArrayList<>();
    List<ProtectedCount> rowsOut = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      List<ProtectedCount> row = new ArrayList<>();
      for (int j = 0; j < c; j++) {
        row.add(protectedCount(counts[i][j], cell[i][j]));
      }
      cellsOut.add(row);
      rowsOut.add(protectedCount(rowTotals[i], rowTotal[i]));
    }
    List<ProtectedCount> columnsOut = new ArrayList<>();
    for (int j = 0; j < c; j++) {
      columnsOut.add(protectedCount(columnTotals[j], columnTotal[j]));
    }
    return new ProtectedTable(
        labels, columns, cellsOut, rowsOut, columnsOut, protectedCount(total, grandTotal[0]), minimumGroupSize);
  }

  private static ProtectedCount protectedCount(long count, Suppression why) {
    return why == null ? ProtectedCount.shown(count) : ProtectedCount.suppressed(why);
  }

  /** One line of a table — a row, a column or the row totals — whose entries live in arrays. */
  private static final class Line {
    private final List<long[]> values = new ArrayList<>();
    private final List<Suppression[]> marks = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();

    void add(long value, Suppression[] mark, int position) {
      values.add(new long[] {value});
      marks.add(mark);
      positions.add(position);
    }

    /**
     * Suppresses one more entry, or the line's total, when exactly one entry is suppressed and the
     * total is shown; returns whether anything changed.
     */
    boolean complement(Suppression[] totalMark, int totalPosition) {
      if (totalMark[totalPosition] != null) {
        return false;
      }
      int suppressed = 0;
      int smallest = -1;
      for (int k = 0; k < values.size(); k++) {
        boolean hidden = marks.get(k)[positions.get(k)] != null;
        if (hidden) {
          suppressed++;
        } else if (values.get(k)[0] > 0 && (smallest < 0 || values.get(k)[0] < values.get(smallest)[0])) {
          smallest = k;
        }
      }
      if (suppressed != 1) {
        return false;
      }
      if (smallest >= 0) {
        marks.get(smallest)[positions.get(smallest)] = Suppression.COMPLEMENTARY;
      } else {
        totalMark[totalPosition] = Suppression.COMPLEMENTARY;
      }
      return true;
    }
  }
}
