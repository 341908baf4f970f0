package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.nio.ByteBuffer;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import org.careerownership.analytics.internal.DoubleDouble;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.LikertRange;
import org.jspecify.annotations.Nullable;

/**
 * An immutable k × k table of counts of paired Likert codes — all a Pearson, Spearman or Kendall
 * correlation of two Likert items needs. Because the table is exact integers, a table merged from any
 * split of the data is identical to the one-shot table, and so is every statistic computed from it, bit
 * for bit. Build one with a {@link LikertPairsAccumulator}.
 *
 * <h2>Definition</h2>
 *
 * <p>Pearson's r from the exact integer sums of x, y, x², y² and xy; Spearman's rho as Pearson's r of
 * the mid-ranks each code gets from the margins; Kendall's tau-b from the concordant and discordant
 * pair counts of the table (O(k²) with prefix sums) and the margins' ties. Tests as {@link
 * PearsonCorrelation}, {@link SpearmanCorrelation} and {@link KendallCorrelation}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * LikertPairs table = accumulator.snapshot();
 * Outcome<RankCorrelationTest> tau = table.kendall(Correlations.kendall());
 * byte[] bytes = table.toByteArray(); // compact, for shipping between workers
 * }</pre>
 *
 * @since 0.1
 */
public final class LikertPairs implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final byte FORMAT = 1;

  private final int min;
  private final int points;
  private final long[] counts;

  LikertPairs(int min, int points, long[] counts) {
    this.min = min;
    this.points = points;
    this.counts = counts;
  }

  /** Returns the Likert range of both items. */
  public LikertRange range() {
    return LikertRange.of(min, min + points - 1);
  }

  /** Returns how many pairs have x code {@code x} and y code {@code y}. */
  public long count(int x, int y) {
    checkArgument(range().contains(x) && range().contains(y), "codes (%s, %s) must be in %s", x, y, range());
    return counts[(x - min) * points + (y - min)];
  }

  /** Returns the number of complete pairs. */
  public long count() {
    return Arrays.stream(counts).sum();
  }

  /** Returns Pearson's correlation test of the table. */
  public Outcome<PearsonTest> pearson(PearsonCorrelation method) {
    return requireNonNull(method, "method").test(moments(codes(), codes()));
  }

  /** Returns Spearman's correlation test of the table, from the codes' mid-ranks. */
  public Outcome<RankCorrelationTest> spearman(SpearmanCorrelation method) {
    return requireNonNull(method, "method").test(moments(midRanks(rowTotals()), midRanks(columnTotals())));
  }

  /** Returns Kendall's tau-b test of the table. */
  public Outcome<RankCorrelationTest> kendall(KendallCorrelation method) {
    requireNonNull(method, "method");
    long n = count();
    long[] rows = rowTotals();
    long[] columns = columnTotals();
    if (n < 3) {
      return Outcome.failed(List.of(Problem.of(ProblemCode.TOO_FEW_OBSERVATIONS, Location.nowhere(),
          ImmutableMap.of("n", Long.toString(n), "minimum", "3"))));
    }
    // above[i][j] = number of pairs with x > i and y > j; belowRight = x > i and y < j.
    long concordant = 0;
    long discordant = 0;
    long[][] suffix = new long[points + 1][points + 2];
    for (int i = points - 1; i >= 0; i--) {
      for (int j = points - 1; j >= 0; j--) {
        suffix[i][j] = counts[i * points + j] + suffix[i + 1][j] + suffix[i][j + 1] - suffix[i + 1][j + 1];
      }
    }
    for (int i = 0; i < points; i++) {
      for (int j = 0; j < points; j++) {
        long c = counts[i * points + j];
        if (c == 0) {
          continue;
        }
        long greaterBoth = suffix[i + 1][j + 1];
        long greaterXAny = suffix[i + 1][0];
        long greaterXNotLessY = suffix[i + 1][j];
        concordant += c * greaterBoth;
        discordant += c * (greaterXAny - greaterXNotLessY);
      }
    }
    KendallCorrelation.TieSums xTies = new KendallCorrelation.TieSums();
    KendallCorrelation.TieSums yTies = new KendallCorrelation.TieSums();
    for (long t : rows) {
      xTies.addGroup(t);
    }
    for (long u : columns) {
      yTies.addGroup(u);
    }
    long n0 = n * (n - 1) / 2;
    if (xTies.pairs == n0 || yTies.pairs == n0) {
      String variable = xTies.pairs == n0 ? "x" : "y";
      return Outcome.failed(List.of(Problem.of(ProblemCode.CONSTANT_VARIABLE,
          Location.nowhere().withField(variable), ImmutableMap.of("variable", variable))));
    }
    return Outcome.ok(KendallCorrelation.test(concordant - discordant, n, xTies, yTies, method.alternative()));
  }

  /** Returns the paired moments of the table with x valued {@code xValue[i]} and y {@code yValue[j]}. */
  private PairedMoments moments(double[] xValue, double[] yValue) {
    DoubleDouble sx = new DoubleDouble();
    DoubleDouble sy = new DoubleDouble();
    DoubleDouble sxx = new DoubleDouble();
    DoubleDouble syy = new DoubleDouble();
    DoubleDouble sxy = new DoubleDouble();
    long n = 0;
    for (int i = 0; i < points; i++) {
      for (int j = 0; j < points; j++) {
        long c = counts[i * points + j];
        if (c == 0) {
          continue;
        }
        n += c;
        sx.addProduct(c, xValue[i]);
        sy.addProduct(c, yValue[j]);
        sxx.addProduct(c * xValue[i], xValue[i]);
        syy.addProduct(c * yValue[j], yValue[j]);
        sxy.addProduct(c * xValue[i], yValue[j]);
      }
    }
    return PairedMoments.fromSums(n, sx.value(), sy.value(), sxx.value(), syy.value(), sxy.value());
  }

  private double[] codes() {
    double[] codes = new double[points];
    for (int i = 0; i < points; i++) {
      codes[i] = min + i;
    }
    return codes;
  }

  private static double[] midRanks(long[] totals) {
    double[] ranks = new double[totals.length];
    long before = 0;
    for (int i = 0; i < totals.length; i++) {
      ranks[i] = before + (totals[i] + 1) / 2.0;
      before += totals[i];
    }
    return ranks;
  }

  private long[] rowTotals() {
    long[] rows = new long[points];
    for (int i = 0; i < points; i++) {
      for (int j = 0; j < points; j++) {
        rows[i] += counts[i * points + j];
      }
    }
    return rows;
  }

  private long[] columnTotals() {
    long[] columns = new long[points];
    for (int i = 0; i < points; i++) {
      for (int j = 0; j < points; j++) {
        columns[j] += counts[i * points + j];
      }
    }
    return columns;
  }

  long[] counts() {
    return counts;
  }

  int min() {
    return min;
  }

  int points() {
    return points;
  }

  /** Returns the compact byte form: a format byte, the range, then the counts. */
  public byte[] toByteArray() {
    ByteBuffer out = ByteBuffer.allocate(1 + 2 * Integer.BYTES + counts.length * Long.BYTES)
        .put(FORMAT).putInt(min).putInt(points);
    for (long c : counts) {
      out.putLong(c);
    }
    return out.array();
  }

  /**
   * Returns the table held in {@code bytes}, as written by {@link #toByteArray()}.
   *
   * @throws IllegalArgumentException if the bytes are not of that form
   */
  public static LikertPairs fromByteArray(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    checkArgument(bytes.length >= 9, "too few bytes for a Likert table: %s", bytes.length);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte format = in.get();
    checkArgument(format == FORMAT, "unknown Likert table format %s", format);
    int min = in.getInt();
    int points = in.getInt();
    checkArgument(points >= 2 && points <= 101, "points (%s) must be in [2, 101]", points);
    checkArgument(bytes.length == 9 + points * points * Long.BYTES, "a %s-point table takes %s bytes, got %s",
        points, 9 + points * points * Long.BYTES, bytes.length);
    long[] counts = new long[points * points];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = in.getLong();
      checkArgument(counts[i] >= 0, "count %s is negative", i);
    }
    return new LikertPairs(min, points, counts);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LikertPairs that && min == that.min && points == that.points
        && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(counts) + min;
  }

  @Override
  public String toString() {
    return "LikertPairs{range=" + range() + ", count=" + count() + "}";
  }
}
