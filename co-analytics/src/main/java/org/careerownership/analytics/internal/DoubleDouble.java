package org.careerownership.analytics.internal;

/**
 * A mutable double-double accumulator: a sum held as an unevaluated {@code hi + lo} with about 106
 * bits of precision, updated with error-free transformations (Knuth's TwoSum, and {@link Math#fma}
 * for exact products; Dekker 1971, Ogita–Rump–Oishi 2005). Not thread-safe.
 */
public final class DoubleDouble {
  private double hi;
  private double lo;

  /** Creates a zero sum. */
  public DoubleDouble() {}

  /** Creates the sum {@code hi + lo}. */
  public DoubleDouble(double hi, double lo) {
    this.hi = hi;
    this.lo = lo;
  }

  /** Adds {@code x} exactly (up to the final 106-bit rounding). */
  public void add(double x) {
    double s = hi + x;
    double bp = s - hi;
    double error = (hi - (s - bp)) + (x - bp);
    normalize(s, lo + error);
  }

  /** Adds the exact product {@code a × b}. */
  public void addProduct(double a, double b) {
    double p = a * b;
    add(p);
    add(Math.fma(a, b, -p));
  }

  /** Adds another double-double. */
  public void add(DoubleDouble other) {
    add(other.hi);
    add(other.lo);
  }

  /** Returns the high part. */
  public double hi() {
    return hi;
  }

  /** Returns the low part. */
  public double lo() {
    return lo;
  }

  /** Returns the sum rounded to a double. */
  public double value() {
    return hi + lo;
  }

  private void normalize(double s, double e) {
    hi = s + e;
    lo = e - (hi - s);
  }
}
