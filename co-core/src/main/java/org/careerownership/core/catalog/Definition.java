package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * The immutable definition of career ownership (キャリアオーナーシップの定義) and its source.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Definition d = Catalogs.bundled().definition();
 * System.out.println(d.statement().text(Language.JA));
 * }</pre>
 *
 * @param statement the definition
 * @param elaboration the paragraphs that elaborate it
 * @param source where the guide takes it from
 * @since 0.1
 */
public record Definition(
    @JsonProperty("statement") LocalizedText statement,
    @JsonProperty("elaboration") List<LocalizedText> elaboration,
    @JsonProperty("source") LocalizedText source) {

  /**
   * Creates a definition.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public Definition {
    requireNonNull(statement, "statement");
    requireNonNull(elaboration, "elaboration");
    elaboration = ImmutableList.copyOf(elaboration);
    checkArgument(!elaboration.isEmpty(), "elaboration must not be empty");
    requireNonNull(source, "source");
  }
}
