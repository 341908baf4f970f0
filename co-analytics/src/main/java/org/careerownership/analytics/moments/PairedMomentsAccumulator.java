package org.careerownership.analytics.moments;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.careerownership.analytics.internal.DoubleDouble;

/**
 * A mutable accumulator of {@link PairedMoments}. Not thread-safe: give each thread or partition its
 * own and merge them with {@link #addAll(PairedMomentsAccumulator)}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * PairedMomentsAccumulator acc = new PairedMomentsAccumulator();
 * acc.add(3.0, 4.5);
 * acc.addAll(otherPartition);
 * PairedMoments m = acc.snapshot();
 * }</pre>
 *
 * @since 0.1
 */
public final class PairedMomentsAccumulator {
  private long count;
  private double xShift;
  private double yShift;
  private final DoubleDouble sx = new DoubleDouble();
  private final DoubleDouble sy = new DoubleDouble();
  private final DoubleDouble sxx = new DoubleDouble();
  private final DoubleDouble syy = new DoubleDouble();
  private final DoubleDouble sxy = new DoubleDouble();

  /** Creates an empty accumulator. */
  public PairedMomentsAccumulator() {}

  /**
   * Adds the pair ({@code x}, {@code y}); a pair with a {@code NaN} is skipped.
   *
   * @throws IllegalArgumentException if a value is infinite
   */
  public void add(double x, double y) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return;
    }
    checkArgument(Double.isFinite(x) && Double.isFinite(y), "pair (%s, %s) must be finite or NaN (missing)", x, y);
    if (count == 0) {
      xShift = x;
      yShift = y;
    }
    double dx = x - xShift;
    double dy = y - yShift;
    sx.add(dx);
    sy.add(dy);
    sxx.addProduct(dx, dx);
    syy.addProduct(dy, dy);
    sxy.addProduct(dx, dy);
    count++;
  }

  /**
   * Adds the pairs {@code (x[i], y[i])}.
   *
   * @throws IllegalArgumentException if the arrays differ in length or a value is infinite
   */
  public void addAll(double[] x, double[] y) {
    requireNonNull(x, "x");
    requireNonNull(y, "y");
    checkArgument(x.length == y.length, "x has %s values but y has %s", x.length, y.length);
    for (int i = 0; i < x.length; i++) {
      add(x[i], y[i]);
    }
  }

  /** Adds the pairs summarised by {@code moments}, as if each had been added. */
  public void addAll(PairedMoments moments) {
    requireNonNull(moments, "moments");
    if (moments.count == 0) {
      return;
    }
    if (count == 0) {
      xShift = moments.xShift;
      yShift = moments.yShift;
    }
    double n = moments.count;
    double dx = moments.xShift - xShift;
    double dy = moments.yShift - yShift;
    double[] s = moments.sums;
    // With x' = x + dx and y' = y + dy: Sx' = Sx + n·dx; Sxx' = Sxx + 2·dx·Sx + n·dx²;
    // Sxy' = Sxy + dx·Sy + dy·Sx + n·dx·dy.
    DoubleDouble ox = new DoubleDouble(s[0], s[1]);
    DoubleDouble oy = new DoubleDouble(s[2], s[3]);
    DoubleDouble oxx = new DoubleDouble(s[4], s[5]);
    DoubleDouble oyy = new DoubleDouble(s[6], s[7]);
    DoubleDouble oxy = new DoubleDouble(s[8], s[9]);
    oxx.addProduct(2 * dx, s[0]);
    oxx.add(2 * dx * s[1]);
    oxx.addProduct(n * dx, dx);
    oyy.addProduct(2 * dy, s[2]);
    oyy.add(2 * dy * s[3]);
    oyy.addProduct(n * dy, dy);
    oxy.addProduct(dx, s[2]);
    oxy.add(dx * s[3]);
    oxy.addProduct(dy, s[0]);
    oxy.add(dy * s[1]);
    oxy.addProduct(n * dx, dy);
    ox.addProduct(n, dx);
    oy.addProduct(n, dy);
    sx.add(ox);
    sy.add(oy);
    sxx.add(oxx);
    syy.add(oyy);
    sxy.add(oxy);
    count += moments.count;
  }

  /** Adds everything {@code other} has accumulated. */
  public void addAll(PairedMomentsAccumulator other) {
    addAll(requireNonNull(other, "other").snapshot());
  }

  /** Returns the number of complete pairs added. */
  public long count() {
    return count;
  }

  /** Returns the paired moments of everything added so far. */
  public PairedMoments snapshot() {
    return count == 0
        ? PairedMoments.empty()
        : new PairedMoments(count, xShift, yShift, new double[] {
            sx.hi(), sx.lo(), sy.hi(), sy.lo(), sxx.hi(), sxx.lo(), syy.hi(), syy.lo(), sxy.hi(), sxy.lo()});
  }
}
