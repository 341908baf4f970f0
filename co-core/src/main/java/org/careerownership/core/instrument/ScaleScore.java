package org.careerownership.core.instrument;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An immutable score of one scale for one respondent, on 0–100, with how many items it used.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ScaleScore s = scores.scale(Scale.ADAPTABILITY).orElseThrow();
 * double value = s.value();        // 0–100
 * int used = s.itemsUsed();        // answers that counted, of s.itemsTotal()
 * }</pre>
 *
 * @param value the score: the mean of the answered items after reverse keying, rescaled so the lowest
 *     code is 0 and the highest 100; in [0, 100]
 * @param itemsUsed how many answered items the mean used; in [1, itemsTotal]
 * @param itemsTotal how many items the scale has
 * @since 0.1
 */
public record ScaleScore(
    @JsonProperty("value") double value,
    @JsonProperty("itemsUsed") int itemsUsed,
    @JsonProperty("itemsTotal") int itemsTotal) {

  /**
   * Creates a scale score.
   *
   * @throws IllegalArgumentException if {@code value} is not in [0, 100] or the counts are
   *     inconsistent
   */
  @JsonCreator
  public ScaleScore {
    checkArgument(value >= 0 && value <= 100, "value (%s) must be in [0, 100]", value);
    checkArgument(
        itemsUsed >= 1 && itemsUsed <= itemsTotal,
        "itemsUsed (%s) must be in [1, itemsTotal (%s)]",
        itemsUsed,
        itemsTotal);
  }
}
