package org.careerownership.spark;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The layout every pair-wise aggregate shares: pairs (a, b), a &lt; b, of m items in row-major upper
 * order, m(m − 1)/2 of them.
 */
final class PairIndex {
  private PairIndex() {}

  /**
   * Returns the item count m of {@code pairs} = m(m − 1)/2 pairs.
   *
   * @throws IllegalArgumentException if no item count has that many pairs
   */
  static int items(int pairs) {
    int m = (int) Math.round((1 + Math.sqrt(1 + 8.0 * pairs)) / 2);
    checkArgument(m * (m - 1) / 2 == pairs, "%s pairs are not the pairs of any item count", pairs);
    return m;
  }

  /**
   * Returns the position of pair (a, b), in either order, among the pairs of {@code m} items.
   *
   * @throws IllegalArgumentException if the items are equal or not in [0, m)
   */
  static int of(int a, int b, int m) {
    int i = Math.min(a, b);
    int j = Math.max(a, b);
    checkArgument(i >= 0 && j < m && i != j, "items (%s, %s) must differ and lie in [0, %s)", a, b, m);
    return i * m - i * (i + 1) / 2 + (j - i - 1);
  }
}
