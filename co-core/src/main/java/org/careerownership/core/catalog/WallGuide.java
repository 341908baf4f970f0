package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.core.LocalizedText;

/**
 * An immutable description of one of the three walls.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * WallGuide wall = Catalogs.bundled().wall(Wall.MANAGEMENT);
 * System.out.println(wall.name().text(Language.JA) + ": " + wall.description().text(Language.JA));
 * }</pre>
 *
 * @param wall the wall
 * @param name its name, e.g. 経営の壁
 * @param description the guide's description
 * @since 0.1
 */
public record WallGuide(
    @JsonProperty("wall") Wall wall,
    @JsonProperty("name") LocalizedText name,
    @JsonProperty("description") LocalizedText description) {

  /**
   * Creates a wall guide.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public WallGuide {
    requireNonNull(wall, "wall");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
  }
}
