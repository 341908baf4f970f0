package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.careerownership.core.LocalizedText;

/**
 * An immutable passage of the guide's prose that has no more specific type: introductions,
 * conclusions and explanatory paragraphs, kept so that no text of the guide is lost.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Catalogs.bundled().narratives().stream()
 *     .filter(n -> n.section() == GuideSection.INTRODUCTION)
 *     .forEach(n -> n.paragraphs().forEach(p -> System.out.println(p.text(Language.JA))));
 * }</pre>
 *
 * @param id the passage's stable id
 * @param section the section it belongs to
 * @param title its title, if it has one
 * @param paragraphs its paragraphs
 * @since 0.1
 */
public record Narrative(
    @JsonProperty("id") String id,
    @JsonProperty("section") GuideSection section,
    @JsonProperty("title") Optional<LocalizedText> title,
    @JsonProperty("paragraphs") List<LocalizedText> paragraphs) {

  /**
   * Creates a narrative.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public Narrative {
    Slugs.check("narrative id", id);
    requireNonNull(section, "section");
    requireNonNull(title, "title");
    requireNonNull(paragraphs, "paragraphs");
    paragraphs = ImmutableList.copyOf(paragraphs);
    checkArgument(!paragraphs.isEmpty(), "paragraphs must not be empty");
  }
}
