package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.careerownership.analytics.inference.Alternative;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.LikertRange;
import org.hipparchus.special.Erf;

/**
 * Kendall's tau-b with its large-sample z test, tie-corrected. Immutable and thread-safe; get one from
 * {@link Correlations#kendall()}.
 *
 * <h2>Definition</h2>
 *
 * <p>{@code τ_b = S / √((n0 − n1)(n0 − n2))} with {@code S} = concordant − discordant pairs, {@code n0 =
 * n(n−1)/2} and {@code n1}, {@code n2} the pairs tied in x and in y, counted in O(n log n) by Knight's
 * (1966) merge sort with {@code long} counters (no overflow below about 4·10⁹ rows). The z statistic is
 * {@code S / √var(S)} with the variance corrected for ties (Kendall 1970, as R's {@code cor.test(method
 * = "kendall", exact = FALSE)} and scipy's {@code kendalltau}); the p-value is normal.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Outcome<RankCorrelationTest> tau = Correlations.kendall().with(Alternative.GREATER).test(x, y);
 * CorrelationMatrix<RankCorrelationTest> m = Correlations.kendall().withParallelism(4)
 *     .matrix(names, codes, LikertRange.of(1, 5), 0, Deletion.PAIRWISE);
 * }</pre>
 *
 * @since 0.1
 */
public final class KendallCorrelation {
  static final KendallCorrelation STANDARD = new KendallCorrelation(Alternative.TWO_SIDED, 1);

  private final Alternative alternative;
  private final int parallelism;

  private KendallCorrelation(Alternative alternative, int parallelism) {
    this.alternative = alternative;
    this.parallelism = parallelism;
  }

  /** Returns a copy testing against {@code alternative}. */
  public KendallCorrelation with(Alternative alternative) {
    return new KendallCorrelation(requireNonNull(alternative, "alternative"), parallelism);
  }

  /**
   * Returns a copy that computes matrices with up to {@code parallelism} workers on the common
   * fork-join pool (row ranges for the moment and count kernels, pair ranges for per-pair tests); 1, the
   * default, computes on the calling thread. Results equal the one-thread results: bit for bit where
   * every sum is an integer count (Pearson and Kendall over Likert codes, Spearman from pair tables),
   * to rounding otherwise (real values, Spearman from ranks).
   *
   * @throws IllegalArgumentException if {@code parallelism} is below 1
   */
  public KendallCorrelation withParallelism(int parallelism) {
    checkArgument(parallelism >= 1, "parallelism (%s) must be at least 1", parallelism);
    return new KendallCorrelation(alternative, parallelism);
  }

