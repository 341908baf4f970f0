package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.core.LocalizedText;

/**
 * An immutable named term of the guide, such as a business-contribution chain factor or an
 * engagement-survey item.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Catalogs.bundled().surveyItems().forEach(t -> System.out.println(t.id() + " " + t.text().text(Language.JA)));
 * }</pre>
 *
 * @param id the term's stable id
 * @param text the term
 * @since 0.1
 */
public record Term(
    @JsonProperty("id") String id,
    @JsonProperty("text") LocalizedText text) {

  /**
   * Creates a term.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public Term {
    Slugs.check("term id", id);
    requireNonNull(text, "text");
  }
}
