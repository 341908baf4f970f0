package org.careerownership.analytics.moments;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * Immutable moments and co-moment of paired values (x, y): counts, means, variances, covariance and
 * Pearson's correlation of the pairs where both values are present. Mergeable and accurate like {@link
 * Moments}; like Guava's {@code PairedStats}.
 *
 * <h2>Missing values</h2>
 *
 * <p>A pair with {@code NaN} in either value is skipped: every statistic is over the complete pairs,
 * as R's {@code cor(x, y, use = "pairwise.complete.obs")}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * PairedMoments m = PairedMoments.of(x, y);   // NaN pairs skipped
 * double r = m.pearsonsCorrelation();
 * }</pre>
 *
 * @since 0.1
 */
public final class PairedMoments implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final byte FORMAT = 1;
  private static final PairedMoments EMPTY = new PairedMoments(0, 0, 0, new double[10]);

  /** The size of {@link #toByteArray()}: a format byte, the count and twelve doubles. */
  public static final int BYTES = 1 + Long.BYTES + 12 * Double.BYTES;

  final long count;
  final double xShift;
  final double yShift;
  /** sx, sy, sxx, syy, sxy as hi/lo pairs. */
  final double[] sums;

  PairedMoments(long count, double xShift, double yShift, double[] sums) {
    this.count = count;
    this.xShift = xShift;
    this.yShift = yShift;
    this.sums = sums;
  }

  /** Returns the moments of no pairs. */
  public static PairedMoments empty() {
    return EMPTY;
  }

  /**
   * Returns the paired moments of {@code x} and {@code y}; pairs with a {@code NaN} are skipped.
   *
   * @throws IllegalArgumentException if the arrays differ in length or a value is infinite
   */
  public static PairedMoments of(double[] x, double[] y) {
    PairedMomentsAccumulator accumulator = new PairedMomentsAccumulator();
    accumulator.addAll(x, y);
    return accumulator.snapshot();
  }

  /**
   * Returns the paired moments of {@code n} pairs with the given sums of x, y, x², y² and xy, as
   * integer-coded data (Likert codes, or their mid-ranks) accumulate them from a contingency table. Sums
   * of integers below 2^53 in magnitude are exact; larger ones (mid-ranks of millions of rows) carry
   * double rounding, about 1e-16 relative.
   *
   * @throws IllegalArgumentException if {@code n} is negative or a sum is not finite
   */
  public static PairedMoments fromSums(long n, double sx, double sy, double sxx, double syy, double sxy) {
    checkArgument(n >= 0, "n (%s) must be >= 0", n);
    for (double sum : new double[] {sx, sy, sxx, syy, sxy}) {
      checkArgument(Double.isFinite(sum), "sum %s must be finite", sum);
    }
    return n == 0 ? EMPTY : new PairedMoments(n, 0, 0, new double[] {sx, 0, sy, 0, sxx, 0, syy, 0, sxy, 0});
  }

  /** Returns the number of complete pairs. */
  public long count() {
    return count;
  }

  /** Returns the moments of the x values of the complete pairs. */
  public Moments xMoments() {
    return new Moments(count, xShift, sums[0], sums[1], sums[4], sums[5]);
  }

  /** Returns the moments of the y values of the complete pairs. */
  public Moments yMoments() {
    return new Moments(count, yShift, sums[2], sums[3], sums[6], sums[7]);
  }

  /**
   * Returns {@code Σ(x − x̄)(y − ȳ)} over the complete pairs.
   *
   * @throws IllegalStateException if there are no pairs
   */
  public double sumOfProductsOfDeviations() {
    checkState(count > 0, "no complete pairs");
    return Moments.centered(sums[0], sums[1], sums[2], sums[3], sums[8], sums[9], count);
  }

  /**
   * Returns the sample covariance, {@code Σ(x − x̄)(y − ȳ) / (n − 1)}, as R's {@code cov()}.
   *
   * @throws IllegalStateException if there are fewer than two pairs
   */
  public double sampleCovariance() {
    checkState(count > 1, "the sample covariance needs at least two pairs, had %s", count);
    return sumOfProductsOfDeviations() / (count - 1);
  }

  /**
   * Returns Pearson's correlation of the complete pairs, in [−1, +1].
   *
   * @throws IllegalStateException if there are fewer than two pairs or either variable is constant
   */
  public double pearsonsCorrelation() {
    checkState(count > 1, "a correlation needs at least two pairs, had %s", count);
    double xx = xMoments().sumOfSquaredDeviations();
    double yy = yMoments().sumOfSquaredDeviations();
    checkState(xx > 0 && yy > 0, "a correlation is undefined when a variable is constant");
    double r = sumOfProductsOfDeviations() / (Math.sqrt(xx) * Math.sqrt(yy));
    return Math.max(-1, Math.min(1, r));
  }

  /** Returns the compact byte form; read it with {@link #fromByteArray}. */
  public byte[] toByteArray() {
    ByteBuffer out = ByteBuffer.allocate(BYTES).put(FORMAT).putLong(count).putDouble(xShift).putDouble(yShift);
    for (double sum : sums) {
      out.putDouble(sum);
    }
    return out.array();
  }

  /**
   * Returns the paired moments held in {@code bytes}, as written by {@link #toByteArray()}.
   *
   * @throws IllegalArgumentException if the bytes are not of that form
   */
  public static PairedMoments fromByteArray(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    checkArgument(bytes.length == BYTES, "paired moments take %s bytes, got %s", BYTES, bytes.length);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte format = in.get();
    checkArgument(format == FORMAT, "unknown paired moments format %s", format);
    long count = in.getLong();
    checkArgument(count >= 0, "count (%s) must be >= 0", count);
    double xShift = in.getDouble();
    double yShift = in.getDouble();
    double[] sums = new double[10];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = in.getDouble();
    }
    return new PairedMoments(count, xShift, yShift, sums);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PairedMoments that
        && count == that.count
        && Double.compare(xShift, that.xShift) == 0
        && Double.compare(yShift, that.yShift) == 0
        && java.util.Arrays.equals(sums, that.sums);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count) * 31 + java.util.Arrays.hashCode(sums);
  }

  @Override
  public String toString() {
    return "PairedMoments{count=" + count + "}";
  }
}
