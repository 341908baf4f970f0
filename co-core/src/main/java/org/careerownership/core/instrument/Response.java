package org.careerownership.core.instrument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.careerownership.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * An immutable set of answers one respondent gave to an instrument, as submitted. A response is raw user
 * data: it may have a blank respondent id, unknown items, duplicate items or codes out of range; the
 * {@link Scorer} reports each of those as a {@link org.careerownership.core.Problem} instead of this type
 * rejecting them, so a batch never loses a row. An unanswered item is simply absent.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Response response = Response.builder()
 *     .respondentId("R0001")
 *     .answer("ID01", 4)
 *     .answer("AD01", 2)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
@ValueStyle
public abstract class Response {

  Response() {}

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the response of {@code respondentId} with one answer per map entry, in map order. */
  public static Response of(String respondentId, Map<ItemId, Integer> answers) {
    Builder builder = builder().respondentId(respondentId);
    answers.forEach((item, value) -> builder.addAnswer(new Answer(item, value)));
    return builder.build();
  }

  /** Returns a response; the JSON creator. */
  @JsonCreator
  static Response of(
      @JsonProperty("respondentId") String respondentId,
      @JsonProperty("answers") List<Answer> answers) {
    return builder().respondentId(respondentId).answers(answers).build();
  }

  /** Returns the respondent's id as submitted; may be blank, which scoring reports. */
  @JsonProperty("respondentId")
  public abstract String respondentId();

  /** Returns the answers in submitted order. */
  @JsonProperty("answers")
  public abstract ImmutableList<Answer> answers();

  /** Builds a {@link Response}; not thread-safe. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}

    /**
     * Adds the answer {@code value} to item {@code item}.
     *
     * @throws IllegalArgumentException if {@code item} is not a valid {@link ItemId}
     */
    public Builder answer(String item, int value) {
      addAnswer(Answer.of(item, value));
      return this;
    }
  }
}
