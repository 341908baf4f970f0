package org.careerownership.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedCount;
import org.careerownership.core.privacy.Suppression;

/**
 * The guide's figure "年代別の人材体現度 (H / M / L) × 人材活用基盤スコア": the mean utilisation score by
 * age band (20s … 60s) and embodiment level, each cell shown only when it has at least the anonymity
 * threshold of people.
 *
 * <pre>{@code
 * UtilisationTable table = UtilisationTable.of(ages, levels, scores, AnonymityPolicy.standard());
 * table.cells().get(1).get(0).mean(); // 30s, level H
 * }</pre>
 *
 * @param ageBands the row labels: "20s", "30s", "40s", "50s", "60s"
 * @param levels the column labels: H, M, L
 * @param cells one row per age band, one cell per level
 */
public record UtilisationTable(List<String> ageBands, List<String> levels, List<List<Cell>> cells) {
  private static final ImmutableList<String> BANDS = ImmutableList.of("20s", "30s", "40s", "50s", "60s");

  /** Creates a table. */
  public UtilisationTable {
    ageBands = ImmutableList.copyOf(requireNonNull(ageBands, "ageBands"));
    levels = ImmutableList.copyOf(requireNonNull(levels, "levels"));
    cells = cells.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  /**
   * One cell.
   *
   * @param people how many people it has, or suppressed
   * @param mean their mean utilisation score, when shown
   */
  public record Cell(ProtectedCount people, Optional<Double> mean) {
    /** Creates a cell. */
    public Cell {
      requireNonNull(people, "people");
      requireNonNull(mean, "mean");
    }
  }

  /**
   * Returns the table of people with ages {@code ages}, levels {@code levels} (H/M/L) and scores, in
   * parallel; ages outside 20–69 are left out of the bands.
   */
  public static UtilisationTable of(
      List<Integer> ages, List<String> levels, List<Integer> scores, AnonymityPolicy policy) {
    List<String> columns = ResponseTable.EMBODIMENT_LEVELS;
    long[][] counts = new long[BANDS.size()][columns.size()];
    double[][] sums = new double[BANDS.size()][columns.size()];
    for (int i = 0; i < ages.size(); i++) {
      int band = ages.get(i) / 10 - 2;
      int level = columns.indexOf(levels.get(i));
      if (band >= 0 && band < BANDS.size() && level >= 0) {
        counts[band][level]++;
        sums[band][level] += scores.get(i);
      }
    }
    ImmutableList.Builder<List<Cell>> rows = ImmutableList.builder();
    for (int b = 0; b < BANDS.size(); b++) {
      ImmutableList.Builder<Cell> row = ImmutableList.builder();
      for (int l = 0; l < columns.size(); l++) {
        row.add(policy.allows(counts[b][l])
            ? new Cell(ProtectedCount.shown(counts[b][l]), Optional.of(sums[b][l] / counts[b][l]))
            : new Cell(ProtectedCount.suppressed(Suppression.BELOW_THRESHOLD), Optional.empty()));
      }
      rows.add(row.build());
    }
    return new UtilisationTable(BANDS, columns, rows.build());
  }

  /** Returns the mean of the cell at {@code band} and {@code level}, when shown. */
  public Optional<Double> mean(String band, String level) {
    return cells.get(ageBands.indexOf(band)).get(levels.indexOf(level)).mean();
  }
}
