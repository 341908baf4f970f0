package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.core.LocalizedText;

/**
 * An immutable question and answer from the guide's FAQ (よくある疑問).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Catalogs.bundled().faq().forEach(q -> System.out.println(q.question().text(Language.JA)));
 * }</pre>
 *
 * @param id the entry's stable id
 * @param section the section it appears in
 * @param question the question
 * @param answer the answer
 * @since 0.1
 */
public record FaqEntry(
    @JsonProperty("id") String id,
    @JsonProperty("section") GuideSection section,
    @JsonProperty("question") LocalizedText question,
    @JsonProperty("answer") LocalizedText answer) {

  /**
   * Creates a faq entry.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public FaqEntry {
    Slugs.check("faq entry id", id);
    requireNonNull(section, "section");
    requireNonNull(question, "question");
    requireNonNull(answer, "answer");
  }
}
