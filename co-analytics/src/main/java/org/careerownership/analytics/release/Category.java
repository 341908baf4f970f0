package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.core.LocalizedText;

/**
 * An immutable category of a {@link Dimension}: a stable id and the label people read.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Category twenties = Category.of("early", LocalizedText.of("20代〜30代前半", "20s to early 30s"));
 * }</pre>
 *
 * @param id the category's id, unique within its dimension; not blank, not {@code "*"}
 * @param label the category's name as people read it
 * @since 0.1
 */
public record Category(@JsonProperty("id") String id, @JsonProperty("label") LocalizedText label) {

  /**
   * Creates a category.
   *
   * @throws IllegalArgumentException if the id is blank or {@code "*"} (which stands for "all")
   */
  @JsonCreator
  public Category {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    checkArgument(!id.isBlank() && !id.equals(Dimension.ALL), "category id '%s' must be non-blank and not '*'", id);
  }

  /** Returns a category. */
  public static Category of(String id, LocalizedText label) {
    return new Category(id, label);
  }
}
