package org.careerownership.analytics.moments;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.nio.ByteBuffer;
import org.careerownership.analytics.internal.DoubleDouble;
import org.jspecify.annotations.Nullable;

/**
 * Immutable count, mean and variance of a set of values, mergeable and accurate on ill-conditioned data.
 * Like Guava's {@code Stats}, but with the sums kept exactly enough to match R's two-pass results.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Moments m = Moments.of(3.0, 4.0, Double.NaN, 5.0); // NaN is a missing value: count 3
 * m.mean();                    // 4.0
 * m.sampleVariance();          // 1.0
 * }</pre>
 *
 * <h2>Definition</h2>
 *
 * <p>With {@code K} the first value added, the state is the count {@code n} and the sums {@code S1 =
 * Σ(x − K)} and {@code S2 = Σ(x − K)²} in double-double precision (exact products by {@link
 * Math#fma}); {@code mean = K + S1/n} and the sum of squared deviations is {@code S2 − S1²/n}. Shifting
 * by a data value removes the cancellation that breaks the textbook one-pass formula (Chan, Golub and
 * LeVeque 1983), and the extra precision makes the result agree with R's two-pass {@code var()} to the
 * last few bits.
 *
 * <h2>Missing and non-finite values</h2>
 *
 * <p>{@code NaN} means missing and is skipped; infinities are rejected with {@link
 * IllegalArgumentException}.
 *
 * <h2>Merging</h2>
 *
 * <p>{@link MomentsAccumulator#addAll(Moments)} combines states as if every value had been added to
 * one: associative and commutative up to rounding, with {@link #empty()} the identity.
 *
 * @since 0.1
 */
public final class Moments implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final byte FORMAT = 1;
  private static final Moments EMPTY = new Moments(0, 0, 0, 0, 0, 0);

  /** The size of {@link #toByteArray()}: a format byte, the count and five doubles. */
  public static final int BYTES = 1 + Long.BYTES + 5 * Double.BYTES;

  final long count;
  final double shift;
  final double s1hi;
  final double s1lo;
  final double s2hi;
  final double s2lo;

  Moments(long count, double shift, double s1hi, double s1lo, double s2hi, double s2lo) {
    this.count = count;
    this.shift = shift;
    this.s1hi = s1hi;
    this.s1lo = s1lo;
    this.s2hi = s2hi;
    this.s2lo = s2lo;
  }

  /** Returns the moments of no values. */
  public static Moments empty() {
    return EMPTY;
  }

  /**
   * Returns the moments of {@code values}; {@code NaN} entries are missing and skipped.
   *
   * @throws IllegalArgumentException if a value is infinite
   */
  public static Moments of(double... values) {
    MomentsAccumulator accumulator = new MomentsAccumulator();
    accumulator.addAll(values);
    return accumulator.snapshot();
  }

  /** Returns the number of values. */
  public long count() {
    return count;
  }

  /**
   * Returns the arithmetic mean.
   *
   * @throws IllegalStateException if there are no values
   */
  public double mean() {
    checkState(count > 0, "the mean of no values is undefined");
    return shift + (s1hi + s1lo) / count;
  }

  /**
   * Returns the sum of squared deviations from the mean, {@code Σ(x − mean)²}; never negative.
   *
   * @throws IllegalStateException if there are no values
   */
  public double sumOfSquaredDeviations() {
    checkState(count > 0, "the sum of squared deviations of no values is undefined");
    return Math.max(0, centered(s1hi, s1lo, s1hi, s1lo, s2hi, s2lo, count));
  }

  /**
   * Returns the sample variance, {@code Σ(x − mean)² / (n − 1)}, as R's {@code var()}.
   *
   * @throws IllegalStateException if there are fewer than two values
   */
  public double sampleVariance() {
    checkState(count > 1, "the sample variance needs at least two values, had %s", count);
    return sumOfSquaredDeviations() / (count - 1);
  }

  /**
   * Returns the sample standard deviation, as R's {@code sd()}.
   *
   * @throws IllegalStateException if there are fewer than two values
   */
  public double sampleStandardDeviation() {
    return Math.sqrt(sampleVariance());
  }

  /**
   * Returns the population variance, {@code Σ(x − mean)² / n}.
   *
   * @throws IllegalStateException if there are no values
   */
  public double populationVariance() {
    return sumOfSquaredDeviations() / count;
  }

  /** Returns the compact byte form: a format byte, then the state; read it with {@link #fromByteArray}. */
  public byte[] toByteArray() {
    return ByteBuffer.allocate(BYTES)
        .put(FORMAT)
        .putLong(count)
        .putDouble(shift)
        .putDouble(s1hi)
        .putDouble(s1lo)
        .putDouble(s2hi)
        .putDouble(s2lo)
        .array();
  }

  /**
   * Returns the moments held in {@code bytes}, as written by {@link #toByteArray()}.
   *
   * @throws IllegalArgumentException if the bytes are not of that form
   */
  public static Moments fromByteArray(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    checkArgument(bytes.length == BYTES, "moments take %s bytes, got %s", BYTES, bytes.length);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte format = in.get();
    checkArgument(format == FORMAT, "unknown moments format %s", format);
    long count = in.getLong();
    checkArgument(count >= 0, "count (%s) must be >= 0", count);
    return new Moments(count, in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble());
  }

  /**
   * Returns {@code Σ(a − Ka)(b − Kb) − Sa·Sb/n} from double-double sums: the centred cross-product of two
   * shifted variables (for one variable, its sum of squared deviations).
   */
  static double centered(double sahi, double salo, double sbhi, double sblo, double sabhi, double sablo, long n) {
    DoubleDouble product = new DoubleDouble();
    product.addProduct(sahi, sbhi);
    product.add(sahi * sblo + salo * sbhi);
    double t = product.hi() / n;
    double tError = (Math.fma(-t, n, product.hi()) + product.lo()) / n;
    DoubleDouble result = new DoubleDouble(sabhi, sablo);
    result.add(-t);
    result.add(-tError);
    return result.value();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Moments that
        && count == that.count
        && Double.compare(shift, that.shift) == 0
        && Double.compare(s1hi, that.s1hi) == 0
        && Double.compare(s1lo, that.s1lo) == 0
        && Double.compare(s2hi, that.s2hi) == 0
        && Double.compare(s2lo, that.s2lo) == 0;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count) * 31 + Double.hashCode(s1hi + s2hi);
  }

  @Override
  public String toString() {
    return count == 0
        ? "Moments{count=0}"
        : "Moments{count=" + count + ", mean=" + mean()
            + (count > 1 ? ", sampleVariance=" + sampleVariance() : "") + "}";
  }
}
