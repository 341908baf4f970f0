package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.careerownership.analytics.internal.ParallelRanges;
import org.careerownership.core.instrument.LikertRange;

/** Validated Likert-coded columns as zero-based code indexes, −1 for missing. */
final class LikertColumns {
  private static final int BLOCK_ROWS = 2048;

  private final int[][] indexes;
  private final int min;
  private final int points;
  private final int rows;
  private final boolean anyMissing;

  private LikertColumns(int[][] indexes, int min, int points, int rows, boolean anyMissing) {
    this.indexes = indexes;
    this.min = min;
    this.points = points;
    this.rows = rows;
    this.anyMissing = anyMissing;
  }

  /**
   * Validates {@code codes} against {@code range}.
   *
   * @throws IllegalArgumentException naming the column and row of a code neither in range nor missing
   */
  static LikertColumns of(List<String> names, int[][] codes, int rows, LikertRange range, int missingCode) {
    requireNonNull(range, "range");
    checkArgument(!range.contains(missingCode), "the missing code %s lies inside %s", missingCode, range);
    int[][] indexes = new int[codes.length][];
    boolean anyMissing = false;
    for (int a = 0; a < codes.length; a++) {
      int[] column = codes[a];
      int[] index = new int[rows];
      for (int i = 0; i < rows; i++) {
        int v = column[i];
        if (v == missingCode) {
          index[i] = -1;
          anyMissing = true;
        } else {
          if (!range.contains(v)) {
            throw new IllegalArgumentException(String.format(
                "column '%s', row %s: code %s is neither in %s nor the missing code %s",
                names.get(a), i, v, range, missingCode));
          }
          index[i] = v - range.min();
        }
      }
      indexes[a] = index;
    }
    return new LikertColumns(indexes, range.min(), range.points(), rows, anyMissing);
  }

  /** Returns whether any code is missing. */
  boolean anyMissing() {
    return anyMissing;
  }

  /** Returns each column's mid-ranks, from its code counts (no sorting); only without missing codes. */
  double[][] midRanks() {
    checkArgument(!anyMissing, "ranks of columns with missing codes depend on the pair");
    double[][] ranks = new double[indexes.length][];
    for (int a = 0; a < indexes.length; a++) {
      long[] counts = new long[points];
      for (int v : indexes[a]) {
        counts[v]++;
      }
      double[] rankOf = new double[points];
      long before = 0;
      for (int k = 0; k < points; k++) {
        rankOf[k] = before + (counts[k] + 1) / 2.0;
        before += counts[k];
      }
      double[] column = new double[rows];
      int[] index = indexes[a];
      for (int i = 0; i < rows; i++) {
        column[i] = rankOf[index[i]];
      }
      ranks[a] = column;
    }
    return ranks;
  }

  /**
   * Returns the exact contingency tables of every pair (a, b), a &lt; b, in row-major upper order,
   * counted by up to {@code parallelism} workers over ranges of rows and added (exactly).
   */
  LikertPairs[] tables(int parallelism) {
    List<long[][]> parts = ParallelRanges.map(rows, parallelism, BLOCK_ROWS, this::counts);
    long[][] counts = parts.get(0);
    for (int p = 1; p < parts.size(); p++) {
      for (int pair = 0; pair < counts.length; pair++) {
        for (int k = 0; k < counts[pair].length; k++) {
          counts[pair][k] += parts.get(p)[pair][k];
        }
      }
    }
    LikertPairs[] tables = new LikertPairs[counts.length];
    for (int k = 0; k < counts.length; k++) {
      tables[k] = new LikertPairs(min, points, counts[k]);
    }
    return tables;
  }

  /** Counts every pair's table over the rows {@code [from, to)}, in blocks whose counts fit an int. */
  private long[][] counts(int from, int to) {
    int m = indexes.length;
    int cells = points * points;
    long[][] counts = new long[m * (m - 1) / 2][cells];
    int[] block = new int[cells];
    for (int start = from; start < to; start += BLOCK_ROWS) {
      int end = Math.min(to, start + BLOCK_ROWS);
      int pair = 0;
      for (int a = 0; a < m; a++) {
        int[] x = indexes[a];
        for (int b = a + 1; b < m; b++, pair++) {
          int[] y = indexes[b];
          Arrays.fill(block, 0);
          if (anyMissing) {
            for (int i = start; i < end; i++) {
              int xi = x[i];
              int yi = y[i];
              if ((xi | yi) >= 0) {
                block[xi * points + yi]++;
              }
            }
          } else {
            for (int i = start; i < end; i++) {
              block[x[i] * points + y[i]]++;
            }
          }
          long[] total = counts[pair];
          for (int k = 0; k < cells; k++) {
            total[k] += block[k];
          }
        }
      }
    }
    return counts;
  }
}
