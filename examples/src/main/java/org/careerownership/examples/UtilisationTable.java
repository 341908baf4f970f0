package org.careerownership.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.org.UnitId;

/**
 * The guide's figure "年代別の人材体現度 (H / M / L) × 人材活用基盤スコア": the mean utilisation score by
 * age band (20s … 60s) and embodiment level, read from the report's release — a cell's count and mean
 * appear only where the release shows them.
 *
 * <pre>{@code
 * UtilisationTable table = UtilisationTable.from(report);
 * table.cells().get(1).get(0).mean(); // 30s, level H, when shown
 * }</pre>
 *
 * @param ageBands the row labels: "20s", "30s", "40s", "50s", "60s"
 * @param levels the column labels: H, M, L
 * @param cells one row per age band, one cell per level
 */
public record UtilisationTable(List<String> ageBands, List<String> levels, List<List<Cell>> cells) {

  /** Creates a table. */
  public UtilisationTable {
    ageBands = ImmutableList.copyOf(requireNonNull(ageBands, "ageBands"));
    levels = ImmutableList.copyOf(requireNonNull(levels, "levels"));
    cells = cells.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  /**
   * One cell.
   *
   * @param people how many people it has, when the release shows it
   * @param mean their mean utilisation score, when the release shows it
   */
  public record Cell(Optional<Long> people, Optional<Double> mean) {
    /** Creates a cell. */
    public Cell {
      requireNonNull(people, "people");
      requireNonNull(mean, "mean");
    }
  }

  /** Returns the table of the release's {@value ReportRelease#UTILISATION} table. */
  static UtilisationTable from(ReportRelease report) {
    UnitId root = report.root();
    ImmutableList.Builder<List<Cell>> rows = ImmutableList.builder();
    for (String band : ReportRelease.AGE_BANDS) {
      ImmutableList.Builder<Cell> row = ImmutableList.builder();
      for (String level : ResponseTable.EMBODIMENT_LEVELS) {
        Map<String, String> cut = Map.of(ReportRelease.AGE_BAND, band, ReportRelease.EMBODIMENT, level);
        row.add(new Cell(report.release().count(root, cut),
            report.release().mean(root, cut, ReportRelease.UTILISATION_SCORE)));
      }
      rows.add(row.build());
    }
    return new UtilisationTable(ReportRelease.AGE_BANDS, ResponseTable.EMBODIMENT_LEVELS, rows.build());
  }

  /** Returns the mean of the cell at {@code band} and {@code level}, when shown. */
  public Optional<Double> mean(String band, String level) {
    return cells.get(ageBands.indexOf(band)).get(levels.indexOf(level)).mean();
  }
}
