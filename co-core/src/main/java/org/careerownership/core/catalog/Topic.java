package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.core.LocalizedText;

/**
 * An immutable titled passage of the guide, such as one of the three purposes of C/O management.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Catalogs.bundled().purposes().forEach(t -> System.out.println(t.title().text(Language.JA)));
 * }</pre>
 *
 * @param id the topic's stable id
 * @param title its title
 * @param text its text
 * @since 0.1
 */
public record Topic(
    @JsonProperty("id") String id,
    @JsonProperty("title") LocalizedText title,
    @JsonProperty("text") LocalizedText text) {

  /**
   * Creates a topic.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public Topic {
    Slugs.check("topic id", id);
    requireNonNull(title, "title");
    requireNonNull(text, "text");
  }
}
