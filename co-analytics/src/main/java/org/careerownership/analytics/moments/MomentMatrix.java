package org.careerownership.analytics.moments;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.careerownership.analytics.internal.ParallelRanges;
import org.careerownership.core.instrument.LikertRange;
import org.jspecify.annotations.Nullable;

/**
 * Immutable paired moments of every pair of m columns, each pair over the rows where both values are
 * present (R's {@code use = "pairwise.complete.obs"}), computed in one blocked pass over the data.
 *
 * <h2>How it is computed</h2>
 *
 * <p>Real values: rows are taken in blocks of {@value #BLOCK_ROWS}, validated and shifted by each
 * column's provisional mean (of its first {@value #BLOCK_ROWS} present values) while they are transposed,
 * branch-free, into one small array per row, and every pair's cross-products are added into an m × m
 * block matrix four rows at a time, by loops over the item index that the JIT vectorises; block sums are
 * added to the totals, so rounding error grows with the block count rather than the row count. A missing
 * value is a zero in the products; each missing cell of column b adds its row to b's corrections, which
 * turn column totals into per-pair totals, so missing values cost work in proportion to their number.
 * Likert codes: blocks of {@value #CODE_BLOCK_ROWS} rows (fewer for wide ranges), validated while they
 * are in cache, each pair a column-major {@code int} dot product (vectorised) with two pairs packed into
 * each {@code int} where the sums allow, added into {@code long} totals — every sum is exact, so the
 * result does not depend on how rows were ordered or split. No per-row objects, no per-element calls.
 *
 * <p>Parallel: {@link #of(double[][], int)}, {@link #ofScoredCodes} and {@link #ofCodes(int[][],
 * LikertRange, int, int)} split the
 * rows into contiguous ranges, one per worker on the common fork-join pool, and add the workers' totals
 * (exactly, for codes). Nothing is shared between workers while they run.
 *
 * <p>Memory: O(m²) totals plus a block buffer of m columns per worker, whatever the row count.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * MomentMatrix moments = MomentMatrix.ofCodes(codes, LikertRange.of(1, 5), 0);
 * double r = moments.pair(0, 1).pearsonsCorrelation();
 * }</pre>
 *
 * @since 0.1
 */
public final class MomentMatrix {
  static final int BLOCK_ROWS = 1024;
  static final int CODE_BLOCK_ROWS = 2048;
  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

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
   * Returns the pairwise moments of real-valued columns, on the calling thread; {@code NaN} is missing.
   *
   * @param columns m columns of equal length
   * @throws IllegalArgumentException if the lengths differ or a value is infinite (naming column and row)
   */
  public static MomentMatrix of(double[][] columns) {
    return of(columns, 1);
  }

  /**
   * Returns the pairwise moments of real-valued columns, computed by up to {@code parallelism} workers;
   * the result equals the one-thread result to rounding (block totals are added in another order).
   *
   * @param columns m columns of equal length
   * @param parallelism the number of row ranges computed in parallel, at least 1
   * @throws IllegalArgumentException if the lengths differ, a value is infinite (naming column and row)
   *     or {@code parallelism} is below 1
   */
  public static MomentMatrix of(double[][] columns, int parallelism) {
    int m = columns.length;
    int rows = checkedRows(columns, m == 0 ? 0 : requireNonNull(columns[0], "columns[0]").length);
    return ofSource(new RealColumns(columns, rows), m, rows, parallelism);
  }

