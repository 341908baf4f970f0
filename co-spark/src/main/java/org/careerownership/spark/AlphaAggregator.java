package org.careerownership.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.reliability.AlphaAccumulator;
import org.careerownership.core.instrument.LikertRange;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cronbach's alpha of a scale with its item statistics, as a Spark {@link Aggregator} over rows whose
 * first field is the array of one respondent's answers to the scale's items ({@code NULL} or {@code
 * NaN} missing): each partition fills the library's {@link AlphaAccumulator}, which travels in its
 * compact byte form and merges; the result is the outcome as the library's JSON, equal to {@code
 * Reliability.cronbachAlpha()} on one machine to about 1e-12.
 *
 * <pre>{@code
 * String json = answers.select(new AlphaAggregator(List.of("A1", "A2", "A3"), Set.of("A1"),
 *     LikertRange.of(1, 6), Deletion.PAIRWISE).toColumn()).first();
 * }</pre>
 */
public final class AlphaAggregator extends Aggregator<Row, AlphaState, String> {
  private static final long serialVersionUID = 1L;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ImmutableList<String> items;
  private final ImmutableSet<String> reverseKeyed;
  private final int min;
  private final int max;
  private final Deletion deletion;

  /**
   * Creates an aggregator of the scale {@code items} (checked as {@link AlphaAccumulator} checks it); an
   * empty list of items, for SQL use, names them 1, 2, … from the first row (no reverse keying).
   */
  public AlphaAggregator(List<String> items, Set<String> reverseKeyed, LikertRange range, Deletion deletion) {
    this.items = ImmutableList.copyOf(requireNonNull(items, "items"));
    this.reverseKeyed = ImmutableSet.copyOf(requireNonNull(reverseKeyed, "reverseKeyed"));
    this.min = requireNonNull(range, "range").min();
    this.max = range.max();
    this.deletion = requireNonNull(deletion, "deletion");
    if (!this.items.isEmpty()) {
      fresh(this.items.size()); // validates the scale now, not on an executor
    } else if (!this.reverseKeyed.isEmpty()) {
      throw new IllegalArgumentException("reverse-keyed items need named items");
    }
  }

  private AlphaAccumulator fresh(int size) {
    List<String> names = !items.isEmpty() ? items
        : java.util.stream.IntStream.rangeClosed(1, size).mapToObj(Integer::toString).toList();
    return new AlphaAccumulator(names, reverseKeyed, LikertRange.of(min, max), deletion);
  }

  @Override
  public AlphaState zero() {
    return new AlphaState();
  }

  @Override
  public AlphaState reduce(AlphaState state, Row row) {
    List<Double> answers = row.getList(0);
    double[] values = new double[answers.size()];
    for (int i = 0; i < values.length; i++) {
      Double v = answers.get(i);
      values[i] = v == null ? Double.NaN : v;
    }
    state.accumulator(this::fresh, values.length).add(values);
    return state;
  }

  @Override
  public AlphaState merge(AlphaState state, AlphaState other) {
    if (other.isEmpty()) {
      return state;
    }
    if (state.isEmpty()) {
      return other;
    }
    state.accumulator(this::fresh, 0).addAll(other.accumulator(this::fresh, 0));
    return state;
  }

  @Override
  public String finish(AlphaState state) {
    if (state.isEmpty()) {
      return JSON.writeValueAsString(fresh(Math.max(2, items.size())).result());
    }
    return JSON.writeValueAsString(state.accumulator(this::fresh, 0).result());
  }

  @Override
  public Encoder<AlphaState> bufferEncoder() {
    return Encoders.javaSerialization(AlphaState.class);
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
