package org.careerownership.core.instrument;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One answer of a {@link Response}: the item answered and the code given. Answers are raw user data:
 * the {@link Scorer}, not this type, checks the code against the instrument's range.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Response response = Response.builder().respondentId("E1").answer("ID01", 4).build();
 * Answer first = response.answers().get(0); // ID01 = 4
 * }</pre>
 *
 * @param item the id of the item answered; never null
 * @param value the Likert code given
 * @since 0.1
 */
public record Answer(@JsonProperty("item") ItemId item, @JsonProperty("value") int value) {

  /** Creates an answer. */
  @JsonCreator
  public Answer {
    requireNonNull(item, "item");
  }

  /**
   * Returns the answer {@code value} to item {@code item}.
   *
   * @throws IllegalArgumentException if {@code item} is not a valid {@link ItemId}
   */
  public static Answer of(String item, int value) {
    return new Answer(ItemId.of(item), value);
  }
}
