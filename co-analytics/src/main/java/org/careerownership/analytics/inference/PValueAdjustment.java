package org.careerownership.analytics.inference;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjustment of a family of p-values for multiple testing, as R's {@code p.adjust}. Adjusted p-values
 * are never below the raw ones and never above 1, and keep the raw values' order.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * double[] adjusted = PValueAdjustment.HOLM.adjust(pValues);
 * }</pre>
 *
 * <h2>Definition</h2>
 *
 * <p>With {@code m} p-values and {@code p(1) <= … <= p(m)} sorted ascending: Bonferroni {@code min(1, m
 * p)}; Holm (1979) {@code max_{j<=i} min(1, (m − j + 1) p(j))}; Benjamini–Hochberg (1995) {@code
 * min_{j>=i} min(1, m p(j) / j)}. Ties keep input order, which does not change the values.
 *
 * @since 0.1
 */
public enum PValueAdjustment {
  /** Bonferroni: controls the family-wise error rate. */
  BONFERRONI,
  /** Holm's step-down method: controls the family-wise error rate, uniformly more powerful than Bonferroni. */
  HOLM,
  /** Benjamini–Hochberg step-up method: controls the false discovery rate. */
  BENJAMINI_HOCHBERG;

  /**
   * Returns the adjusted p-values, in the order of {@code pValues}.
   *
   * @throws IllegalArgumentException if a p-value is not in [0, 1] (NaN included), naming its index
   */
  public double[] adjust(double[] pValues) {
    requireNonNull(pValues, "pValues");
    int m = pValues.length;
    for (int i = 0; i < m; i++) {
      checkArgument(pValues[i] >= 0 && pValues[i] <= 1, "pValues[%s] (%s) must be in [0, 1]", (Integer) i, (Double) pValues[i]);
    }
    double[] adjusted = new double[m];
    if (m == 0) {
      return adjusted;
    }
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
    switch (this) {
      case BONFERRONI -> {
        for (int i = 0; i < m; i++) {
          adjusted[i] = Math.min(1, m * pValues[i]);
        }
      }
      case HOLM -> {
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
          int i = order[rank];
          running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
          adjusted[i] = running;
        }
      }
      case BENJAMINI_HOCHBERG -> {
        double running = 1;
        for (int rank = m - 1; rank >= 0; rank--) {
          int i = order[rank];
          running = Math.min(running, Math.min(1, ((double) m / (rank + 1)) * pValues[i])); // as R: n/i * p
          adjusted[i] = running;
        }
      }
    }
    return adjusted;
  }
}
