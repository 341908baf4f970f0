package org.careerownership.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentCounts;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmentation;
import org.careerownership.core.segment.Segmenter;

/**
 * The immobile layer per group, as a Spark aggregator over rows (group, phase name, reach,
 * growth and pathway scores, measures used or {@code NULL}): each person is segmented by the standard
 * {@link Segmenter} and counted by primary group exactly as {@link SegmentCounts#by} counts; the
 * anonymity policy is applied once, to the final merged counts, and the result is the protected table
 * as the library's JSON — equal to {@code SegmentCounts.by} on one machine.
 *
 * <pre>{@code
 * String json = people.select(new ImmobileLayerAggregator(AnonymityPolicy.standard()).toColumn()).first();
 * }</pre>
 */
public final class ImmobileLayerAggregator extends GroupCountsAggregator {
  private static final long serialVersionUID = 1L;
  private static final ImmutableList<String> COLUMNS = SegmentCounts.COLUMNS;

  /** Creates an aggregator protecting its output with {@code policy}. */
  public ImmobileLayerAggregator(AnonymityPolicy policy) {
    super(COLUMNS, policy);
  }

  /** Returns the standard segmentation of one row (phase name, needs, measures used or null). */
  static Segmentation segment(String phase, double reach, double growth, double pathway, Optional<Integer> used) {
    Phase p = Phase.valueOf(requireNonNull(phase, "phase"));
    NeedSignals needs = new NeedSignals(reach, growth, pathway);
    return Segmenter.standard().segment(used.isPresent() ? SegmentInput.of(p, needs, used.get()) : SegmentInput.of(p, needs));
  }

  @Override
  String group(Row row) {
    return requireNonNull(row.getString(0), "group (field 0)");
  }

  /** Segments the row; an unknown phase or a need score outside [0, 100] is an error naming it. */
  @Override
  int column(Row row) {
    Optional<Integer> used = row.isNullAt(5) ? Optional.empty() : Optional.of(((Number) row.get(5)).intValue());
    Segmentation s = segment(row.getString(1), ((Number) row.get(2)).doubleValue(),
        ((Number) row.get(3)).doubleValue(), ((Number) row.get(4)).doubleValue(), used);
    return s.primaryGroup().map(g -> COLUMNS.indexOf(g.name())).orElse(0);
  }
}