  /**
   * Returns the test of the complete pairs of {@code x} and {@code y} ({@code NaN} is missing).
   *
   * @throws IllegalArgumentException if the arrays differ in length or hold an infinite value
   */
  public Outcome<RankCorrelationTest> test(double[] x, double[] y) {
    double[][] pairs = CompletePairs.of(x, y);
    int n = pairs[0].length;
    if (n < 3) {
      return Outcome.failed(List.of(Problem.of(ProblemCode.TOO_FEW_OBSERVATIONS, Location.nowhere(),
          ImmutableMap.of("n", Integer.toString(n), "minimum", "3"))));
    }
    double[] a = pairs[0];
    double[] b = pairs[1];
    int[] xRanks = Ranks.denseRanks(a);
    int[] yRanks = Ranks.denseRanks(b);
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (long) xRanks[i] << 32 | yRanks[i];
    }
    int[] order = Ranks.order(keys);
    double[] ys = new double[n];
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = a[order[i]];
      ys[i] = b[order[i]];
    }
    long n0 = (long) n * (n - 1) / 2;
    TieSums xTies = TieSums.ofSorted(xs);
    long jointTies = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && xs[j + 1] == xs[i] && ys[j + 1] == ys[i]) {
        j++;
      }
      long t = j - i + 1;
      jointTies += t * (t - 1) / 2;
      i = j + 1;
    }
    long swaps = mergeSortCountingSwaps(ys, new double[n], 0, n);
    TieSums yTies = TieSums.ofSorted(ys);
    if (xTies.pairs == n0 || yTies.pairs == n0) {
      String variable = xTies.pairs == n0 ? "x" : "y";
      return Outcome.failed(List.of(Problem.of(ProblemCode.CONSTANT_VARIABLE,
          Location.nowhere().withField(variable), ImmutableMap.of("variable", variable))));
    }
    long s = n0 - xTies.pairs - yTies.pairs + jointTies - 2 * swaps;
    return Outcome.ok(test(s, n, xTies, yTies, alternative));
  }

  /**
   * Returns the Kendall tau-b matrix of {@code columns}, one per name ({@code NaN} is missing), each pair
   * over its complete rows (or the rows complete in every column, with listwise deletion).
   *
   * @throws IllegalArgumentException if the counts or lengths disagree, or a value is infinite
   */
  public CorrelationMatrix<RankCorrelationTest> matrix(List<String> names, double[][] columns, Deletion deletion) {
    int rows = MatrixInput.rows(names, columns, deletion);
    double[][] used = deletion == Deletion.LISTWISE ? MatrixInput.completeRows(columns, rows) : columns;
    return CorrelationMatrix.ofPairs(names, deletion, parallelism, (a, b, k) -> test(used[a], used[b]));
  }

  /**
   * Returns the Kendall tau-b matrix of Likert-coded columns from each pair's exact contingency table
   * ({@code long} counts: exact at any row count), in O(rows) per pair.
   *
   * @throws IllegalArgumentException if the counts or lengths disagree, or a code is neither in
   *     {@code range} nor {@code missingCode} (naming column and row)
   */
  public CorrelationMatrix<RankCorrelationTest> matrix(
      List<String> names, int[][] codes, LikertRange range, int missingCode, Deletion deletion) {
    int rows = MatrixInput.rows(names, codes, deletion);
    int[][] used = deletion == Deletion.LISTWISE ? MatrixInput.completeRows(codes, rows, missingCode) : codes;
    LikertPairs[] tables =
        LikertColumns.of(names, used, used.length == 0 ? 0 : used[0].length, range, missingCode).tables(parallelism);
    return CorrelationMatrix.ofPairs(names, deletion, parallelism, (a, b, k) -> tables[k].kendall(this));
  }

  /** Returns the test from S = concordant − discordant and the tie groups, for {@code n} pairs. */
  static RankCorrelationTest test(long s, long n, TieSums xTies, TieSums yTies, Alternative alternative) {
    long n0 = n * (n - 1) / 2;
    double tau = s / (Math.sqrt((double) (n0 - xTies.pairs)) * Math.sqrt((double) (n0 - yTies.pairs)));
    double nn = n;
    double v0 = nn * (nn - 1) * (2 * nn + 5);
    double variance = (v0 - xTies.v - yTies.v) / 18
        + xTies.t1 * yTies.t1 / (2 * nn * (nn - 1))
        + xTies.t2 * yTies.t2 / (9 * nn * (nn - 1) * (nn - 2));
    double z = s / Math.sqrt(variance);
    double twoSided = Erf.erfc(Math.abs(z) / Math.sqrt(2));
    return new RankCorrelationTest(
        Math.max(-1, Math.min(1, tau)), n, z, alternative, Tails.fromTwoSided(twoSided, z, alternative));
  }

  /** Returns this test's alternative. */
  Alternative alternative() {
    return alternative;
  }

  /** Sorts {@code v[from, to)} ascending and returns the number of swaps (inversions) a bubble sort would make. */
  private static long mergeSortCountingSwaps(double[] v, double[] buffer, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long swaps = mergeSortCountingSwaps(v, buffer, from, mid) + mergeSortCountingSwaps(v, buffer, mid, to);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      if (v[j] < v[i]) {
        swaps += mid - i;
        buffer[k++] = v[j++];
      } else {
        buffer[k++] = v[i++];
      }
    }
    while (i < mid) {
      buffer[k++] = v[i++];
    }
    while (j < to) {
      buffer[k++] = v[j++];
    }
    System.arraycopy(buffer, from, v, from, to - from);
    return swaps;
  }

  /** Tie statistics of a column: tied pairs Σt(t−1)/2 and the variance terms. */
  static final class TieSums {
    long pairs;
    double v;
    double t1;
    double t2;

    /** Adds a group of {@code t} tied values. */
    void addGroup(long t) {
      double d = t;
      pairs += t * (t - 1) / 2;
      v += d * (d - 1) * (2 * d + 5);
      t1 += d * (d - 1);
      t2 += d * (d - 1) * (d - 2);
    }

    static TieSums ofSorted(double[] sorted) {
      TieSums sums = new TieSums();
      int n = sorted.length;
      for (int i = 0; i < n; ) {
        int j = i;
        while (j + 1 < n && sorted[j + 1] == sorted[i]) {
          j++;
        }
        sums.addGroup(j - i + 1);
        i = j + 1;
      }
      return sums;
    }
  }
}
