package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.careerownership.analytics.internal.ParallelRanges;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.core.Outcome;

/**
 * An immutable matrix of correlation tests: one outcome per pair of variables — the test, or why it is
 * undefined (too few pairs, a constant variable); one undefined cell never fails the matrix.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * CorrelationMatrix<PearsonTest> m = Correlations.pearson().matrix(names, columns, Deletion.PAIRWISE);
 * Optional<Double> r = m.r(0, 1);
 * m.test(0, 1).problems(); // why a pair is undefined, if it is
 * }</pre>
 *
 * @param <T> the test: {@link PearsonTest}, or {@link RankCorrelationTest} for Spearman and Kendall
 *
 * @param names the variables, in order
 * @param deletion the rows each pair used
 * @param pairs the upper-triangle pairs in row-major order: (0,1), (0,2), …, (m−2, m−1)
 * @since 0.1
 */
public record CorrelationMatrix<T extends CorrelationTest>(
    @JsonProperty("names") List<String> names,
    @JsonProperty("deletion") Deletion deletion,
    @JsonProperty("pairs") List<Outcome<T>> pairs) {

  /**
   * Creates a matrix.
   *
   * @throws IllegalArgumentException if there is not one pair per pair of names
   */
  @JsonCreator
  public CorrelationMatrix {
    names = ImmutableList.copyOf(requireNonNull(names, "names"));
    requireNonNull(deletion, "deletion");
    pairs = ImmutableList.copyOf(requireNonNull(pairs, "pairs"));
    int m = names.size();
    checkArgument(pairs.size() == m * (m - 1) / 2, "%s names need %s pairs, had %s", m, m * (m - 1) / 2, pairs.size());
  }

  /** Returns the number of variables. */
  public int size() {
    return names.size();
  }

  /**
   * Returns the test of variables {@code i} and {@code j} (in either order).
   *
   * @throws IllegalArgumentException if {@code i == j} or an index is out of range
   */
  public Outcome<T> test(int i, int j) {
    checkArgument(i != j, "a variable with itself has no test (index %s)", i);
    int a = Math.min(i, j);
    int b = Math.max(i, j);
    int m = size();
    checkArgument(a >= 0 && b < m, "indexes (%s, %s) must be in [0, %s)", i, j, m);
    return pairs.get(a * m - a * (a + 1) / 2 + (b - a - 1));
  }

  /** Returns the correlation of variables {@code i} and {@code j} (1 when {@code i == j}), if defined. */
  public Optional<Double> r(int i, int j) {
    return i == j ? Optional.of(1.0) : test(i, j).toOptional().map(CorrelationTest::estimate);
  }

  /** Returns the matrix of correlations as a readable table; undefined cells show {@code NA}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%8s", ""));
    names.forEach(name -> out.append(String.format(Locale.ROOT, " %7.7s", name)));
    for (int i = 0; i < size(); i++) {
      out.append('\n').append(String.format(Locale.ROOT, "%8.8s", names.get(i)));
      for (int j = 0; j < size(); j++) {
        out.append(r(i, j).map(r -> String.format(Locale.ROOT, " %7.3f", r)).orElse("      NA"));
      }
    }
    return out.toString();
  }

  /** Returns {@code outcome} with its problems located at the pair "a ~ b". */
  private static <T> Outcome<T> atPair(Outcome<T> outcome, String a, String b) {
    if (outcome.succeeded()) {
      return outcome;
    }
    return Outcome.failed(outcome.problems().stream()
        .map(p -> p.withLocation(p.location().withRecord(a + " ~ " + b)))
        .toList());
  }

  /** Computes the test of pair (a, b), the k-th pair in row-major upper order. */
  @FunctionalInterface
  interface PairTest<T> {
    Outcome<T> test(int a, int b, int k);
  }

  /**
   * Returns the Pearson matrix of {@code names} from each pair's merged moments (pairwise complete), as a
   * distributed job assembles it: {@code moments} holds pair (a, b), a &lt; b, in row-major upper order;
   * each failure is located at its pair.
   *
   * <pre>{@code
   * CorrelationMatrix<PearsonTest> r = CorrelationMatrix.fromMoments(names, moments, Correlations.pearson());
   * }</pre>
   *
   * @throws IllegalArgumentException if there are not one moments per pair of names
   */
  public static CorrelationMatrix<PearsonTest> fromMoments(
      List<String> names, List<PairedMoments> moments, PearsonCorrelation method) {
    int m = requireNonNull(names, "names").size();
    checkArgument(moments.size() == m * (m - 1) / 2, "%s names need %s moments, got %s", m, m * (m - 1) / 2, moments.size());
    requireNonNull(method, "method");
    return ofPairs(names, Deletion.PAIRWISE, 1, (a, b, k) -> method.test(moments.get(k)));
  }

  /**
   * Returns the matrix of {@code names} from each pair's exact Likert table (pairwise complete), as a
   * distributed job assembles it from merged {@link LikertPairsAccumulator}s: {@code tables} holds pair
   * (a, b), a &lt; b, in row-major upper order; each failure is located at its pair.
   *
   * <pre>{@code
   * CorrelationMatrix<RankCorrelationTest> tau =
   *     CorrelationMatrix.fromTables(names, tables, t -> t.kendall(Correlations.kendall()));
   * }</pre>
   *
   * @throws IllegalArgumentException if there is not one table per pair of names
   */
  public static <T extends CorrelationTest> CorrelationMatrix<T> fromTables(
      List<String> names, List<LikertPairs> tables, Function<LikertPairs, Outcome<T>> test) {
    int m = requireNonNull(names, "names").size();
    checkArgument(tables.size() == m * (m - 1) / 2, "%s names need %s tables, got %s", m, m * (m - 1) / 2, tables.size());
    requireNonNull(test, "test");
    return ofPairs(names, Deletion.PAIRWISE, 1, (a, b, k) -> test.apply(tables.get(k)));
  }

  /**
   * Returns the matrix of {@code test} over every pair of {@code names}, each failure located at its
   * pair; ranges of pairs run on up to {@code parallelism} workers.
   */
  static <T extends CorrelationTest> CorrelationMatrix<T> ofPairs(
      List<String> names, Deletion deletion, int parallelism, PairTest<T> test) {
    int m = names.size();
    int[] firstOf = new int[m * (m - 1) / 2];
    int[] secondOf = new int[firstOf.length];
    for (int a = 0, k = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++, k++) {
        firstOf[k] = a;
        secondOf[k] = b;
      }
    }
    List<List<Outcome<T>>> ranges = ParallelRanges.map(firstOf.length, parallelism, 1, (from, to) -> {
      List<Outcome<T>> range = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        int a = firstOf[k];
        int b = secondOf[k];
        range.add(atPair(test.test(a, b, k), names.get(a), names.get(b)));
      }
      return range;
    });
    ImmutableList.Builder<Outcome<T>> tests = ImmutableList.builderWithExpectedSize(firstOf.length);
    ranges.forEach(tests::addAll);
    return new CorrelationMatrix<>(names, deletion, tests.build());
  }
}
