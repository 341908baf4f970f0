package org.careerownership.analytics.moments;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.careerownership.core.instrument.LikertRange;
import org.jspecify.annotations.Nullable;

/**
 * Immutable paired moments of every pair of m columns, each pair over the rows where both values are
 * present (R's {@code use = "pairwise.complete.obs"}), computed in one blocked pass over the data.
 *
 * <h2>How it is computed</h2>
 *
 * <p>Real values: rows are taken in blocks of {@value #BLOCK_ROWS}, transposed into a row-major buffer
 * that stays in the L1 cache, centred on each column's mean, and every pair's cross-products are added
 * into an m × m matrix four rows at a time by loops over the item index that the JIT vectorises; per-block
 * sums are added to the totals, so rounding error grows with the block count rather than the row count.
 * Likert codes: blocks of {@value #CODE_BLOCK_ROWS} rows, each pair a column-major {@code int} dot product
 * (vectorised), added into {@code long} totals — every sum is exact, so the result does not depend on how
 * rows were ordered or split. Without missing values one product matrix is needed; with them, four
 * (counts, sums, sums of squares and cross-products per pair). No per-row objects, no per-element calls.
 *
 * <p>Memory: O(m²) totals plus a block buffer of m columns, whatever the row count.
 *
 * @since 0.1
 */
