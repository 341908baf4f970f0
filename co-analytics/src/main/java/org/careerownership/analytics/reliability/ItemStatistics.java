package org.careerownership.analytics.reliability;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * Immutable statistics of one item of a scale, after reverse keying, as {@code psych::alpha}'s {@code
 * item.stats} and {@code alpha.drop}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * alphaResult.items().forEach(item -> System.out.println(item));
 * }</pre>
 *
 * @param item the item's name
 * @param n the item's non-missing count
 * @param rawR the correlation of the item with the per-respondent scale score (mean of the items)
 * @param standardizedR the correlation with the standardized total, {@code (R 1)_i / √ΣR}
 * @param overlapCorrectedR the item–total correlation corrected for overlap and reliability (R with
 *     squared multiple correlations on its diagonal)
 * @param correctedItemTotalR the corrected item–total correlation: the item with the sum of the other
 *     items ({@code r.drop})
 * @param mean the item's mean
 * @param sd the item's sample standard deviation
 * @param ifDropped the scale's statistics without this item, when at least two items remain
 * @since 0.1
 */
public record ItemStatistics(
    @JsonProperty("item") String item,
    @JsonProperty("n") long n,
    @JsonProperty("rawR") double rawR,
    @JsonProperty("standardizedR") double standardizedR,
    @JsonProperty("overlapCorrectedR") double overlapCorrectedR,
    @JsonProperty("correctedItemTotalR") double correctedItemTotalR,
    @JsonProperty("mean") double mean,
    @JsonProperty("sd") double sd,
    @JsonProperty("ifDropped") Optional<AlphaStatistics> ifDropped) {

  /** Creates item statistics. */
  @JsonCreator
  public ItemStatistics {
    requireNonNull(item, "item");
    requireNonNull(ifDropped, "ifDropped");
  }
}
