package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An immutable additive relation between cells of a {@link Release}: the total's count is the sum of
 * the parts' counts (a unit and its sub-units, an "all" and its categories). Together with the shown
 * counts and non-negativity, the relations are everything an auditor — or an attacker — can use.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * for (Relation r : release.relations()) {
 *   // cells().get(r.total()) = sum of cells().get(part) over r.parts()
 * }
 * }</pre>
 *
 * @param total the id of the total cell
 * @param parts the ids of the part cells; at least one
 * @since 0.1
 */
public record Relation(@JsonProperty("total") int total, @JsonProperty("parts") List<Integer> parts) {

  /**
   * Creates a relation.
   *
   * @throws IllegalArgumentException if there is no part or an id is negative
   */
  @JsonCreator
  public Relation {
    parts = ImmutableList.copyOf(requireNonNull(parts, "parts"));
    checkArgument(total >= 0, "total (%s) must be >= 0", total);
    checkArgument(!parts.isEmpty(), "a relation needs at least one part");
    parts.forEach(p -> checkArgument(p >= 0, "part (%s) must be >= 0", p));
  }
}
