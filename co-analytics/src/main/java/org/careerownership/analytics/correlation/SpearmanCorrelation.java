package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.careerownership.analytics.inference.Alternative;
import org.careerownership.analytics.internal.IncompleteBeta;
import org.careerownership.analytics.moments.MomentMatrix;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.LikertRange;

/**
 * Spearman's rank correlation with its large-sample t test. Immutable and thread-safe; get one from
 * {@link Correlations#spearman()}.
 *
 * <h2>Definition</h2>
 *
 * <p>Pearson's correlation of the mid-ranks of the complete pairs (ties share their average rank); the
 * p-value uses {@code t = ρ √((n − 2)/(1 − ρ²))} with {@code n − 2} degrees of freedom — R's {@code
 * cor.test(method = "spearman", exact = FALSE)} and scipy's {@code spearmanr}. (R's default exact test
 * for small samples without ties is a different method.)
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Outcome<RankCorrelationTest> rho = Correlations.spearman().test(x, y);
 * CorrelationMatrix<RankCorrelationTest> m = Correlations.spearman()
 *     .matrix(names, codes, LikertRange.of(1, 5), 0, Deletion.PAIRWISE);
 * }</pre>
 *
 * @since 0.1
 */
public final class SpearmanCorrelation {
  static final SpearmanCorrelation STANDARD = new SpearmanCorrelation(Alternative.TWO_SIDED, 1);

  private final Alternative alternative;
  private final int parallelism;

  private SpearmanCorrelation(Alternative alternative, int parallelism) {
    this.alternative = alternative;
    this.parallelism = parallelism;
  }

  /** Returns a copy testing against {@code alternative}. */
  public SpearmanCorrelation with(Alternative alternative) {
    return new SpearmanCorrelation(requireNonNull(alternative, "alternative"), parallelism);
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
  public SpearmanCorrelation withParallelism(int parallelism) {
    checkArgument(parallelism >= 1, "parallelism (%s) must be at least 1", parallelism);
    return new SpearmanCorrelation(alternative, parallelism);
  }

  /**
   * Returns the test of the complete pairs of {@code x} and {@code y} ({@code NaN} is missing).
   *
   * @throws IllegalArgumentException if the arrays differ in length or hold an infinite value
   */
  public Outcome<RankCorrelationTest> test(double[] x, double[] y) {
    double[][] pairs = CompletePairs.of(x, y);
    return test(PairedMoments.of(Ranks.midRanks(pairs[0]), Ranks.midRanks(pairs[1])));
  }

  /** Returns the test from the paired moments of the mid-ranks. */
  Outcome<RankCorrelationTest> test(PairedMoments ranks) {
    long n = ranks.count();
    if (n < 3) {
      return Outcome.failed(List.of(Problem.of(ProblemCode.TOO_FEW_OBSERVATIONS, Location.nowhere(),
          ImmutableMap.of("n", Long.toString(n), "minimum", "3"))));
    }
    if (ranks.xMoments().sumOfSquaredDeviations() == 0 || ranks.yMoments().sumOfSquaredDeviations() == 0) {
      String variable = ranks.xMoments().sumOfSquaredDeviations() == 0 ? "x" : "y";
      return Outcome.failed(List.of(Problem.of(ProblemCode.CONSTANT_VARIABLE,
          Location.nowhere().withField(variable), ImmutableMap.of("variable", variable))));
    }
    double rho = ranks.pearsonsCorrelation();
    long df = n - 2;
    double oneMinusR2 = (1 - rho) * (1 + rho);
    double t = oneMinusR2 == 0 ? Math.copySign(Double.POSITIVE_INFINITY, rho) : rho * Math.sqrt(df / oneMinusR2);
    double twoSided = Math.exp(IncompleteBeta.logRegularized(oneMinusR2, df / 2.0, 0.5));
    return Outcome.ok(new RankCorrelationTest(rho, n, t, alternative, Tails.fromTwoSided(twoSided, t, alternative)));
  }

  /**
   * Returns the Spearman matrix of {@code columns}, one per name ({@code NaN} is missing). Without missing
   * values (or with listwise deletion) each column is ranked once; with pairwise deletion, each pair's
   * complete rows are ranked, as R's {@code cor(method = "spearman", use = "pairwise.complete.obs")}.
   *
   * @throws IllegalArgumentException if the counts or lengths disagree, or a value is infinite
   */
  public CorrelationMatrix<RankCorrelationTest> matrix(List<String> names, double[][] columns, Deletion deletion) {
    int rows = MatrixInput.rows(names, columns, deletion);
    double[][] used = deletion == Deletion.LISTWISE ? MatrixInput.completeRows(columns, rows) : columns;
    boolean anyMissing = false;
    for (int a = 0; a < used.length; a++) {
      for (int i = 0; i < used[a].length; i++) {
        if (Double.isInfinite(used[a][i])) {
          throw new IllegalArgumentException(
              String.format("column '%s', row %s: %s is not a finite value", names.get(a), i, used[a][i]));
        }
        anyMissing |= Double.isNaN(used[a][i]);
      }
    }
    int m = used.length;
    if (!anyMissing) {
      double[][] ranks = new double[m][];
      for (int a = 0; a < m; a++) {
        ranks[a] = Ranks.midRanks(used[a]);
      }
      return fromRanks(names, MomentMatrix.of(ranks, parallelism), deletion);
    }
    return CorrelationMatrix.ofPairs(names, deletion, parallelism, (a, b, k) -> test(used[a], used[b]));
  }

  /**
   * Returns the Spearman matrix of Likert-coded columns. Ranks come from code counts, not sorting: without
   * missing codes (or with listwise deletion) each column is ranked once; otherwise each pair's exact
   * contingency table gives its ranks.
   *
   * @throws IllegalArgumentException if the counts or lengths disagree, or a code is neither in
   *     {@code range} nor {@code missingCode} (naming column and row)
   */
  public CorrelationMatrix<RankCorrelationTest> matrix(
      List<String> names, int[][] codes, LikertRange range, int missingCode, Deletion deletion) {
    int rows = MatrixInput.rows(names, codes, deletion);
    int[][] used = deletion == Deletion.LISTWISE ? MatrixInput.completeRows(codes, rows, missingCode) : codes;
    LikertColumns columns = LikertColumns.of(names, used, used.length == 0 ? 0 : used[0].length, range, missingCode);
    if (!columns.anyMissing()) {
      return fromRanks(names,
          MomentMatrix.ofScoredCodes(used, range, missingCode, columns.midRanks(), parallelism), deletion);
    }
    LikertPairs[] tables = columns.tables(parallelism);
    return CorrelationMatrix.ofPairs(names, deletion, parallelism, (a, b, k) -> tables[k].spearman(this));
  }

  private CorrelationMatrix<RankCorrelationTest> fromRanks(List<String> names, MomentMatrix ranks, Deletion deletion) {
    return CorrelationMatrix.ofPairs(names, deletion, parallelism, (a, b, k) -> test(ranks.pair(a, b)));
  }
}
