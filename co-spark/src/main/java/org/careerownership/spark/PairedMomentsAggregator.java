package org.careerownership.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.careerownership.analytics.moments.PairedMoments;

/**
 * The paired moments of every pair of m real-valued columns (pairwise complete), as a Spark {@link
 * Aggregator} over rows whose first field is the array of one respondent's values ({@code NULL} or
 * {@code NaN} missing). Each partition fills the library's mergeable {@link
 * org.careerownership.analytics.moments.PairedMomentsAccumulator}s; they travel in their compact byte
 * form and merge with the library's exact-shift rules, so the result equals one machine's to about
 * 1e-15 relative however the rows were split. {@link #moments(byte[])} reads the result back.
 *
 * <pre>{@code
 * byte[] bytes = values.select(new PairedMomentsAggregator(3).toColumn()).first();
 * List<PairedMoments> pairs = PairedMomentsAggregator.moments(bytes);
 * CorrelationMatrix<PearsonTest> r = CorrelationMatrix.fromMoments(names, pairs, Correlations.pearson());
 * }</pre>
 */
public final class PairedMomentsAggregator extends Aggregator<Row, MomentsState, byte[]> {
  private static final long serialVersionUID = 1L;

  private final int items;

  /**
   * Creates an aggregator of {@code items} columns; 0 takes the count from the first row, for SQL use.
   *
   * @throws IllegalArgumentException if {@code items} is 1 or negative
   */
  public PairedMomentsAggregator(int items) {
    checkArgument(items == 0 || items >= 2, "items (%s) must be 0 (from the data) or at least 2", items);
    this.items = items;
  }

  @Override
  public MomentsState zero() {
    return new MomentsState(items * (items - 1) / 2);
  }

  /**
   * Adds one respondent's values to every pair.
   *
   * @throws IllegalArgumentException if the row has another number of values or a value is infinite
   */
  @Override
  public MomentsState reduce(MomentsState state, Row row) {
    List<Double> values = row.getList(0);
    if (state.pairs.length == 0) {
      checkArgument(values.size() >= 2, "a row has %s values; correlations need at least 2 columns", values.size());
      state = new MomentsState(values.size() * (values.size() - 1) / 2);
    }
    int items = PairIndex.items(state.pairs.length);
    checkArgument(values.size() == items, "a row has %s values, not %s", values.size(), items);
    double[] v = new double[items];
    for (int a = 0; a < items; a++) {
      Double value = values.get(a);
      v[a] = value == null ? Double.NaN : value;
    }
    int pair = 0;
    for (int a = 0; a < items; a++) {
      for (int b = a + 1; b < items; b++, pair++) {
        state.pairs[pair].add(v[a], v[b]);
      }
    }
    return state;
  }

  @Override
  public MomentsState merge(MomentsState state, MomentsState other) {
    if (other.pairs.length == 0) {
      return state;
    }
    if (state.pairs.length == 0) {
      return other;
    }
    checkArgument(state.pairs.length == other.pairs.length, "states of %s and %s pairs", state.pairs.length,
        other.pairs.length);
    for (int k = 0; k < state.pairs.length; k++) {
      state.pairs[k].addAll(other.pairs[k]);
    }
    return state;
  }

  @Override
  public byte[] finish(MomentsState state) {
    return state.toByteArray();
  }

  @Override
  public Encoder<MomentsState> bufferEncoder() {
    return Encoders.javaSerialization(MomentsState.class);
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }

  /**
   * Returns the moments held in an aggregator's result, pair (a, b), a &lt; b, in row-major upper order.
   *
   * @throws IllegalArgumentException if the bytes are not whole moments
   */
  public static ImmutableList<PairedMoments> moments(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    checkArgument(bytes.length % PairedMoments.BYTES == 0, "%s bytes are not whole moments", bytes.length);
    ImmutableList.Builder<PairedMoments> out = ImmutableList.builder();
    for (int at = 0; at < bytes.length; at += PairedMoments.BYTES) {
      out.add(PairedMoments.fromByteArray(Arrays.copyOfRange(bytes, at, at + PairedMoments.BYTES)));
    }
    return out.build();
  }
}
