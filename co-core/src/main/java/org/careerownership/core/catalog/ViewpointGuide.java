package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * An immutable viewpoint of the basic frame with its goals.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ViewpointGuide grow = Catalogs.bundled().viewpoint(Viewpoint.GROW);
 * grow.goals().forEach(g -> System.out.println(g.title().text(Language.JA)));
 * }</pre>
 *
 * @param viewpoint the viewpoint
 * @param name its name, e.g. 見える
 * @param goals its goals
 * @since 0.1
 */
public record ViewpointGuide(
    @JsonProperty("viewpoint") Viewpoint viewpoint,
    @JsonProperty("name") LocalizedText name,
    @JsonProperty("goals") List<ViewpointGoal> goals) {

  /**
   * Creates a viewpoint guide.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public ViewpointGuide {
    requireNonNull(viewpoint, "viewpoint");
    requireNonNull(name, "name");
    requireNonNull(goals, "goals");
    goals = ImmutableList.copyOf(goals);
    checkArgument(!goals.isEmpty(), "goals must not be empty");
  }
}
