package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * An immutable finding the guide reports, with its source wording and figures; the analytics can
 * reproduce such findings from raw data.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * for (Evidence e : Catalogs.bundled().evidence()) {
 *   e.figures().forEach(f -> System.out.println(f.label().text(Language.EN) + ": " + f.value() + f.unit()));
 * }
 * }</pre>
 *
 * @param id the finding's stable id
 * @param statement the finding in a sentence
 * @param source the guide's wording of it, verbatim in {@code ja}
 * @param figures its figures; empty where the guide gives none
 * @since 0.1
 */
public record Evidence(
    @JsonProperty("id") String id,
    @JsonProperty("statement") LocalizedText statement,
    @JsonProperty("source") LocalizedText source,
    @JsonProperty("figures") List<Figure> figures) {

  /**
   * Creates an evidence.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public Evidence {
    Slugs.check("evidence id", id);
    requireNonNull(statement, "statement");
    requireNonNull(source, "source");
    requireNonNull(figures, "figures");
    figures = ImmutableList.copyOf(figures);
  }
}
