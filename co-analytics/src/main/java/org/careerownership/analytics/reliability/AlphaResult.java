package org.careerownership.analytics.reliability;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The immutable reliability of one scale: the whole scale's statistics, the per-respondent scale
 * score's mean and standard deviation, and each item's statistics.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * AlphaResult r = Reliability.cronbachAlpha().compute(itemNames, columns, Set.of(), LikertRange.of(1, 5)).orElseThrow();
 * double alpha = r.total().rawAlpha();
 * }</pre>
 *
 * @param rows the rows used: all rows (pairwise) or the rows complete on the scale (listwise)
 * @param total the whole scale's statistics
 * @param scoreMean the mean of the per-respondent scale score (the mean of the respondent's items)
 * @param scoreSd the sample standard deviation of that score
 * @param items each item's statistics, in the order given
 * @since 0.1
 */
public record AlphaResult(
    @JsonProperty("rows") long rows,
    @JsonProperty("total") AlphaStatistics total,
    @JsonProperty("scoreMean") double scoreMean,
    @JsonProperty("scoreSd") double scoreSd,
    @JsonProperty("items") List<ItemStatistics> items) {

  /** Creates a result. */
  @JsonCreator
  public AlphaResult {
    requireNonNull(total, "total");
    items = ImmutableList.copyOf(requireNonNull(items, "items"));
  }
}
