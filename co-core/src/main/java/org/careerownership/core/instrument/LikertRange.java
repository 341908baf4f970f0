package org.careerownership.core.instrument;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An immutable Likert answer range: the integer codes {@code min..max}, such as 1–5 or 1–6.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * LikertRange five = LikertRange.of(1, 5);
 * five.contains(6);  // false
 * five.reverse(2);   // 4
 * }</pre>
 *
 * @param min the lowest code
 * @param max the highest code; greater than {@code min}, at most 100 points above it
 * @since 0.1
 */
public record LikertRange(@JsonProperty("min") int min, @JsonProperty("max") int max) {

  /**
   * Creates a range.
   *
   * @throws IllegalArgumentException if {@code max <= min} or the range has more than 101 points
   */
  @JsonCreator
  public LikertRange {
    checkArgument(max > min, "max (%s) must be > min (%s)", max, min);
    checkArgument(
        (long) max - min <= 100, "range %s..%s must have at most 101 points", min, max);
  }

  /**
   * Returns the range {@code min..max}.
   *
   * @throws IllegalArgumentException if {@code max <= min} or the range has more than 101 points
   */
  public static LikertRange of(int min, int max) {
    return new LikertRange(min, max);
  }

  /** Returns whether {@code value} is a code of this range. */
  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /** Returns the number of codes, {@code max - min + 1}. */
  public int points() {
    return max - min + 1;
  }

  /** Returns {@code value} scored in the opposite direction, {@code min + max - value}. */
  public int reverse(int value) {
    return min + max - value;
  }
}