public final class MomentMatrix {
  static final int BLOCK_ROWS = 256;
  static final int CODE_BLOCK_ROWS = 2048;

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
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException(
              String.format("column %s, row %s: %s is not a finite value", a, i, v));
        }
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
    double[] blockPp = missing ? new double[m * m] : null;
    double[] c = new double[BLOCK_ROWS * m];
    double[] c2 = missing ? new double[BLOCK_ROWS * m] : null;
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
        upperProducts(pd, pd, len, m, blockPp);
        for (int k = 0; k < m * m; k++) {
          cc[k] += blockCc[k];
          cp[k] += blockCp[k];
          c2p[k] += blockC2p[k];
          pp[k] += (long) blockPp[k];
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
    return assemble(m, rows, pp, cp, c2p, cc,
        (a, b, n, sx, sy, sxx, syy, sxy) -> shifted(n, shift[a], shift[b], sx, sy, sxx, syy, sxy));
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
    int min = range.min();
    int max = range.max();
    for (int a = 0; a < m; a++) {
      int[] column = codes[a];
      // Branch-free flags the JIT vectorises; the slow scan below runs only to name a bad cell.
      int missingCount = 0;
      int outside = 0;
      for (int i = 0; i < rows; i++) {
        int v = column[i];
        int isMissing = v == missingCode ? 1 : 0;
        missingCount += isMissing;
        outside |= (v < min || v > max ? 1 : 0) & (isMissing ^ 1);
      }
      missing |= missingCount > 0;
      if (outside != 0) {
        for (int i = 0; i < rows; i++) {
          int v = column[i];
          checkArgument(v == missingCode || (v >= min && v <= max),
              "column %s, row %s: code %s is neither in %s nor the missing code %s", a, i, v, range, missingCode);
        }
      }
    }
    // Column-major dot products over blocks of CODE_BLOCK_ROWS rows: int sums (codes up to ±1000, so a
    // block's sum stays below 2^31) that the JIT vectorises, added into exact long totals.
    long[] xx = new long[m * m];
    long[] xp = missing ? new long[m * m] : new long[m];
    long[] x2p = missing ? new long[m * m] : null;
    long[] pp = missing ? new long[m * m] : null;
    int[][] x = new int[m][];
    int[][] x2 = new int[m][];
    int[][] p = new int[m][];
    if (missing) {
      for (int a = 0; a < m; a++) {
        x[a] = new int[CODE_BLOCK_ROWS];
        x2[a] = new int[CODE_BLOCK_ROWS];
        p[a] = new int[CODE_BLOCK_ROWS];
      }
    }
    for (int start = 0; start < rows; start += CODE_BLOCK_ROWS) {
      int len = Math.min(CODE_BLOCK_ROWS, rows - start);
      int offset = missing ? 0 : start;
      for (int a = 0; a < m; a++) {
        if (missing) {
          int[] column = codes[a];
          int[] xa = x[a];
          int[] x2a = x2[a];
          int[] pa = p[a];
          for (int r = 0; r < len; r++) {
            int v = column[start + r];
            int present = v == missingCode ? 0 : 1;
            int value = v * present;
            xa[r] = value;
            x2a[r] = value * value;
            pa[r] = present;
          }
        } else {
          x[a] = codes[a];
        }
      }
      for (int a = 0; a < m; a++) {
        int o = a * m;
        for (int b = a; b < m; b++) {
          xx[o + b] += dot(x[a], x[b], offset, len);
        }
        if (missing) {
          for (int b = 0; b < m; b++) {
            xp[o + b] += dot(x[a], p[b], 0, len);
            x2p[o + b] += dot(x2[a], p[b], 0, len);
          }
          for (int b = a; b < m; b++) {
            pp[o + b] += dot(p[a], p[b], 0, len);
          }
        } else {
          xp[a] += sum(x[a], offset, len);
        }
      }
    }
    // Exact: every total is an integer below 2^53 (fromSums checks), so the conversion loses nothing.
    return assemble(m, rows, pp, toDoubles(xp), missing ? toDoubles(x2p) : null, toDoubles(xx),
        (a, b, n, sx, sy, sxx, syy, sxy) -> PairedMoments.fromSums(n, sx, sy, sxx, syy, sxy));
  }

  /** Makes the moments of pair (a, b) from its count and sums. */
  @FunctionalInterface
  private interface PairFactory {
    PairedMoments of(int a, int b, long n, double sx, double sy, double sxx, double syy, double sxy);
  }

  /**
   * Builds every pair from the totals. With missing values ({@code counts} non-null) the totals are per
   * pair: {@code sums[a][b]} is Σx_a over the rows where b is present, {@code squares} likewise for x_a².
   * Without, {@code sums} holds one total per column and the squares are the diagonal of {@code products}.
   */
  private static MomentMatrix assemble(int m, long rows, long @Nullable [] counts, double[] sums,
      double @Nullable [] squares, double[] products, PairFactory factory) {
    PairedMoments[] pairs = new PairedMoments[m * m];
    for (int a = 0; a < m; a++) {
      for (int b = a; b < m; b++) {
        long n = counts != null ? counts[a * m + b] : rows;
        double sxy = products[a * m + b];
        double sx = counts != null ? sums[a * m + b] : sums[a];
        double sy = counts != null ? sums[b * m + a] : sums[b];
        double sxx = squares != null ? squares[a * m + b] : products[a * m + a];
        double syy = squares != null ? squares[b * m + a] : products[b * m + b];
        pairs[a * m + b] = factory.of(a, b, n, sx, sy, sxx, syy, sxy);
        pairs[b * m + a] = factory.of(b, a, n, sy, sx, syy, sxx, sxy);
      }
    }
    return new MomentMatrix(m, pairs);
  }

  private static double[] toDoubles(long[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
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
    products(u, v, len, m, out, true);
  }

  /** Adds {@code u[r][a] · v[r][b]} over the block's rows to {@code out[a][b]} for all a, b. */
  private static void fullProducts(double[] u, double[] v, int len, int m, double[] out) {
    products(u, v, len, m, out, false);
  }

  /**
   * The kernel: four rows at a time, so each element of {@code out} is loaded and stored once per four
   * multiply-adds; the loop over {@code b} is the one the JIT vectorises.
   */
  private static void products(double[] u, double[] v, int len, int m, double[] out, boolean upper) {
    int r = 0;
    for (; r + 4 <= len; r += 4) {
      int r0 = r * m;
      int r1 = r0 + m;
      int r2 = r1 + m;
      int r3 = r2 + m;
      for (int a = 0; a < m; a++) {
        double u0 = u[r0 + a];
        double u1 = u[r1 + a];
        double u2 = u[r2 + a];
        double u3 = u[r3 + a];
        int o = a * m;
        for (int b = upper ? a : 0; b < m; b++) {
          out[o + b] += u0 * v[r0 + b] + u1 * v[r1 + b] + u2 * v[r2 + b] + u3 * v[r3 + b];
        }
      }
    }
    for (; r < len; r++) {
      int row = r * m;
      for (int a = 0; a < m; a++) {
        double ua = u[row + a];
        int o = a * m;
        for (int b = upper ? a : 0; b < m; b++) {
          out[o + b] += ua * v[row + b];
        }
      }
    }
  }

  /** Returns {@code Σ x[i]·y[i]} over {@code [offset, offset + len)}, in int (the caller bounds it). */
  private static int dot(int[] x, int[] y, int offset, int len) {
    int sum = 0;
    for (int i = offset; i < offset + len; i++) {
      sum += x[i] * y[i];
    }
    return sum;
  }

  private static int sum(int[] x, int offset, int len) {
    int sum = 0;
    for (int i = offset; i < offset + len; i++) {
      sum += x[i];
    }
    return sum;
  }

  @Override
  public String toString() {
    return "MomentMatrix[" + size + " columns]";
  }
}