  /**
   * Returns the pairwise moments of per-column scores of Likert codes: code k of column a counts as
   * {@code scores[a][k − range.min()]} — for example each column's mid-ranks, whose moments give
   * Spearman's rho — and {@code missingCode} is missing. Computed like {@link #of(double[][], int)},
   * reading the codes in place.
   *
   * @param codes m columns of equal length, each value in {@code range} or {@code missingCode}
   * @param range the Likert range of every column
   * @param missingCode the code of a missing answer, outside {@code range}
   * @param scores per column, the finite score of each code of {@code range}, lowest code first
   * @param parallelism the number of row ranges computed in parallel, at least 1
   * @throws IllegalArgumentException if the lengths differ, a code is neither in range nor missing
   *     (naming column and row), a score is not finite or {@code parallelism} is below 1
   */
  public static MomentMatrix ofScoredCodes(
      int[][] codes, LikertRange range, int missingCode, double[][] scores, int parallelism) {
    requireNonNull(range, "range");
    checkArgument(!range.contains(missingCode), "the missing code %s lies inside %s", missingCode, range);
    int m = codes.length;
    int rows = checkedRows(codes, m == 0 ? 0 : requireNonNull(codes[0], "codes[0]").length);
    checkArgument(scores.length == m, "%s columns of scores for %s columns of codes", scores.length, m);
    for (int a = 0; a < m; a++) {
      checkArgument(requireNonNull(scores[a], "scores[" + a + "]").length == range.points(),
          "column %s has %s scores for the %s codes of %s", a, scores[a].length, range.points(), range);
      for (int k = 0; k < scores[a].length; k++) {
        checkArgument(Double.isFinite(scores[a][k]), "column %s: the score of code %s is %s, not finite",
            a, range.min() + k, scores[a][k]);
      }
    }
    return ofSource(new ScoredCodes(codes, rows, range, missingCode, scores), m, rows, parallelism);
  }

  private static MomentMatrix ofSource(BlockSource source, int m, int rows, int parallelism) {
    double[] shift = source.provisionalMeans();
    List<RealSums> parts = ParallelRanges.map(rows, parallelism, BLOCK_ROWS,
        (from, to) -> new RealSums(source, m, shift).add(from, to));
    RealSums total = parts.get(0);
    for (int p = 1; p < parts.size(); p++) {
      total.merge(parts.get(p));
    }
    return total.toMatrix();
  }

  /**
   * Returns the pairwise moments of Likert-coded columns, with exact integer sums, on the calling thread.
   *
   * @param codes m columns of equal length, each value in {@code range} or {@code missingCode}
   * @param range the Likert range of every column
   * @param missingCode the code of a missing answer, outside {@code range}
   * @throws IllegalArgumentException if the lengths differ or a code is neither in range nor missing
   *     (naming column and row)
   */
  public static MomentMatrix ofCodes(int[][] codes, LikertRange range, int missingCode) {
    return ofCodes(codes, range, missingCode, 1);
  }

  /**
   * Returns the pairwise moments of Likert-coded columns computed by up to {@code parallelism} workers;
   * the sums are exact, so the result is identical to the one-thread result.
   *
   * @param codes m columns of equal length, each value in {@code range} or {@code missingCode}
   * @param range the Likert range of every column
   * @param missingCode the code of a missing answer, outside {@code range}
   * @param parallelism the number of row ranges computed in parallel, at least 1
   * @throws IllegalArgumentException if the lengths differ, a code is neither in range nor missing
   *     (naming column and row) or {@code parallelism} is below 1
   */
  public static MomentMatrix ofCodes(int[][] codes, LikertRange range, int missingCode, int parallelism) {
    requireNonNull(range, "range");
    checkArgument(!range.contains(missingCode), "the missing code %s lies inside %s", missingCode, range);
    checkArgument(Math.max(Math.abs(range.min()), Math.abs(range.max())) <= 1000,
        "Likert codes beyond ±1000 are not Likert codes: %s", range);
    int m = codes.length;
    int rows = checkedRows(codes, m == 0 ? 0 : requireNonNull(codes[0], "codes[0]").length);
    List<CodeSums> parts = ParallelRanges.map(rows, parallelism, CODE_BLOCK_ROWS,
        (from, to) -> new CodeSums(codes, range, missingCode).add(from, to));
    CodeSums total = parts.get(0);
    for (int p = 1; p < parts.size(); p++) {
      total.merge(parts.get(p));
    }
    return total.toMatrix();
  }

  /** Where {@link RealSums} reads its blocks from. */
  private interface BlockSource {
    /** Each column's mean over its first {@value #BLOCK_ROWS} values (0 if none): the shift. */
    double[] provisionalMeans();

    /**
     * Writes the block's values less {@code shift} (−0.0 where missing) into one array per row, checking
     * them; returns whether a value is missing.
     *
     * @throws IllegalArgumentException naming the column and row of a bad value
     */
    boolean transpose(int start, int len, double[] shift, double[][] centred);
  }

