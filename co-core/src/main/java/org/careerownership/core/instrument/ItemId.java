package org.careerownership.core.instrument;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable id of an item of an {@link Instrument}, such as {@code "ID03"}. In JSON an item id is a
 * plain string.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ItemId id = ItemId.of("ID01");
 * List<Item> items = ReferenceInstrument.v1().items();
 * }</pre>
 *
 * @param value the id; not blank, no leading or trailing white space, at most 128 characters
 * @since 0.1
 */
public record ItemId(@JsonValue String value) implements Comparable<ItemId> {

  /**
   * Creates an item id.
   *
   * @throws IllegalArgumentException if {@code value} is blank, padded with white space or too long
   */
  public ItemId {
    requireNonNull(value, "value");
    checkArgument(!value.isBlank(), "item id must not be blank");
    checkArgument(
        value.strip().equals(value), "item id '%s' must not start or end with white space", value);
    checkArgument(
        value.length() <= 128, "item id must be at most 128 characters, was %s", value.length());
  }

  /**
   * Returns the item id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is blank, padded with white space or too long
   */
  @JsonCreator
  public static ItemId of(String value) {
    return new ItemId(value);
  }

  @Override
  public int compareTo(ItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
