package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.careerownership.analytics.internal.ParallelRanges;
import org.careerownership.core.instrument.LikertRange;

/**
 * Validated Likert-coded columns, read in place: validation counts each column's codes, and the pair
 * tables are counted block by block from the codes, so nothing of the size of the data is copied.
 */
final class LikertColumns {
  private static final int BLOCK_ROWS = 2048;

  private final int[][] codes;
  private final int min;
  private final int points;
  private final int missingCode;
  private final int rows;
  /** Per column, how many rows hold each code (index code − min). */
  private final long[][] codeCounts;
  private final boolean anyMissing;

  private LikertColumns(int[][] codes, LikertRange range, int missingCode, int rows, long[][] codeCounts,
      boolean anyMissing) {
    this.codes = codes;
    this.min = range.min();
    this.points = range.points();
    this.missingCode = missingCode;
    this.rows = rows;
    this.codeCounts = codeCounts;
    this.anyMissing = anyMissing;
  }

  /**
   * Validates {@code codes} against {@code range} and counts each column's codes.
   *
   * @throws IllegalArgumentException naming the column and row of a code neither in range nor missing
   */
  static LikertColumns of(List<String> names, int[][] codes, int rows, LikertRange range, int missingCode) {
    requireNonNull(range, "range");
    checkArgument(!range.contains(missingCode), "the missing code %s lies inside %s", missingCode, range);
    long[][] counts = new long[codes.length][range.points()];
    boolean anyMissing = false;
    int min = range.min();
    for (int a = 0; a < codes.length; a++) {
      int[] column = codes[a];
      long[] count = counts[a];
      long present = 0;
      for (int i = 0; i < rows; i++) {
        int k = column[i] - min;
        if (k >= 0 && k < count.length) {
          count[k]++;
          present++;
        } else if (column[i] != missingCode) {
          throw new IllegalArgumentException(String.format(
              "column '%s', row %s: code %s is neither in %s nor the missing code %s",
              names.get(a), i, column[i], range, missingCode));
        }
      }
      anyMissing |= present < rows;
    }
    return new LikertColumns(codes, range, missingCode, rows, counts, anyMissing);
  }

  /** Returns whether any code is missing. */
  boolean anyMissing() {
    return anyMissing;
  }

  /**
   * Returns each column's mid-rank of each code ({@code [a][code − min]}), from its code counts (no
   * sorting); only without missing codes.
   */
  double[][] midRanks() {
    checkArgument(!anyMissing, "ranks of columns with missing codes depend on the pair");
    double[][] ranks = new double[codes.length][points];
    for (int a = 0; a < codes.length; a++) {
      long before = 0;
      for (int k = 0; k < points; k++) {
        ranks[a][k] = before + (codeCounts[a][k] + 1) / 2.0;
        before += codeCounts[a][k];
      }
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

  /**
   * Counts every pair's table over the rows {@code [from, to)}: per block, each column's codes become
   * zero-based indexes (−1 where missing) in a small buffer, and each pair's cells are counted in an
   * {@code int} table that cannot overflow within a block, then added to {@code long} totals.
   */
  private long[][] counts(int from, int to) {
    int m = codes.length;
    int cells = points * points;
    long[][] counts = new long[m * (m - 1) / 2][cells];
    int[] block = new int[cells];
    int[][] indexes = new int[m][BLOCK_ROWS];
    for (int start = from; start < to; start += BLOCK_ROWS) {
      int len = Math.min(to - start, BLOCK_ROWS);
      for (int a = 0; a < m; a++) {
        int[] column = codes[a];
        int[] index = indexes[a];
        for (int r = 0; r < len; r++) {
          int v = column[start + r];
          index[r] = v == missingCode ? -1 : v - min;
        }
      }
      int pair = 0;
      for (int a = 0; a < m; a++) {
        int[] x = indexes[a];
        for (int b = a + 1; b < m; b++, pair++) {
          int[] y = indexes[b];
          Arrays.fill(block, 0);
          if (anyMissing) {
            for (int r = 0; r < len; r++) {
              int xi = x[r];
              int yi = y[r];
              if ((xi | yi) >= 0) {
                block[xi * points + yi]++;
              }
            }
          } else {
            for (int r = 0; r < len; r++) {
              block[x[r] * points + y[r]]++;
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
