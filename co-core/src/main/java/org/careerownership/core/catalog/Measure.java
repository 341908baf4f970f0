package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.careerownership.core.LocalizedText;

/**
 * An immutable measure (施策): something an organisation does to raise career ownership, as the guide or
 * a host names it. Measures that differ only in wording (キャリア相談窓口 / キャリア相談室) are separate
 * measures sharing a {@link #family()}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Measure m = Catalogs.bundled().measure(MeasureId.of("use-career-cafe")).orElseThrow();
 * m.name().text(Language.EN);
 * m.category(); // e.g. Optional[CAREER_AWARENESS]
 * }</pre>
 *
 * @param id the measure's stable id
 * @param name the measure's name; the guide's wording verbatim in {@code ja}
 * @param family the family of wording variants it belongs to, if any
 * @param category its category in the guide's individual- and organisation-facing lists, if listed there
 * @param description a description, where the guide gives one
 * @since 0.1
 */
public record Measure(
    @JsonProperty("id") MeasureId id,
    @JsonProperty("name") LocalizedText name,
    @JsonProperty("family") Optional<FamilyId> family,
    @JsonProperty("category") Optional<MeasureCategory> category,
    @JsonProperty("description") Optional<LocalizedText> description) {

  /**
   * Creates a measure.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public Measure {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(family, "family");
    requireNonNull(category, "category");
    requireNonNull(description, "description");
  }
}
