package org.careerownership.core.instrument;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * An immutable set of scale scores of one respondent, as produced by a {@link Scorer}: one score per
 * scale the instrument measures.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Scores scores = Scorer.of(ReferenceInstrument.v1()).score(response).orElseThrow();
 * double identity = scores.scale(Scale.IDENTITY).orElseThrow().value(); // 0–100
 * }</pre>
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
   * @throws IllegalArgumentException if the respondent id is blank or there is no scale
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

  /** Returns the score of {@code scale}, if the instrument measured it. */
  public Optional<ScaleScore> scale(Scale scale) {
    return Optional.ofNullable(scales().get(scale));
  }

  /**
   * Returns the identity (アイデンティティ) score.
   *
   * @throws IllegalStateException if the instrument had no identity items
   */
  public ScaleScore identity() {
    return required(Scale.IDENTITY);
  }

  /**
   * Returns the adaptability (アダプタビリティ) score.
   *
   * @throws IllegalStateException if the instrument had no adaptability items
   */
  public ScaleScore adaptability() {
    return required(Scale.ADAPTABILITY);
  }

  /** Returns whether both dimensions of the C/O diagnostic were scored. */
  public boolean diagnostic() {
    return scales().containsKey(Scale.IDENTITY) && scales().containsKey(Scale.ADAPTABILITY);
  }

  private ScaleScore required(Scale scale) {
    ScaleScore score = scales().get(scale);
    if (score == null) {
      throw new IllegalStateException(
          "scores of '" + respondentId() + "' have no " + scale + " score; scored: " + scales().keySet());
    }
    return score;
  }

  @Value.Check
  void check() {
    checkArgument(!respondentId().isBlank(), "respondentId must not be blank");
    checkArgument(!scales().isEmpty(), "scores of '%s' need at least one scale", respondentId());
  }

  /** Builds {@link Scores}; not thread-safe. */
  public static final class Builder extends ImmutableScores.Builder {
    Builder() {}
  }
}
