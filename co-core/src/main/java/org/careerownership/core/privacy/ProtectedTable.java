package org.careerownership.core.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable table of counts by row (e.g. org unit or generation) and column (e.g. immobile group),
 * protected by an {@link AnonymityPolicy}: every shown count is zero or at least the minimum group size,
 * and no suppressed count can be recovered from the shown counts of its row, its column, the row totals
 * or the grand total. Built by {@link AnonymityPolicy#protect}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ProtectedTable table = AnonymityPolicy.standard()
 *     .protect(List.of("U1", "U2"), List.of("yes", "no"), new long[][] {{12, 8}, {3, 1}});
 * table.rowTotals().get(1).isSuppressed(); // true: U2 has 4 people
 * }</pre>
 *
 * @param rows the row labels, in order
 * @param columns the column labels, in order
 * @param cells the counts, {@code cells.get(r).get(c)} for row {@code r} and column {@code c}
 * @param rowTotals each row's total
 * @param columnTotals each column's total
 * @param total the grand total
 * @param minimumGroupSize the threshold applied
 * @since 0.1
 */
public record ProtectedTable(
    @JsonProperty("rows") List<String> rows,
    @JsonProperty("columns") List<String> columns,
    @JsonProperty("cells") List<List<ProtectedCount>> cells,
    @JsonProperty("rowTotals") List<ProtectedCount> rowTotals,
    @JsonProperty("columnTotals") List<ProtectedCount> columnTotals,
    @JsonProperty("total") ProtectedCount total,
    @JsonProperty("minimumGroupSize") int minimumGroupSize) {

  /**
   * Creates a table.
   *
   * @throws IllegalArgumentException if the dimensions disagree
   */
  @JsonCreator
  public ProtectedTable {
    rows = ImmutableList.copyOf(requireNonNull(rows, "rows"));
    columns = ImmutableList.copyOf(requireNonNull(columns, "columns"));
    cells = requireNonNull(cells, "cells").stream()
        .map(ImmutableList::copyOf)
        .collect(ImmutableList.toImmutableList());
    rowTotals = ImmutableList.copyOf(requireNonNull(rowTotals, "rowTotals"));
    columnTotals = ImmutableList.copyOf(requireNonNull(columnTotals, "columnTotals"));
    requireNonNull(total, "total");
    checkArgument(cells.size() == rows.size() && rowTotals.size() == rows.size(),
        "a table of %s rows needs as many cell rows and row totals", rows.size());
    for (List<ProtectedCount> row : cells) {
      checkArgument(row.size() == columns.size(), "every row needs %s cells", columns.size());
    }
    checkArgument(columnTotals.size() == columns.size(), "a table of %s columns needs as many totals",
        columns.size());
    checkArgument(minimumGroupSize >= 1, "minimumGroupSize (%s) must be >= 1", minimumGroupSize);
  }

  /** Returns the cell at row {@code row} and column {@code column}. */
  public ProtectedCount cell(int row, int column) {
    return cells.get(row).get(column);
  }

  /**
   * Returns the share of row {@code row} in column {@code column}, when both the cell and the row total
   * are shown and the total is positive; in [0, 1].
   */
  public Optional<Double> share(int row, int column) {
    Optional<Long> count = cell(row, column).count();
    Optional<Long> rowTotal = rowTotals.get(row).count();
    if (count.isEmpty() || rowTotal.isEmpty() || rowTotal.get() == 0) {
      return Optional.empty();
    }
    return Optional.of((double) count.get() / rowTotal.get());
  }

  /** Returns how many cells are suppressed. */
  public long suppressedCells() {
    return cells.stream().flatMap(List::stream).filter(ProtectedCount::isSuppressed).count();
  }

  /** Returns how many rows are suppressed whole (their total is below the threshold or hidden). */
  public long suppressedRows() {
    return rowTotals.stream().filter(ProtectedCount::isSuppressed).count();
  }
}
