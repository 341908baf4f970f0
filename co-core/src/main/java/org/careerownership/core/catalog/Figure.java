package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.phase.Phase;

/**
 * An immutable number the guide reports, such as the share of top ratings in one phase.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Figure first = Catalogs.bundled().evidence().get(0).figures().get(0);
 * first.phase(); // the phase it is about, if any
 * }</pre>
 *
 * @param id the figure's id within its evidence
 * @param phase the phase it describes, if any
 * @param label what the number measures
 * @param value the number as printed in the guide
 * @param unit its unit, such as {@code percent} or {@code people}
 * @since 0.1
 */
public record Figure(
    @JsonProperty("id") String id,
    @JsonProperty("phase") Optional<Phase> phase,
    @JsonProperty("label") LocalizedText label,
    @JsonProperty("value") double value,
    @JsonProperty("unit") String unit) {

  /**
   * Creates a figure.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public Figure {
    Slugs.check("figure id", id);
    requireNonNull(phase, "phase");
    requireNonNull(label, "label");
    checkArgument(Double.isFinite(value), "value (%s) must be finite", value);
    Slugs.check("figure unit", unit);
  }
}
