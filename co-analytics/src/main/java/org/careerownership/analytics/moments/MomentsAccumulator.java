package org.careerownership.analytics.moments;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.careerownership.analytics.internal.DoubleDouble;

/**
 * A mutable accumulator of {@link Moments}: feed values one at a time or in bulk, merge other
 * accumulators or snapshots, and take an immutable {@link #snapshot()}. Not thread-safe: give each
 * thread or partition its own and merge them with {@link #addAll(MomentsAccumulator)}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * MomentsAccumulator acc = new MomentsAccumulator();
 * acc.addAll(values);
 * double sd = acc.snapshot().sampleStandardDeviation();
 * }</pre>
 *
 * @since 0.1
 */
public final class MomentsAccumulator {
  private long count;
  private double shift;
  private final DoubleDouble s1 = new DoubleDouble();
  private final DoubleDouble s2 = new DoubleDouble();

  /** Creates an empty accumulator. */
  public MomentsAccumulator() {}

  /**
   * Adds {@code value}; {@code NaN} is missing and skipped.
   *
   * @throws IllegalArgumentException if {@code value} is infinite
   */
  public void add(double value) {
    if (Double.isNaN(value)) {
      return;
    }
    checkArgument(Double.isFinite(value), "value (%s) must be finite or NaN (missing)", value);
    if (count == 0) {
      shift = value;
    }
    double d = value - shift;
    s1.add(d);
    s2.addProduct(d, d);
    count++;
  }

  /**
   * Adds every value of {@code values}; {@code NaN} entries are skipped.
   *
   * @throws IllegalArgumentException if a value is infinite, naming its index
   */
  public void addAll(double[] values) {
    requireNonNull(values, "values");
    for (int i = 0; i < values.length; i++) {
      double value = values[i];
      if (!Double.isNaN(value) && !Double.isFinite(value)) {
        throw new IllegalArgumentException("values[" + i + "] (" + value + ") must be finite or NaN (missing)");
      }
      add(value);
    }
  }

  /** Adds the values summarised by {@code moments}, as if each had been added. */
  public void addAll(Moments moments) {
    requireNonNull(moments, "moments");
    if (moments.count == 0) {
      return;
    }
    if (count == 0) {
      shift = moments.shift;
    }
    // Re-express the other sums around this accumulator's shift: d' = d + delta.
    double delta = moments.shift - shift;
    double back = delta - moments.shift; // TwoSum(moments.shift, -shift): the rounding error of delta
    double deltaError = (moments.shift - (delta - back)) + (-shift - back);
    DoubleDouble other1 = new DoubleDouble(moments.s1hi, moments.s1lo);
    DoubleDouble other2 = new DoubleDouble(moments.s2hi, moments.s2lo);
    double n = moments.count;
    // S2' = S2 + 2·delta·S1 + n·delta²; S1' = S1 + n·delta.
    other2.addProduct(2 * delta, moments.s1hi);
    other2.add(2 * delta * moments.s1lo);
    other2.addProduct(n * delta, delta);
    other1.addProduct(n, delta);
    if (deltaError != 0) {
      other1.add(n * deltaError);
    }
    s1.add(other1);
    s2.add(other2);
    count += moments.count;
  }

  /** Adds everything {@code other} has accumulated. */
  public void addAll(MomentsAccumulator other) {
    addAll(requireNonNull(other, "other").snapshot());
  }

  /** Returns the number of values added. */
  public long count() {
    return count;
  }

  /** Returns the moments of everything added so far. */
  public Moments snapshot() {
    return count == 0 ? Moments.empty() : new Moments(count, shift, s1.hi(), s1.lo(), s2.hi(), s2.lo());
  }
}
