package org.careerownership.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.careerownership.core.LocalizedText;

/**
 * An immutable intermediate indicator to track (the guide: look at "contribution to intermediate
 * indicators", not only final results): a business-contribution chain factor, a phase share or an
 * immobile share, with the direction it should move and its current value where known.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * roadmap.indicators().forEach(i -> System.out.println(i.direction() + " " + i.name().text(Language.EN)));
 * }</pre>
 *
 * @param id the indicator's id, e.g. {@code chain.engagement} or {@code immobile.REACH_GAP}
 * @param name the indicator's name
 * @param direction which way it should move
 * @param baseline its current value, where the population summary gives it (a share in [0, 1])
 * @since 0.1
 */
public record Indicator(
    @JsonProperty("id") String id,
    @JsonProperty("name") LocalizedText name,
    @JsonProperty("direction") Direction direction,
    @JsonProperty("baseline") Optional<Double> baseline) {

  /** Creates an indicator. */
  @JsonCreator
  public Indicator {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "indicator id must not be blank");
    requireNonNull(name, "name");
    requireNonNull(direction, "direction");
    requireNonNull(baseline, "baseline");
  }
}
