package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.careerownership.core.instrument.LikertRange;

/**
 * A mutable accumulator of a {@link LikertPairs} table. Not thread-safe: give each thread or partition
 * its own and merge them with {@link #addAll(LikertPairsAccumulator)}; merging is exact, so the result
 * is identical however the data was split.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * LikertPairsAccumulator acc = new LikertPairsAccumulator(LikertRange.of(1, 5), 0);
 * acc.addAll(x, y);             // codes, 0 = missing
 * acc.addAll(otherPartition);   // merges exactly
 * LikertPairs table = acc.snapshot();
 * }</pre>
 *
 * @since 0.1
 */
public final class LikertPairsAccumulator {
  private final int min;
  private final int points;
  private final int missing;
  private final long[] counts;

  /**
   * Creates an empty table for codes of {@code range}; {@code missingCode} (outside the range) marks a
   * missing answer.
   *
   * @throws IllegalArgumentException if {@code missingCode} is inside the range
   */
  public LikertPairsAccumulator(LikertRange range, int missingCode) {
    requireNonNull(range, "range");
    checkArgument(!range.contains(missingCode), "missing code %s must lie outside %s", missingCode, range);
    this.min = range.min();
    this.points = range.points();
    this.missing = missingCode;
    this.counts = new long[points * points];
  }

  /**
   * Adds the pair ({@code x}, {@code y}); a pair with the missing code is skipped.
   *
   * @throws IllegalArgumentException if a code is neither in the range nor the missing code
   */
  public void add(int x, int y) {
    if (x == missing || y == missing) {
      return;
    }
    checkArgument(x >= min && x < min + points && y >= min && y < min + points,
        "codes (%s, %s) must be in %s..%s or the missing code %s", x, y, min, min + points - 1, missing);
    counts[(x - min) * points + (y - min)]++;
  }

  /**
   * Adds the pairs {@code (x[i], y[i])}.
   *
   * @throws IllegalArgumentException if the arrays differ in length or a code is invalid, naming its index
   */
  public void addAll(int[] x, int[] y) {
    requireNonNull(x, "x");
    requireNonNull(y, "y");
    checkArgument(x.length == y.length, "x has %s codes but y has %s", x.length, y.length);
    for (int i = 0; i < x.length; i++) {
      try {
        add(x[i], y[i]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("pair " + i + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Adds every pair counted in {@code table}.
   *
   * @throws IllegalArgumentException if the table has another range
   */
  public void addAll(LikertPairs table) {
    requireNonNull(table, "table");
    checkArgument(table.min() == min && table.points() == points, "table range %s differs from %s..%s",
        table.range(), min, min + points - 1);
    long[] other = table.counts();
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other[i];
    }
  }

  /** Adds everything {@code other} has accumulated. */
  public void addAll(LikertPairsAccumulator other) {
    addAll(requireNonNull(other, "other").snapshot());
  }

  /** Returns the table of everything added so far. */
  public LikertPairs snapshot() {
    return new LikertPairs(min, points, counts.clone());
  }
}
