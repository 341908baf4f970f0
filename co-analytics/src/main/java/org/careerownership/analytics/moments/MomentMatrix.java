package org.careerownership.analytics.moments;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.careerownership.core.instrument.LikertRange;

/**
 * Immutable paired moments of every pair of m columns, each pair over the rows where both values are
 * present (R's {@code use = "pairwise.complete.obs"}), computed in one blocked pass over the data.
 *
 * <h2>How it is computed</h2>
 *
 * <p>Rows are taken in blocks of {@value #BLOCK_ROWS}; each block is transposed into a small row-major
 * buffer that stays in the L1 cache, and every pair's cross-products are accumulated into an m × m
 * matrix by loops over the item index that the JIT vectorises (no per-row objects, no per-element calls).
 * Real values are centred on each column's mean before multiplying, and per-block sums are added to the
 * totals, so rounding error grows with the block count rather than the row count. Likert codes are
 * multiplied as {@code int} within a block and added into {@code long} totals: every sum is exact, so the
 * result does not depend on how rows were ordered or split. Without missing values one product matrix
 * is needed; with them, four (counts, sums, sums of squares and cross-products per pair).
 *
 * <p>Memory: O(m²) doubles or longs plus a {@value #BLOCK_ROWS} × m buffer, whatever the row count.
 *
 * @since 0.1
 */
public final class MomentMatrix {
  static final int BLOCK_ROWS = 256;

  private final PairedMoments[] pairs;
  private final int size;

  private MomentMatrix(int size, PairedMoments[] pairs) {
    this.size = size;
    this.pairs = pairs;
  }

  /** Returns the number of columns. */
  public int size() {
    return size;
  }

  /**
   * Returns the paired moments of columns {@code a} and {@code b} (x is column {@code a}); {@code a == b}
   * gives a column with itself.
   *
   * @throws IndexOutOfBoundsException if an index is not in [0, size)
   */
  public PairedMoments pair(int a, int b) {
    checkElementIndex(a, size, "a");
    checkElementIndex(b, size, "b");
    return pairs[a * size + b];
  }

  /**
   * Returns the pairwise moments of real-valued columns; {@code NaN} is missing.
   *
   * @param columns m columns of equal length
   * @throws IllegalArgumentException if the lengths differ or a value is infinite (naming column and row)
   */
  public static MomentMatrix of(double[][] columns) {
    int m = columns.length;
    int rows = checkedRows(columns, m == 0 ? 0 : requireNonNull(columns[0], "columns[0]").length);
    double[] shift = new double[m];
    boolean missing = false;
    for (int a = 0; a < m; a++) {
      double[] column = columns[a];
      double sum = 0;
      long n = 0;
      for (int i = 0; i < rows; i++) {
        double v = column[i];
        checkArgument(!Double.isInfinite(v), "column %s, row %s: %s is not a finite value", a, i, v);
        if (v == v) {
          sum += v;
          n++;
        }
      }
      missing |= n < rows;
      shift[a] = n == 0 ? 0 : sum / n;
    }
    double[] cc = new double[m * m];
    double[] cp = missing ? new double[m * m] : new double[m];
    double[] c2p = missing ? new double[m * m] : null;
    long[] pp = missing ? new long[m * m] : null;
    double[] blockCc = new double[m * m];
    double[] blockCp = new double[cp.length];
    double[] blockC2p = missing ? new double[m * m] : null;
    int[] blockPp = missing ? new int[m * m] : null;
    double[] c = new double[BLOCK_ROWS * m];
    double[] c2 = missing ? new double[BLOCK_ROWS * m] : null;
    int[] p = missing ? new int[BLOCK_ROWS * m] : null;
    double[] pd = missing ? new double[BLOCK_ROWS * m] : null;
    for (int start = 0; start < rows; start += BLOCK_ROWS) {
      int len = Math.min(BLOCK_ROWS, rows - start);
      for (int a = 0; a < m; a++) {
        double[] column = columns[a];
        double s = shift[a];
        for (int r = 0; r < len; r++) {
          double v = column[start + r];
          boolean present = v == v;
          double centred = present ? v - s : 0;
          c[r * m + a] = centred;
          if (missing) {
            c2[r * m + a] = centred * centred;
            p[r * m + a] = present ? 1 : 0;
            pd[r * m + a] = present ? 1 : 0;
          }
        }
      }
      Arrays.fill(blockCc, 0);
      Arrays.fill(blockCp, 0);
      upperProducts(c, c, len, m, blockCc);
      if (missing) {
        Arrays.fill(blockC2p, 0);
        Arrays.fill(blockPp, 0);
        fullProducts(c, pd, len, m, blockCp);
        fullProducts(c2, pd, len, m, blockC2p);
        upperCounts(p, len, m, blockPp);
        for (int k = 0; k < m * m; k++) {
          cc[k] += blockCc[k];
          cp[k] += blockCp[k];
          c2p[k] += blockC2p[k];
          pp[k] += blockPp[k];
        }
      } else {
        for (int r = 0; r < len; r++) {
          for (int a = 0; a < m; a++) {
            blockCp[a] += c[r * m + a];
          }
        }
        for (int k = 0; k < m * m; k++) {
          cc[k] += blockCc[k];
        }
        for (int a = 0; a < m; a++) {
          cp[a] += blockCp[a];
        }
      }
    }
    PairedMoments[] pairs = new PairedMoments[m * m];
    for (int a = 0; a < m; a++) {
      for (int b = a; b < m; b++) {
        long n = missing ? pp[a * m + b] : rows;
        double sxy = cc[a * m + b];
        double sx = missing ? cp[a * m + b] : cp[a];
        double sy = missing ? cp[b * m + a] : cp[b];
        double sxx = missing ? c2p[a * m + b] : cc[a * m + a];
        double syy = missing ? c2p[b * m + a] : cc[b * m + b];
        pairs[a * m + b] = shifted(n, shift[a], shift[b], sx, sy, sxx, syy, sxy);
        pairs[b * m + a] = shifted(n, shift[b], shift[a], sy, sx, syy, sxx, sxy);
      }
    }
    return new MomentMatrix(m, pairs);
  }

