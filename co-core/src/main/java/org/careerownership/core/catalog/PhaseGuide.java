package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.phase.Phase;

/**
 * An immutable entry of the C/O diagnostic's four phases as the guide names them.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * LocalizedText name = Catalogs.bundled().phase(Phase.FUTURE_CREATION).name();
 * }</pre>
 *
 * @param phase the phase
 * @param name its name, e.g. 未来創造
 * @since 0.1
 */
public record PhaseGuide(
    @JsonProperty("phase") Phase phase,
    @JsonProperty("name") LocalizedText name) {

  /**
   * Creates a phase guide.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public PhaseGuide {
    requireNonNull(phase, "phase");
    requireNonNull(name, "name");
  }
}
