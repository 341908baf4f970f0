package org.careerownership.analytics.reliability;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.moments.Moments;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.LikertRange;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Cronbach's alpha of a scale and its item statistics, as {@code psych::alpha(x, keys)} computes them.
 * Immutable and thread-safe; get one from {@link Reliability#cronbachAlpha()}.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * AlphaResult a = Reliability.cronbachAlpha()
 *     .compute(List.of("A1", "A2", "A3", "A4", "A5"), columns, Set.of("A1"), LikertRange.of(1, 6))
 *     .orElseThrow();
 * a.total().rawAlpha();
 * }</pre>
 *
 * <h2>Definition</h2>
 *
 * <p>Reverse-keyed items are recoded {@code min + max − x}. C is the items' covariance matrix and R =
 * cov2cor(C). With {@link Deletion#PAIRWISE} (psych's default) each covariance uses the rows where both
 * items are present and each variance all of the item's values, over all rows; with {@link
 * Deletion#LISTWISE}, only the rows complete on the scale are used. See {@link AlphaStatistics} and
 * {@link ItemStatistics} for each statistic. Squared multiple correlations come from Hipparchus' LU
 * inverse of R.
 *
 * <h2>Missing and undefined</h2>
 *
 * <p>{@code NaN} marks a missing answer. A constant item or fewer than two usable rows gives a failed
 * outcome naming the item, never a {@code NaN}.
 *
 * @since 0.1
 */
public final class CronbachAlpha {
  static final CronbachAlpha STANDARD = new CronbachAlpha(Deletion.PAIRWISE);

  private final Deletion deletion;

  private CronbachAlpha(Deletion deletion) {
    this.deletion = deletion;
  }

  /** Returns a copy using {@code deletion} for missing answers. */
  public CronbachAlpha with(Deletion deletion) {
    return new CronbachAlpha(requireNonNull(deletion, "deletion"));
  }

  /**
   * Returns the reliability of the scale made of {@code items}.
   *
   * @param items the items' names, at least two
   * @param columns one column of answers per item, all of one length; {@code NaN} is missing
   * @param reverseKeyed the names of the reverse-keyed items
   * @param range the answer range, for reverse keying
   * @throws IllegalArgumentException if fewer than two items, the counts or lengths disagree, a value
   *     is infinite, or a reverse-keyed name is not an item
   */
  public Outcome<AlphaResult> compute(
      List<String> items, double[][] columns, Set<String> reverseKeyed, LikertRange range) {
    requireNonNull(items, "items");
    requireNonNull(columns, "columns");
    requireNonNull(reverseKeyed, "reverseKeyed");
    requireNonNull(range, "range");
    int k = items.size();
    checkArgument(k >= 2, "a scale needs at least two items, had %s", k);
    checkArgument(columns.length == k, "%s items but %s columns", k, columns.length);
    checkArgument(items.containsAll(reverseKeyed), "reverse-keyed %s are not all items of %s", reverseKeyed, items);
    int rows = columns[0].length;
    for (int j = 0; j < k; j++) {
      checkArgument(columns[j].length == rows, "column '%s' has %s rows, not %s", items.get(j), columns[j].length, rows);
    }
    AlphaAccumulator accumulator = new AlphaAccumulator(items, reverseKeyed, range, deletion);
    double[] row = new double[k];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < k; j++) {
        row[j] = columns[j][i];
      }
      accumulator.add(row);
    }
    return accumulator.result();
  }

  /**
   * Returns alpha and the item statistics from accumulated moments: each item's, each pair's, the row
   * scores' and each item's with the row score, over {@code used} rows.
   */
  static Outcome<AlphaResult> fromMoments(List<String> items, Moments[] moments, PairedMoments[][] pairs,
      Moments scoreMoments, PairedMoments[] scoreWithItem, long used) {
    int k = items.size();
    List<Problem> problems = new ArrayList<>();
    double[][] c = new double[k][k];
    for (int i = 0; i < k; i++) {
      if (moments[i].count() < 2 || moments[i].sumOfSquaredDeviations() == 0) {
        problems.add(Problem.of(ProblemCode.CONSTANT_VARIABLE, Location.nowhere().withField(items.get(i)),
            ImmutableMap.of("variable", items.get(i))));
        continue;
      }
      c[i][i] = moments[i].sampleVariance();
    }
    if (!problems.isEmpty()) {
      return Outcome.failed(problems);
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        PairedMoments pair = pairs[i][j];
        if (pair.count() < 2) {
          return Outcome.failed(List.of(Problem.of(ProblemCode.TOO_FEW_OBSERVATIONS,
              Location.nowhere().withRecord(items.get(i) + " ~ " + items.get(j)),
              ImmutableMap.of("n", Long.toString(pair.count()), "minimum", "2"))));
        }
        c[i][j] = pair.sampleCovariance();
        c[j][i] = c[i][j];
      }
    }
    double[][] r = cov2cor(c);
    double[] smc = smc(r);
    double sumR = sum(r);
    double sumRc = sumR - k + Arrays.stream(smc).sum();
    List<ItemStatistics> stats = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double colR = 0;
      double colC = 0;
      for (int j = 0; j < k; j++) {
        colR += r[j][i];
        colC += c[j][i];
      }
      double colRc = colR - 1 + smc[i];
      double[][] cDrop = without(c, i);
      Optional<AlphaStatistics> ifDropped = k >= 3 ? Optional.of(statistics(cDrop, cov2cor(cDrop), used)) : Optional.empty();
      stats.add(new ItemStatistics(
          items.get(i),
          moments[i].count(),
          scoreWithItem[i].pearsonsCorrelation(),
          colR / Math.sqrt(sumR),
          colRc / Math.sqrt(sumRc),
          (colC - c[i][i]) / Math.sqrt(c[i][i] * sum(cDrop)),
          moments[i].mean(),
          moments[i].sampleStandardDeviation(),
          ifDropped));
    }
    return Outcome.ok(new AlphaResult(
        used, statistics(c, r, used), scoreMoments.mean(), scoreMoments.sampleStandardDeviation(), stats));
  }

  /** Returns the statistics of covariance matrix {@code c} with correlations {@code r}, over {@code n} rows. */
  private static AlphaStatistics statistics(double[][] c, double[][] r, long n) {
    int k = c.length;
    double sumC = sum(c);
    double traceC = 0;
    double traceC2 = 0;
    double sumC2 = 0;
    for (int i = 0; i < k; i++) {
      traceC += c[i][i];
      double row = 0;
      for (int j = 0; j < k; j++) {
        traceC2 += c[i][j] * c[j][i];
        row += c[i][j];
      }
      sumC2 += row * row; // 1'C C 1 = |C 1|² for symmetric C
    }
    double sumR = sum(r);
    double factor = k / (k - 1.0);
    double averageR = (sumR - k) / (k * (k - 1.0));
    double[] off = new double[k * (k - 1) / 2];
    int m = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        off[m++] = r[j][i];
      }
    }
    double q = (2 * k * (double) k / ((k - 1.0) * (k - 1.0) * sumC * sumC * sumC))
        * (sumC * (traceC2 + traceC * traceC) - 2 * (traceC * sumC2));
    return new AlphaStatistics(
        factor * (1 - traceC / sumC),
        factor * (1 - k / sumR),
        1 - (k - Arrays.stream(smc(r)).sum()) / sumR,
        averageR,
        median(off),
        off.length > 1 ? Moments.of(off).sampleVariance() : 0,
        k * averageR / (1 - averageR),
        Math.sqrt(q / n));
  }

  private static double[] smc(double[][] r) {
    if (r.length == 1) {
      return new double[] {0};
    }
    RealMatrix inverse = new LUDecomposition(new Array2DRowRealMatrix(r)).getSolver().getInverse();
    double[] smc = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      smc[i] = 1 - 1 / inverse.getEntry(i, i);
    }
    return smc;
  }

  private static double[][] cov2cor(double[][] c) {
    int k = c.length;
    double[][] r = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        r[i][j] = i == j ? 1 : c[i][j] / (Math.sqrt(c[i][i]) * Math.sqrt(c[j][j]));
      }
    }
    return r;
  }

  private static double[][] without(double[][] m, int drop) {
    int k = m.length;
    double[][] out = new double[k - 1][k - 1];
    for (int i = 0, a = 0; i < k; i++) {
      if (i == drop) {
        continue;
      }
      for (int j = 0, b = 0; j < k; j++) {
        if (j != drop) {
          out[a][b++] = m[i][j];
        }
      }
      a++;
    }
    return out;
  }

  private static double sum(double[][] m) {
    double s = 0;
    for (double[] row : m) {
      for (double v : row) {
        s += v;
      }
    }
    return s;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
