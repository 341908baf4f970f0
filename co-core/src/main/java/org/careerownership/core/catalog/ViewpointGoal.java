package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * An immutable goal under a viewpoint of the basic frame, with the items the guide lists for it.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ViewpointGoal goal = Catalogs.bundled().viewpoint(Viewpoint.SEE).goals().get(0);
 * goal.items().forEach(i -> System.out.println(i.text(Language.EN)));
 * }</pre>
 *
 * @param title the goal, e.g. 従業員のキャリアを経営・事業につなげる
 * @param items the items listed under it
 * @since 0.1
 */
public record ViewpointGoal(
    @JsonProperty("title") LocalizedText title,
    @JsonProperty("items") List<LocalizedText> items) {

  /**
   * Creates a viewpoint goal.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public ViewpointGoal {
    requireNonNull(title, "title");
    requireNonNull(items, "items");
    items = ImmutableList.copyOf(items);
    checkArgument(!items.isEmpty(), "items must not be empty");
  }
}
