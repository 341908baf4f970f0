package org.careerownership.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentCounts;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmentation;
import org.careerownership.core.segment.Segmenter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The immobile layer per group, as a Spark {@link Aggregator} over rows (group, phase name, reach,
 * growth and pathway scores, measures used or {@code NULL}): each person is segmented by the standard
 * {@link Segmenter} and counted by primary group exactly as {@link SegmentCounts#by} counts; the
 * anonymity policy is applied once, to the final merged counts, and the result is the protected table
 * as the library's JSON — equal to {@code SegmentCounts.by} on one machine.
 *
 * <pre>{@code
 * String json = people.select(new ImmobileLayerAggregator(AnonymityPolicy.standard()).toColumn()).first();
 * }</pre>
 */
public final class ImmobileLayerAggregator extends Aggregator<Row, GroupCountsState, String> {
  private static final long serialVersionUID = 1L;
  private static final ImmutableList<String> COLUMNS = SegmentCounts.COLUMNS;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int minimumGroupSize;

  /** Creates an aggregator protecting its output with {@code policy}. */
  public ImmobileLayerAggregator(AnonymityPolicy policy) {
    this.minimumGroupSize = requireNonNull(policy, "policy").minimumGroupSize();
  }

  /** Returns the standard segmentation of one row (phase name, needs, measures used or null). */
  static Segmentation segment(String phase, double reach, double growth, double pathway, Optional<Integer> used) {
    Phase p = Phase.valueOf(requireNonNull(phase, "phase"));
    NeedSignals needs = new NeedSignals(reach, growth, pathway);
    return Segmenter.standard().segment(used.isPresent() ? SegmentInput.of(p, needs, used.get()) : SegmentInput.of(p, needs));
  }

  @Override
  public GroupCountsState zero() {
    return new GroupCountsState(COLUMNS.size());
  }

  /**
   * Segments and counts one person.
   *
   * @throws IllegalArgumentException for an unknown phase or a need score outside [0, 100]
   */
  @Override
  public GroupCountsState reduce(GroupCountsState state, Row row) {
    String group = requireNonNull(row.getString(0), "group (field 0)");
    Optional<Integer> used = row.isNullAt(5) ? Optional.empty() : Optional.of(((Number) row.get(5)).intValue());
    Segmentation s = segment(row.getString(1), ((Number) row.get(2)).doubleValue(),
        ((Number) row.get(3)).doubleValue(), ((Number) row.get(4)).doubleValue(), used);
    state.add(group, s.primaryGroup().map(g -> COLUMNS.indexOf(g.name())).orElse(0));
    return state;
  }

  @Override
  public GroupCountsState merge(GroupCountsState state, GroupCountsState other) {
    return state.merge(other);
  }

  /** Protects the merged counts — the only place the policy applies — and writes them as JSON. */
  @Override
  public String finish(GroupCountsState state) {
    return JSON.writeValueAsString(AnonymityPolicy.minimumGroupSize(minimumGroupSize).protect(
        ImmutableList.copyOf(state.counts.keySet()), COLUMNS, state.counts.values().toArray(long[][]::new)));
  }

  @Override
  public Encoder<GroupCountsState> bufferEncoder() {
    return Encoders.javaSerialization(GroupCountsState.class);
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
