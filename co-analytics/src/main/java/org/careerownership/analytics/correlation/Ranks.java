package org.careerownership.analytics.correlation;

import java.util.Arrays;

/**
 * Ranks without boxing: an LSD radix sort of the values' order-preserving bit patterns, 16 bits a pass,
 * skipping the passes in which every key has the same digit (so small integers take one or two passes).
 */
final class Ranks {
  private static final int DIGIT_BITS = 16;
  private static final int BUCKETS = 1 << DIGIT_BITS;

  private Ranks() {}

  /** Returns the mid-ranks of {@code values} (1-based; ties share their average rank, as R's {@code rank}). */
  static double[] midRanks(double[] values) {
    int n = values.length;
    int[] order = order(values);
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      double v = values[order[i]];
      while (j + 1 < n && values[order[j + 1]] == v) {
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
    int[] order = order(values);
    int[] ranks = new int[n];
    int rank = -1;
    for (int k = 0; k < n; k++) {
      if (k == 0 || values[order[k]] != values[order[k - 1]]) {
        rank++;
      }
      ranks[order[k]] = rank;
    }
    return ranks;
  }

  /** Returns the indexes of {@code values} in ascending order, stable; no value may be NaN. */
  static int[] order(double[] values) {
    int n = values.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      long bits = Double.doubleToLongBits(values[i] == 0 ? 0.0 : values[i]);
      keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    return sort(keys, index);
  }

  /** Returns the indexes of {@code keys} (unsigned) in ascending order, stable; {@code keys} is consumed. */
  static int[] order(long[] keys) {
    int[] index = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      index[i] = i;
    }
    return sort(keys, index);
  }

  private static int[] sort(long[] keys, int[] index) {
    int n = keys.length;
    long[] keysOut = new long[n];
    int[] indexOut = new int[n];
    int[] counts = new int[BUCKETS];
    for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
      }
      if (n == 0 || counts[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
        continue;
      }
      int total = 0;
      for (int d = 0; d < BUCKETS; d++) {
        int c = counts[d];
        counts[d] = total;
        total += c;
      }
      for (int i = 0; i < n; i++) {
        int d = (int) (keys[i] >>> shift) & (BUCKETS - 1);
        int at = counts[d]++;
        keysOut[at] = keys[i];
        indexOut[at] = index[i];
      }
      long[] k = keys;
      keys = keysOut;
      keysOut = k;
      int[] x = index;
      index = indexOut;
      indexOut = x;
    }
    return index;
  }
}