  /**
   * Returns the pairwise moments of Likert-coded columns, with exact integer sums.
   *
   * @param codes m columns of equal length, each value in {@code range} or {@code missingCode}
   * @param range the Likert range of every column
   * @param missingCode the code of a missing answer, outside {@code range}
   * @throws IllegalArgumentException if the lengths differ or a code is neither in range nor missing
   *     (naming column and row)
   */
  public static MomentMatrix ofCodes(int[][] codes, LikertRange range, int missingCode) {
    requireNonNull(range, "range");
    checkArgument(!range.contains(missingCode), "the missing code %s lies inside %s", missingCode, range);
    checkArgument(Math.max(Math.abs(range.min()), Math.abs(range.max())) <= 1000,
        "Likert codes beyond ±1000 are not Likert codes: %s", range);
    int m = codes.length;
    int rows = checkedRows(codes, m == 0 ? 0 : requireNonNull(codes[0], "codes[0]").length);
    boolean missing = false;
    for (int a = 0; a < m; a++) {
      int[] column = codes[a];
      for (int i = 0; i < rows; i++) {
        int v = column[i];
        if (v == missingCode) {
          missing = true;
        } else if (v < range.min() || v > range.max()) {
          throw new IllegalArgumentException(String.format(
              "column %s, row %s: code %s is neither in %s nor the missing code %s", a, i, v, range, missingCode));
        }
      }
    }
    // Products of codes up to ±1000 stay within 10^6, so an int sum over a block of 256 rows cannot overflow.
    long[] xx = new long[m * m];
    long[] xp = missing ? new long[m * m] : new long[m];
    long[] x2p = missing ? new long[m * m] : null;
    long[] pp = missing ? new long[m * m] : null;
    int[] blockXx = new int[m * m];
    int[] blockXp = new int[xp.length];
    int[] blockX2p = missing ? new int[m * m] : null;
    int[] blockPp = missing ? new int[m * m] : null;
    int[] x = new int[BLOCK_ROWS * m];
    int[] x2 = missing ? new int[BLOCK_ROWS * m] : null;
    int[] p = missing ? new int[BLOCK_ROWS * m] : null;
    for (int start = 0; start < rows; start += BLOCK_ROWS) {
      int len = Math.min(BLOCK_ROWS, rows - start);
      for (int a = 0; a < m; a++) {
        int[] column = codes[a];
        for (int r = 0; r < len; r++) {
          int v = column[start + r];
          boolean present = v != missingCode;
          int value = present ? v : 0;
          x[r * m + a] = value;
          if (missing) {
            x2[r * m + a] = value * value;
            p[r * m + a] = present ? 1 : 0;
          }
        }
      }
      Arrays.fill(blockXx, 0);
      Arrays.fill(blockXp, 0);
      upperProducts(x, x, len, m, blockXx);
      if (missing) {
        Arrays.fill(blockX2p, 0);
        Arrays.fill(blockPp, 0);
        fullProducts(x, p, len, m, blockXp);
        fullProducts(x2, p, len, m, blockX2p);
        upperCounts(p, len, m, blockPp);
        for (int k = 0; k < m * m; k++) {
          xx[k] += blockXx[k];
          xp[k] += blockXp[k];
          x2p[k] += blockX2p[k];
          pp[k] += blockPp[k];
        }
      } else {
        for (int r = 0; r < len; r++) {
          for (int a = 0; a < m; a++) {
            blockXp[a] += x[r * m + a];
          }
        }
        for (int k = 0; k < m * m; k++) {
          xx[k] += blockXx[k];
        }
        for (int a = 0; a < m; a++) {
          xp[a] += blockXp[a];
        }
      }
    }
    PairedMoments[] pairs = new PairedMoments[m * m];
    for (int a = 0; a < m; a++) {
      for (int b = a; b < m; b++) {
        long n = missing ? pp[a * m + b] : rows;
        long sxy = xx[a * m + b];
        long sx = missing ? xp[a * m + b] : xp[a];
        long sy = missing ? xp[b * m + a] : xp[b];
        long sxx = missing ? x2p[a * m + b] : xx[a * m + a];
        long syy = missing ? x2p[b * m + a] : xx[b * m + b];
        pairs[a * m + b] = PairedMoments.fromSums(n, sx, sy, sxx, syy, sxy);
        pairs[b * m + a] = PairedMoments.fromSums(n, sy, sx, syy, sxx, sxy);
      }
    }
    return new MomentMatrix(m, pairs);
  }