  /** Real-valued columns; NaN is missing, an infinite value is an error. */
  private static final class RealColumns implements BlockSource {
    private final double[][] columns;
    private final int rows;

    RealColumns(double[][] columns, int rows) {
      this.columns = columns;
      this.rows = rows;
    }

    @Override
    public double[] provisionalMeans() {
      double[] shift = new double[columns.length];
      for (int a = 0; a < columns.length; a++) {
        double[] column = columns[a];
        double sum = 0;
        int n = 0;
        for (int i = 0; i < rows && n < BLOCK_ROWS; i++) {
          if (Double.isFinite(column[i])) {
            sum += column[i];
            n++;
          }
        }
        shift[a] = n == 0 ? 0 : sum / n;
      }
      return shift;
    }

    /**
     * Writes the block's centred values (−0.0 where missing) into one array per row, four columns at a
     * time, branch-free; returns whether a value is missing.
     *
     * @throws IllegalArgumentException naming the column and row of an infinite value
     */
    @Override
    public boolean transpose(int start, int len, double[] shift, double[][] centred) {
      long nan = 0;
      boolean infinite = false;
      int a = 0;
      int m = columns.length;
      for (; a + 8 <= m; a += 8) {
        double[] x0 = columns[a + 0];
        double[] x1 = columns[a + 1];
        double[] x2 = columns[a + 2];
        double[] x3 = columns[a + 3];
        double[] x4 = columns[a + 4];
        double[] x5 = columns[a + 5];
        double[] x6 = columns[a + 6];
        double[] x7 = columns[a + 7];
        double s0 = shift[a + 0];
        double s1 = shift[a + 1];
        double s2 = shift[a + 2];
        double s3 = shift[a + 3];
        double s4 = shift[a + 4];
        double s5 = shift[a + 5];
        double s6 = shift[a + 6];
        double s7 = shift[a + 7];
        for (int r = 0; r < len; r++) {
          int i = start + r;
          double[] row = centred[r];
          double v0 = x0[i];
          long n0 = nanBits(v0);
          double v1 = x1[i];
          long n1 = nanBits(v1);
          double v2 = x2[i];
          long n2 = nanBits(v2);
          double v3 = x3[i];
          long n3 = nanBits(v3);
          double v4 = x4[i];
          long n4 = nanBits(v4);
          double v5 = x5[i];
          long n5 = nanBits(v5);
          double v6 = x6[i];
          long n6 = nanBits(v6);
          double v7 = x7[i];
          long n7 = nanBits(v7);
          nan |= n0 | n1 | n2 | n3 | n4 | n5 | n6 | n7;
          infinite |= Math.abs(v0) == Double.POSITIVE_INFINITY
              | Math.abs(v1) == Double.POSITIVE_INFINITY
              | Math.abs(v2) == Double.POSITIVE_INFINITY
              | Math.abs(v3) == Double.POSITIVE_INFINITY
              | Math.abs(v4) == Double.POSITIVE_INFINITY
              | Math.abs(v5) == Double.POSITIVE_INFINITY
              | Math.abs(v6) == Double.POSITIVE_INFINITY
              | Math.abs(v7) == Double.POSITIVE_INFINITY;
          row[a + 0] = missingAsNegativeZero(v0 - s0, n0);
          row[a + 1] = missingAsNegativeZero(v1 - s1, n1);
          row[a + 2] = missingAsNegativeZero(v2 - s2, n2);
          row[a + 3] = missingAsNegativeZero(v3 - s3, n3);
          row[a + 4] = missingAsNegativeZero(v4 - s4, n4);
          row[a + 5] = missingAsNegativeZero(v5 - s5, n5);
          row[a + 6] = missingAsNegativeZero(v6 - s6, n6);
          row[a + 7] = missingAsNegativeZero(v7 - s7, n7);
        }
      }
      for (; a < m; a++) {
        double[] x = columns[a];
        double s = shift[a];
        for (int r = 0; r < len; r++) {
          double v = x[start + r];
          long n = nanBits(v);
          nan |= n;
          infinite |= Math.abs(v) == Double.POSITIVE_INFINITY;
          centred[r][a] = missingAsNegativeZero(v - s, n);
        }
      }
      if (infinite) {
        throw infiniteValue(start, len);
      }
      return nan != 0;
    }

