package org.careerownership.core.instrument;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.careerownership.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * An immutable set of scale scores of one respondent, as produced by a {@link Scorer}: at least
 * {@link Scale#IDENTITY} and {@link Scale#ADAPTABILITY}.
 *
 * @since 0.1
 */
@Value.Immutable
@ValueStyle
public abstract class Scores {

  Scores() {}

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scores of {@code respondentId}; the JSON creator.
   *
   * @throws IllegalArgumentException if the respondent id is blank or a diagnostic scale is missing
   */
  @JsonCreator
  public static Scores of(
      @JsonProperty("respondentId") String respondentId,
      @JsonProperty("scales") Map<Scale, ScaleScore> scales) {
    return builder().respondentId(respondentId).scales(scales).build();
  }

  /** Returns the respondent's id; not blank. */
  @JsonProperty("respondentId")
  public abstract String respondentId();

  /** Returns the score of each scored scale; a {@link Scorer} gives them in {@link Scale} order. */
  @JsonProperty("scales")
  public abstract ImmutableMap<Scale, ScaleScore> scales();

  /** Returns the identity (アイデンティティ) score. */
  public ScaleScore identity() {
    return scales().get(Scale.IDENTITY);
  }

  /** Returns the adaptability (アダプタビリティ) score. */
  public ScaleScore adaptability() {
    return scales().get(Scale.ADAPTABILITY);
  }

  @Value.Check
  void check() {
    checkArgument(!respondentId().isBlank(), "respondentId must not be blank");
    checkArgument(
        scales().containsKey(Scale.IDENTITY) && scales().containsKey(Scale.ADAPTABILITY),
        "scores of '%s' need identity and adaptability, had %s",
        respondentId(),
        scales().keySet());
  }

  /** Builds {@link Scores}; not thread-safe. */
  public static final class Builder extends ImmutableScores.Builder {
    Builder() {}
  }
}