  private static int checkedRows(Object[] columns, int rows) {
    for (int a = 0; a < columns.length; a++) {
      Object column = requireNonNull(columns[a], "column " + a);
      int length = column instanceof double[] d ? d.length : ((int[]) column).length;
      checkArgument(length == rows, "column %s has %s rows, column 0 has %s", a, length, rows);
    }
    return rows;
  }

  private static PairedMoments shifted(
      long n, double xShift, double yShift, double sx, double sy, double sxx, double syy, double sxy) {
    if (n == 0) {
      return PairedMoments.empty();
    }
    return new PairedMoments(n, xShift, yShift, new double[] {sx, 0, sy, 0, sxx, 0, syy, 0, sxy, 0});
  }

  /** Adds {@code u[r][a] · v[r][b]} over the block's rows to {@code out[a][b]} for b ≥ a. */
  private static void upperProducts(double[] u, double[] v, int len, int m, double[] out) {
    for (int r = 0; r < len; r++) {
      int row = r * m;
      for (int a = 0; a < m; a++) {
        double ua = u[row + a];
        int o = a * m;
        for (int b = a; b < m; b++) {
          out[o + b] += ua * v[row + b];
        }
      }
    }
  }

  /** Adds {@code u[r][a] · v[r][b]} over the block's rows to {@code out[a][b]} for all a, b. */
  private static void fullProducts(double[] u, double[] v, int len, int m, double[] out) {
    for (int r = 0; r < len; r++) {
      int row = r * m;
      for (int a = 0; a < m; a++) {
        double ua = u[row + a];
        int o = a * m;
        for (int b = 0; b < m; b++) {
          out[o + b] += ua * v[row + b];
        }
      }
    }
  }

  private static void upperProducts(int[] u, int[] v, int len, int m, int[] out) {
    for (int r = 0; r < len; r++) {
      int row = r * m;
      for (int a = 0; a < m; a++) {
        int ua = u[row + a];
        int o = a * m;
        for (int b = a; b < m; b++) {
          out[o + b] += ua * v[row + b];
        }
      }
    }
  }

  private static void fullProducts(int[] u, int[] v, int len, int m, int[] out) {
    for (int r = 0; r < len; r++) {
      int row = r * m;
      for (int a = 0; a < m; a++) {
        int ua = u[row + a];
        int o = a * m;
        for (int b = 0; b < m; b++) {
          out[o + b] += ua * v[row + b];
        }
      }
    }
  }

  private static void upperCounts(int[] p, int len, int m, int[] out) {
    upperProducts(p, p, len, m, out);
  }

  @Override
  public String toString() {
    return "MomentMatrix[" + size + " columns]";
  }
}
