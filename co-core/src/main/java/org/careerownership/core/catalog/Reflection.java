package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.core.LocalizedText;

/**
 * An immutable closing line of a guide section: a reflection question or a call to action.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Catalogs.bundled().reflections().stream()
 *     .filter(r -> r.kind() == ReflectionKind.QUESTION)
 *     .forEach(r -> System.out.println(r.text().text(Language.JA)));
 * }</pre>
 *
 * @param id the line's stable id
 * @param section the section it closes
 * @param kind question or call to action
 * @param text the line
 * @since 0.1
 */
public record Reflection(
    @JsonProperty("id") String id,
    @JsonProperty("section") GuideSection section,
    @JsonProperty("kind") ReflectionKind kind,
    @JsonProperty("text") LocalizedText text) {

  /**
   * Creates a reflection.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public Reflection {
    Slugs.check("reflection id", id);
    requireNonNull(section, "section");
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
  }
}
