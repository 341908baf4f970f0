package org.careerownership.analytics.correlation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Mid-ranks (ties share the average of their ranks, as R's {@code rank(ties.method = "average")}). */
final class Ranks {
  private Ranks() {}

  /** Returns the mid-ranks of {@code values} (1-based). */
  static double[] midRanks(double[] values) {
    int n = values.length;
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
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
}
