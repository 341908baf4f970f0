package org.careerownership.core.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.TreeMap;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedTable;

/**
 * Population views of segmentations: counts and shares of the mobile and of each immobile group,
 * overall or broken down by a key such as org unit or generation, always under an {@link
 * AnonymityPolicy}.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * ProtectedTable byUnit = SegmentCounts.by(segmentations, units, AnonymityPolicy.standard());
 * byUnit.share(0, SegmentCounts.column(ImmobileGroup.REACH_GAP)); // empty where suppressed
 * }</pre>
 *
 * @since 0.1
 */
public final class SegmentCounts {
  /** The columns of every table: {@code MOBILE}, then each immobile group in order. */
  public static final ImmutableList<String> COLUMNS =
      ImmutableList.of(
          Mobility.MOBILE.name(),
          ImmobileGroup.REACH_GAP.name(),
          ImmobileGroup.GROWTH_GAP.name(),
          ImmobileGroup.PATHWAY_GAP.name());

  /** The row label of {@link #overall}. */
  public static final String ALL = "all";

  private SegmentCounts() {}

  /** Returns the column index of immobile group {@code group} in every table. */
  public static int column(ImmobileGroup group) {
    return 1 + group.ordinal();
  }

  /** Returns the counts of the whole batch, as a one-row table labelled {@value #ALL}. */
  public static ProtectedTable overall(List<Segmentation> segmentations, AnonymityPolicy policy) {
    requireNonNull(segmentations, "segmentations");
    return by(segmentations, segmentations.stream().map(s -> ALL).toList(), policy);
  }

  /**
   * Returns the counts broken down by {@code keys}: one row per distinct key, in sorted order.
   *
   * @param keys the key of each segmentation, parallel to {@code segmentations}
   * @throws IllegalArgumentException if the lists differ in length
   */
  public static ProtectedTable by(List<Segmentation> segmentations, List<String> keys, AnonymityPolicy policy) {
    requireNonNull(segmentations, "segmentations");
    requireNonNull(keys, "keys");
    requireNonNull(policy, "policy");
    checkArgument(
        segmentations.size() == keys.size(),
        "%s segmentations but %s keys",
        segmentations.size(),
        keys.size());
    TreeMap<String, long[]> rows = new TreeMap<>();
    for (int i = 0; i < segmentations.size(); i++) {
      long[] row = rows.computeIfAbsent(requireNonNull(keys.get(i), "keys[" + i + "]"), k -> new long[COLUMNS.size()]);
      Segmentation s = segmentations.get(i);
      row[s.primaryGroup().map(SegmentCounts::column).orElse(0)]++;
    }
    return policy.protect(List.copyOf(rows.keySet()), COLUMNS, rows.values().toArray(new long[0][]));
  }
}
