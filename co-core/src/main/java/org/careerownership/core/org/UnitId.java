package org.careerownership.core.org;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The host's stable id of an org unit, such as {@code "D1-1-3"}. In JSON a plain string.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * UnitId team = UnitId.of("D1-1-3");
 * }</pre>
 *
 * @param value the id: not blank, no leading or trailing white space, no control characters
 * @since 0.1
 */
public record UnitId(@JsonValue String value) implements Comparable<UnitId> {

  /**
   * Creates an id.
   *
   * @throws IllegalArgumentException if {@code value} is blank, padded or holds a control character
   */
  public UnitId {
    requireNonNull(value, "value");
    checkArgument(!value.isBlank() && value.strip().equals(value),
        "unit id '%s' must be non-blank without leading or trailing white space", value);
    checkArgument(value.chars().noneMatch(Character::isISOControl),
        "unit id '%s' must hold no control characters", value);
  }

  /**
   * Returns the id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is blank, padded or holds a control character
   */
  @JsonCreator
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public int compareTo(UnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
