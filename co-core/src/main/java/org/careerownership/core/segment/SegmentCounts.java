package org.careerownership.core.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.TreeMap;
import org.careerownership.core.catalog.ImmobileGroup;

/**
 * Raw counts of segmentations: the mobile and each immobile group, overall or broken down by a key
 * such as org unit or generation, for the caller's own analysis. They are not protected: group-level
 * counts leave the library only through a release (co-analytics {@code Releases}), which counts the
 * people's rows itself.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * ImmutableSortedMap<String, ImmutableList<Long>> byUnit = SegmentCounts.by(segmentations, units);
 * byUnit.get("D1").get(SegmentCounts.column(ImmobileGroup.REACH_GAP)); // the reach gap in D1
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

  /** Returns the counts of the whole batch, one per {@link #COLUMNS}. */
  public static ImmutableList<Long> overall(List<Segmentation> segmentations) {
    requireNonNull(segmentations, "segmentations");
    return by(segmentations, segmentations.stream().map(s -> ALL).toList()).getOrDefault(ALL,
        ImmutableList.of(0L, 0L, 0L, 0L));
  }

  /**
   * Returns the counts broken down by {@code keys}: one row of {@link #COLUMNS} counts per distinct key,
   * in sorted order.
   *
   * @param keys the key of each segmentation, parallel to {@code segmentations}
   * @throws IllegalArgumentException if the lists differ in length
   */
  public static ImmutableSortedMap<String, ImmutableList<Long>> by(List<Segmentation> segmentations, List<String> keys) {
    requireNonNull(segmentations, "segmentations");
    requireNonNull(keys, "keys");
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
    ImmutableSortedMap.Builder<String, ImmutableList<Long>> out = ImmutableSortedMap.naturalOrder();
    rows.forEach((key, row) -> out.put(key, ImmutableList.copyOf(com.google.common.primitives.Longs.asList(row))));
    return out.buildOrThrow();
  }
}