    private IllegalArgumentException infiniteValue(int start, int len) {
      for (int a = 0; a < columns.length; a++) {
        for (int i = start; i < start + len; i++) {
          if (Double.isInfinite(columns[a][i])) {
            return new IllegalArgumentException(
                String.format("column %s, row %s: %s is not a finite value", a, i, columns[a][i]));
          }
        }
      }
      throw new AssertionError("an infinite value was flagged in rows from " + start);
    }

  }

  /** Likert codes read as per-column scores; the missing code is missing, any other code an error. */
  private static final class ScoredCodes implements BlockSource {
    private final int[][] codes;
    private final int rows;
    private final LikertRange range;
    private final int missingCode;
    private final double[][] scores;

    ScoredCodes(int[][] codes, int rows, LikertRange range, int missingCode, double[][] scores) {
      this.codes = codes;
      this.rows = rows;
      this.range = range;
      this.missingCode = missingCode;
      this.scores = scores;
    }

    @Override
    public double[] provisionalMeans() {
      double[] shift = new double[codes.length];
      for (int a = 0; a < codes.length; a++) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < rows && n < BLOCK_ROWS; i++) {
          if (range.contains(codes[a][i])) {
            sum += scores[a][codes[a][i] - range.min()];
            n++;
          }
        }
        shift[a] = n == 0 ? 0 : sum / n;
      }
      return shift;
    }

    @Override
    public boolean transpose(int start, int len, double[] shift, double[][] centred) {
      boolean missing = false;
      int min = range.min();
      for (int a = 0; a < codes.length; a++) {
        int[] column = codes[a];
        double[] score = scores[a];
        double s = shift[a];
        for (int r = 0; r < len; r++) {
          int v = column[start + r];
          int k = v - min;
          if (k >= 0 && k < score.length) {
            centred[r][a] = score[k] - s;
          } else if (v == missingCode) {
            centred[r][a] = -0.0;
            missing = true;
          } else {
            throw new IllegalArgumentException(String.format(
                "column %s, row %s: code %s is neither in %s nor the missing code %s",
                a, start + r, v, range, missingCode));
          }
        }
      }
      return missing;
    }
  }

  /**
   * Shifted sums of real-valued columns over a range of rows. Every block adds its cross-products of
   * centred values (0 where missing, so only rows with both present count) and each column's sum and sum
   * of squares. A missing cell of column b also adds its row to column b's corrections — what the rows
   * without b contributed to every other column — and counts the cells missing with it. A pair's sums
   * are then the column's totals minus the other column's corrections: work proportional to the missing
   * cells, not to m² per row.
   */
  private static final class RealSums {
    private final BlockSource source;
    private final double[] shift;
    private final int m;
    private long rows;
    /** Σ c_a c_b over rows where both are present (upper triangle and diagonal). */
    private final double[] products;
    private final double[] columnSums;
    private final double[] columnSquares;
    /** At {@code [b][a]}: Σ c_a and Σ c_a² over the rows where b is missing (c_a is 0 where a is too). */
    private final double[][] missingSums;
    private final double[][] missingSquares;
    /** Per column, the rows where it is missing; per pair [b][a], the rows where both are missing. */
    private final long[] missingRows;
    private final long[][] bothMissing;
    private final double[][] centred;
    /** One row's missing cells: {@link #words} words, bit a set where column a is missing. */
    private final long[] missingMask;
    private final int words;
    /** Per column, the block's rows where it is missing, as bits; and the missing count before the block. */
    private final long[][] missingInColumn;
    private final long[] missingRowsBefore;
    private final double[][] block;
    private final double[] blockSums;

    RealSums(BlockSource source, int m, double[] shift) {
      this.source = source;
      this.shift = shift;
      this.m = m;
      this.products = new double[m * m];
      this.columnSums = new double[m];
      this.columnSquares = new double[m];
      this.missingSums = new double[m][m];
      this.missingSquares = new double[m][m];
      this.missingRows = new long[m];
      this.bothMissing = new long[m][m];
      this.centred = new double[BLOCK_ROWS][m];
      this.words = (m + 63) >>> 6;
      this.missingMask = new long[words];
      this.missingInColumn = new long[m][BLOCK_ROWS / 64];
      this.missingRowsBefore = new long[m];
      this.block = new double[m][m];
      this.blockSums = new double[m];
    }

    RealSums add(int from, int to) {
      for (int start = from; start < to; start += BLOCK_ROWS) {
        int len = Math.min(BLOCK_ROWS, to - start);
        boolean missing = source.transpose(start, len, shift, centred);
        clear(block);
        upperProducts(centred, len, m, block);
        for (int a = 0; a < m; a++) {
          double[] out = block[a];
          for (int b = a; b < m; b++) {
            products[a * m + b] += out[b];
          }
          columnSquares[a] += out[a];
        }
        Arrays.fill(blockSums, 0);
        for (int r = 0; r < len; r++) {
          double[] row = centred[r];
          for (int a = 0; a < m; a++) {
            blockSums[a] += row[a];
          }
        }
        for (int a = 0; a < m; a++) {
          columnSums[a] += blockSums[a];
        }
        if (missing) {
          addMissingCells(len);
        }
        rows += len;
      }
      return this;
    }

    /**
     * Marks each row's missing cells (its −0.0 values) in a bit mask, then adds each missing cell's row
     * to its column's corrections, visiting only the set bits, and counts the cells missing together.
     */
    private void addMissingCells(int len) {
      long[] mask = missingMask;
      for (int r = 0; r < len; r++) {
        double[] c = centred[r];
        for (int w = 0; w < words; w++) {
          long bits = 0;
          for (int a = w << 6, end = Math.min(m, a + 64); a < end; a++) {
            long x = Double.doubleToRawLongBits(c[a]) ^ NEGATIVE_ZERO;
            bits |= (((x | -x) >>> 63) ^ 1) << (a & 63);
          }
          mask[w] = bits;
        }
        for (int w = 0; w < words; w++) {
          for (long bits = mask[w]; bits != 0; bits &= bits - 1) {
            int b = (w << 6) + Long.numberOfTrailingZeros(bits);
            missingRows[b]++;
            double[] sums = missingSums[b];
            double[] squares = missingSquares[b];
            for (int a = 0; a < m; a++) {
              double ca = c[a];
              sums[a] += ca;
              squares[a] += ca * ca;
            }
            missingInColumn[b][r >>> 6] |= 1L << (r & 63);
          }
        }
      }
      // Cells missing together: per pair, the popcount of the two columns' missing-row bits.
      int rowWords = (len + 63) >>> 6;
      for (int b = 0; b < m; b++) {
        long[] rowsOfB = missingInColumn[b];
        if (missingRowsBefore[b] == missingRows[b]) {
          continue; // nothing missing in b in this block
        }
        long[] both = bothMissing[b];
        for (int a = 0; a < m; a++) {
          long[] rowsOfA = missingInColumn[a];
          long count = 0;
          for (int w = 0; w < rowWords; w++) {
            count += Long.bitCount(rowsOfA[w] & rowsOfB[w]);
          }
          both[a] += count;
        }
      }
      for (int b = 0; b < m; b++) {
        Arrays.fill(missingInColumn[b], 0);
        missingRowsBefore[b] = missingRows[b];
      }
    }

    void merge(RealSums other) {
      for (int k = 0; k < m * m; k++) {
        products[k] += other.products[k];
      }
      for (int b = 0; b < m; b++) {
        missingRows[b] += other.missingRows[b];
        for (int a = 0; a < m; a++) {
          missingSums[b][a] += other.missingSums[b][a];
          missingSquares[b][a] += other.missingSquares[b][a];
          bothMissing[b][a] += other.bothMissing[b][a];
        }
      }
      for (int a = 0; a < m; a++) {
        columnSums[a] += other.columnSums[a];
        columnSquares[a] += other.columnSquares[a];
      }
      rows += other.rows;
    }

    MomentMatrix toMatrix() {
      long[] counts = new long[m * m];
      double[] sums = new double[m * m];
      double[] squares = new double[m * m];
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          // Rows with a present and b present: all rows, less those missing a or b.
          counts[a * m + b] = rows - missingRows[a] - missingRows[b] + bothMissing[b][a];
          sums[a * m + b] = columnSums[a] - missingSums[b][a];
          squares[a * m + b] = columnSquares[a] - missingSquares[b][a];
        }
      }
      return assemble(m, rows, counts, sums, squares, products,
          (a, b, n, sx, sy, sxx, syy, sxy) -> shifted(n, shift[a], shift[b], sx, sy, sxx, syy, sxy));
    }
  }

  /**
   * Exact integer sums of Likert-coded columns over a range of rows, shifted by the range's minimum so
   * that every value is a small non-negative integer. Blocks without missing codes add to one product
   * matrix and column sums; from the first block with a missing code on, the totals are per pair.
   *
   * <p>Two products per multiply: when a block's sums stay below 2^16, columns b and b + 1 are packed into
   * one {@code int} ({@code u_b + 2^16 u_{b+1}}), so one dot product with column a gives both pairs, read
   * back exactly from its low and high halves.
   */
  private static final class CodeSums {
    private final int[][] codes;
    private final LikertRange range;
    private final int missingCode;
    private final int m;
    /** Rows per block: small enough that a packed half (at most rows · width²) stays below 2^16. */
    private final int blockRows;
    private final boolean packed;
    private long rows;
    private final long[] products;
    private final long[] columnSums;
    /** The per-pair totals, from the first block with a missing code on. */
    private @Nullable PairTotals pairTotals;
    private final int[][] values;
    private final int[][] packedValues;
    /** The buffers of blocks with missing codes, made for the first one. */
    private @Nullable MissingBuffers missingBuffers;

    CodeSums(int[][] codes, LikertRange range, int missingCode) {
      this.codes = codes;
      this.range = range;
      this.missingCode = missingCode;
      this.m = codes.length;
      int width = range.max() - range.min();
      int packable = 0xFFFF / (width * width);
      this.packed = packable >= 256;
      this.blockRows = packed ? Math.min(CODE_BLOCK_ROWS, packable) : CODE_BLOCK_ROWS;
      this.products = new long[m * m];
      this.columnSums = new long[m];
      this.values = new int[m][blockRows];
      this.packedValues = packed ? new int[(m + 1) / 2][blockRows] : values;
    }

    CodeSums add(int from, int to) {
      for (int start = from; start < to; start += blockRows) {
        int len = Math.min(blockRows, to - start);
        boolean missing = validate(start, len);
        if (missing) {
          shiftWithMissing(start, len);
        } else {
          shift(start, len);
        }
        if (packed) {
          pack(values, packedValues, len);
          if (missing) {
            MissingBuffers buffers = missingBuffers();
            pack(buffers.present, buffers.packedPresent, len);
          }
        }
        if (missing) {
          addBlockWithMissing(len);
        } else {
          addCompleteBlock(len);
        }
        rows += len;
      }
      return this;
    }

    /**
     * Checks the block's codes with branch-free flags the JIT vectorises (the slow scan runs only to
     * name a bad cell); returns whether a code is missing. The block stays in cache for the products.
     */
    private boolean validate(int start, int len) {
      int min = range.min();
      int max = range.max();
      int missingCount = 0;
      for (int a = 0; a < m; a++) {
        int[] column = codes[a];
        int outside = 0;
        for (int i = start; i < start + len; i++) {
          int v = column[i];
          int d = v - missingCode;
          int isMissing = ((d | -d) >>> 31) ^ 1;
          missingCount += isMissing;
          // Negative exactly when v is outside [min, max] and not the missing code (codes are ±1000).
          outside |= ((v - min) | (max - v)) & (isMissing - 1);
        }
        if (outside < 0) {
          for (int i = start; i < start + len; i++) {
            int v = column[i];
            checkArgument(v == missingCode || (v >= min && v <= max),
                "column %s, row %s: code %s is neither in %s nor the missing code %s", a, i, v, range,
                missingCode);
          }
        }
      }
      return missingCount > 0;
    }

    /** Writes the block's values shifted by the range's minimum. */
    private void shift(int start, int len) {
      int min = range.min();
      for (int a = 0; a < m; a++) {
        int[] column = codes[a];
        int[] u = values[a];
        for (int r = 0; r < len; r++) {
          u[r] = column[start + r] - min;
        }
      }
    }

    /** Rewrites the block's shifted values with 0 where missing, and their squares and presence. */
    private void shiftWithMissing(int start, int len) {
      int min = range.min();
      MissingBuffers buffers = missingBuffers();
      for (int a = 0; a < m; a++) {
        int[] column = codes[a];
        int[] u = values[a];
        int[] u2 = buffers.valueSquares[a];
        int[] p = buffers.present[a];
        for (int r = 0; r < len; r++) {
          int v = column[start + r];
          int d = v - missingCode;
          int isPresent = (d | -d) >>> 31;
          int value = (v - min) * isPresent;
          u[r] = value;
          u2[r] = value * value;
          p[r] = isPresent;
        }
      }
    }

    /** {@code to[k] = from[2k] + 2^16 · from[2k + 1]} (the last column alone when m is odd). */
    private void pack(int[][] from, int[][] to, int len) {
      for (int k = 0; k < to.length; k++) {
        int[] low = from[2 * k];
        int[] out = to[k];
        if (2 * k + 1 < m) {
          int[] high = from[2 * k + 1];
          for (int r = 0; r < len; r++) {
            out[r] = low[r] | (high[r] << 16);
          }
        } else {
          System.arraycopy(low, 0, out, 0, len);
        }
      }
    }

    /**
     * Adds {@code Σ x_a · y_b} over the block to {@code out[a][b]} for every b ≥ {@code from(a)}, where
     * {@code ys} holds the y columns packed two to an int when {@link #packed}.
     */
    private void addProducts(int[][] xs, int[][] ys, int len, long[] out, boolean upper) {
      for (int a = 0; a < m; a++) {
        int[] x = xs[a];
        int o = a * m;
        int first = upper ? a : 0;
        if (packed) {
          for (int k = first / 2; k < ys.length; k++) {
            int both = dot(x, ys[k], len);
            int b = 2 * k;
            if (b >= first) {
              out[o + b] += both & 0xFFFF;
            }
            if (b + 1 < m) {
              out[o + b + 1] += both >>> 16;
            }
          }
        } else {
          for (int b = first; b < m; b++) {
            out[o + b] += dot(x, ys[b], len);
          }
        }
      }
    }

    private void addCompleteBlock(int len) {
      addProducts(values, packedValues, len, products, true);
      PairTotals totals = pairTotals;
      for (int a = 0; a < m; a++) {
        long sum = sum(values[a], len);
        if (totals == null) {
          columnSums[a] += sum;
        } else {
          long square = dot(values[a], values[a], len);
          for (int b = 0; b < m; b++) {
            totals.sums[a * m + b] += sum;
            totals.squares[a * m + b] += square;
            totals.counts[a * m + b] += len;
          }
        }
      }
    }

    private void addBlockWithMissing(int len) {
      PairTotals totals = perPair();
      MissingBuffers buffers = missingBuffers();
      addProducts(values, packedValues, len, products, true);
      addProducts(buffers.present, buffers.packedPresent, len, totals.counts, true);
      addProducts(values, buffers.packedPresent, len, totals.sums, false);
      addProducts(buffers.valueSquares, buffers.packedPresent, len, totals.squares, false);
    }

    private MissingBuffers missingBuffers() {
      MissingBuffers buffers = missingBuffers;
      if (buffers == null) {
        int[][] present = new int[m][blockRows];
        buffers = new MissingBuffers(
            new int[m][blockRows], present, packed ? new int[(m + 1) / 2][blockRows] : present);
        missingBuffers = buffers;
      }
      return buffers;
    }

    /** Returns the per-pair totals, switching to them first, with what the complete blocks so far added. */
    private PairTotals perPair() {
      PairTotals totals = pairTotals;
      if (totals != null) {
        return totals;
      }
      totals = new PairTotals(new long[m * m], new long[m * m], new long[m * m]);
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          totals.sums[a * m + b] = columnSums[a];
          totals.squares[a * m + b] = products[a * m + a];
          totals.counts[a * m + b] = rows;
        }
      }
      pairTotals = totals;
      return totals;
    }

    void merge(CodeSums other) {
      if (pairTotals != null || other.pairTotals != null) {
        PairTotals totals = perPair();
        PairTotals others = other.perPair();
        for (int k = 0; k < m * m; k++) {
          totals.sums[k] += others.sums[k];
          totals.squares[k] += others.squares[k];
          totals.counts[k] += others.counts[k];
        }
      } else {
        for (int a = 0; a < m; a++) {
          columnSums[a] += other.columnSums[a];
        }
      }
      for (int k = 0; k < m * m; k++) {
        products[k] += other.products[k];
      }
      rows += other.rows;
    }

    MomentMatrix toMatrix() {
      // Exact: every total is an integer below 2^53, so the conversion loses nothing; the sums are of
      // values shifted by the range's minimum, which the moments carry as their shift.
      double min = range.min();
      PairTotals totals = pairTotals;
      return assemble(m, rows, totals == null ? null : totals.counts,
          toDoubles(totals == null ? columnSums : totals.sums),
          totals == null ? null : toDoubles(totals.squares), toDoubles(products),
          (a, b, n, sx, sy, sxx, syy, sxy) -> shifted(n, min, min, sx, sy, sxx, syy, sxy));
    }

    /**
     * Per-pair totals: {@code sums[a·m + b]} is Σ x_a over the rows where b is present, {@code squares}
     * likewise for x_a², {@code counts} the rows where both are.
     */
    private record PairTotals(long[] sums, long[] squares, long[] counts) {}

    /** A block's squared values, presence flags, and the flags packed like the values. */
    private record MissingBuffers(int[][] valueSquares, int[][] present, int[][] packedPresent) {}
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

  /** Returns −1 (all bits set) if {@code v} is NaN, else 0: branch-free, for unpredictable missing cells. */
  private static long nanBits(double v) {
    return (0x7FF0000000000000L - (Double.doubleToRawLongBits(v) & Long.MAX_VALUE)) >> 63;
  }

  /**
   * Returns {@code d}, or −0.0 where {@code nanBits} is all ones: a zero in every product and sum, and a
   * mark no present value carries (a centred value that is exactly zero is +0.0).
   */
  private static double missingAsNegativeZero(double d, long nanBits) {
    return Double.longBitsToDouble((Double.doubleToRawLongBits(d) & ~nanBits) | (NEGATIVE_ZERO & nanBits));
  }

  private static void clear(double[][] matrix) {
    for (double[] row : matrix) {
      Arrays.fill(row, 0);
    }
  }

  /**
   * The kernel: adds {@code u[r][a] · u[r][b]} over the block's rows to {@code out[a][b]}, b ≥ a. Four
   * rows at a time, so each element of {@code out} is loaded and stored once per four multiply-adds; one
   * array per row keeps every access in the inner loop at index {@code b}, the loop the JIT vectorises.
   */
  private static void upperProducts(double[][] u, int len, int m, double[][] out) {
    int r = 0;
    for (; r + 4 <= len; r += 4) {
      double[] u0 = u[r];
      double[] u1 = u[r + 1];
      double[] u2 = u[r + 2];
      double[] u3 = u[r + 3];
      for (int a = 0; a < m; a++) {
        double x0 = u0[a];
        double x1 = u1[a];
        double x2 = u2[a];
        double x3 = u3[a];
        double[] o = out[a];
        for (int b = a; b < m; b++) {
          o[b] += x0 * u0[b] + x1 * u1[b] + x2 * u2[b] + x3 * u3[b];
        }
      }
    }
    for (; r < len; r++) {
      double[] ur = u[r];
      for (int a = 0; a < m; a++) {
        double x = ur[a];
        double[] o = out[a];
        for (int b = a; b < m; b++) {
          o[b] += x * ur[b];
        }
      }
    }
  }

  /** Returns {@code Σ x[i]·y[i]} over {@code [0, len)}, in int (the caller bounds it). */
  private static int dot(int[] x, int[] y, int len) {
    int sum = 0;
    for (int i = 0; i < len; i++) {
      sum += x[i] * y[i];
    }
    return sum;
  }

  private static int sum(int[] x, int len) {
    int sum = 0;
    for (int i = 0; i < len; i++) {
      sum += x[i];
    }
    return sum;
  }

  @Override
  public String toString() {
    return "MomentMatrix[" + size + " columns]";
  }
}
