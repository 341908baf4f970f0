package org.careerownership.analytics.correlation;

/**
 * Ranks without boxing: an LSD radix sort of the values' order-preserving bit patterns, 11 bits a pass
 * (2,048 buckets, so the scatter stays in cache), all digit histograms counted in one read of the keys,
 * and the passes in which every key has the same digit skipped (so small integers take one or two).
 * Ties are found on the sorted keys, read in order, never through the permutation.
 */
final class Ranks {
  private static final int DIGIT_BITS = 11;
  private static final int BUCKETS = 1 << DIGIT_BITS;
  private static final int PASSES = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;

  private Ranks() {}

  /** Keys in ascending order and, for each, the index it came from. */
  private record Sorted(long[] keys, int[] index) {}

  /** Returns the mid-ranks of {@code values} (1-based; ties share their average rank, as R's {@code rank}). */
  static double[] midRanks(double[] values) {
    int n = values.length;
    Sorted sorted = sort(keys(values));
    long[] keys = sorted.keys();
    int[] order = sorted.index();
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && keys[j + 1] == keys[i]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /** Returns dense ranks 0, 1, … of {@code values}: equal values share a rank, with no gaps. */
  static int[] denseRanks(double[] values) {
    int n = values.length;
    Sorted sorted = sort(keys(values));
    long[] keys = sorted.keys();
    int[] order = sorted.index();
    int[] ranks = new int[n];
    int rank = -1;
    for (int k = 0; k < n; k++) {
      if (k == 0 || keys[k] != keys[k - 1]) {
        rank++;
      }
      ranks[order[k]] = rank;
    }
    return ranks;
  }

  /** Returns the indexes of {@code keys} (unsigned) in ascending order, stable; {@code keys} is consumed. */
  static int[] order(long[] keys) {
    return sort(keys).index();
  }

  /**
   * Returns unsigned keys that order as the values do (−0.0 and 0.0 equal); no value may be NaN.
   */
  private static long[] keys(double[] values) {
    long[] keys = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      long bits = Double.doubleToLongBits(values[i] == 0 ? 0.0 : values[i]);
      keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }
    return keys;
  }

  /** Sorts {@code keys} (unsigned; consumed), stable, carrying each key's original index. */
  private static Sorted sort(long[] keys) {
    int n = keys.length;
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    int[][] counts = new int[PASSES][BUCKETS];
    for (int i = 0; i < n; i++) {
      long key = keys[i];
      for (int p = 0; p < PASSES; p++) {
        counts[p][(int) (key >>> (p * DIGIT_BITS)) & (BUCKETS - 1)]++;
      }
    }
    long[] keysOut = new long[n];
    int[] indexOut = new int[n];
    for (int p = 0; p < PASSES; p++) {
      int shift = p * DIGIT_BITS;
      int[] count = counts[p];
      if (n == 0 || count[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
        continue;
      }
      int total = 0;
      for (int d = 0; d < BUCKETS; d++) {
        int c = count[d];
        count[d] = total;
        total += c;
      }
      for (int i = 0; i < n; i++) {
        long key = keys[i];
        int at = count[(int) (key >>> shift) & (BUCKETS - 1)]++;
        keysOut[at] = key;
        indexOut[at] = index[i];
      }
      long[] k = keys;
      keys = keysOut;
      keysOut = k;
      int[] x = index;
      index = indexOut;
      indexOut = x;
    }
    return new Sorted(keys, index);
  }
}
