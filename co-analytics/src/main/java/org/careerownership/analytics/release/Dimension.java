package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerownership.core.LocalizedText;

/**
 * An immutable categorical dimension people are counted by — a phase, an immobile group, a generation,
 * a rating — used as a table's columns or as a cut (filter). Every person has exactly one category of
 * each dimension; give an explicit "not given" category for people without one, so that the categories
 * always add up to the whole.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Dimension rating = Dimension.of("rating", LocalizedText.of("評価", "Rating"),
 *     Category.of("top", LocalizedText.of("S/AAA/AA", "S/AAA/AA")),
 *     Category.of("other", LocalizedText.of("その他", "Other")));
 * }</pre>
 *
 * @param id the dimension's id; not blank, not {@code "unit"}
 * @param label the dimension's name as people read it
 * @param categories its categories, in display order; at least one, ids unique
 * @since 0.1
 */
public record Dimension(
    @JsonProperty("id") String id,
    @JsonProperty("label") LocalizedText label,
    @JsonProperty("categories") List<Category> categories) {

  /** The coordinate that stands for "every category" (a total) in a cell's address. */
  public static final String ALL = "*";

  /**
   * Creates a dimension.
   *
   * @throws IllegalArgumentException if the id is blank or {@code "unit"}, there is no category, or two
   *     categories share an id
   */
  @JsonCreator
  public Dimension {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    categories = ImmutableList.copyOf(requireNonNull(categories, "categories"));
    checkArgument(!id.isBlank() && !id.equals("unit"), "dimension id '%s' must be non-blank and not 'unit'", id);
    checkArgument(!categories.isEmpty(), "dimension '%s' needs at least one category", id);
    Set<String> seen = new HashSet<>();
    for (Category c : categories) {
      checkArgument(seen.add(c.id()), "dimension '%s' lists category '%s' twice", id, c.id());
    }
  }

  /** Returns a dimension. */
  public static Dimension of(String id, LocalizedText label, Category... categories) {
    return new Dimension(id, label, List.of(categories));
  }

  /** Returns the position of category {@code categoryId}, or -1 if it is none of this dimension's. */
  public int indexOf(String categoryId) {
    requireNonNull(categoryId, "categoryId");
    for (int i = 0; i < categories.size(); i++) {
      if (categories.get(i).id().equals(categoryId)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the number of categories. */
  public int size() {
    return categories.size();
  }
}
