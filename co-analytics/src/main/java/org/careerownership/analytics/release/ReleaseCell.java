package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.org.UnitId;

/**
 * An immutable published cell of a {@link Release}: the people of one unit with one category of some
 * dimensions (the dimensions not named are "all"), and their count — or no count, when the cell is
 * suppressed. A suppressed cell carries no reason: the mark alone says nothing about its size.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ReleaseCell cell = release.cell(UnitId.of("D1"), Map.of("phase", "future-creation")).orElseThrow();
 * cell.count(); // Optional[42], or empty when suppressed
 * }</pre>
 *
 * @param id the cell's position in {@link Release#cells()}
 * @param unit the unit (the root for the whole organisation)
 * @param categories dimension id → category id, for the dimensions the cell is cut by
 * @param count the count, when shown; never negative
 * @since 0.1
 */
public record ReleaseCell(
    @JsonProperty("id") int id,
    @JsonProperty("unit") UnitId unit,
    @JsonProperty("categories") Map<String, String> categories,
    @JsonProperty("count") Optional<Long> count) {

  /**
   * Creates a cell.
   *
   * @throws IllegalArgumentException if the id or the count is negative
   */
  @JsonCreator
  public ReleaseCell {
    checkArgument(id >= 0, "id (%s) must be >= 0", id);
    requireNonNull(unit, "unit");
    categories = ImmutableMap.copyOf(requireNonNull(categories, "categories"));
    requireNonNull(count, "count");
    count.ifPresent(c -> checkArgument(c >= 0, "count (%s) must be >= 0", c));
  }

  /** Returns whether the count is suppressed. */
  @JsonIgnore
  public boolean suppressed() {
    return count.isEmpty();
  }

  @Override
  public String toString() {
    return unit + categories.toString() + "=" + count.map(String::valueOf).orElse("[suppressed]");
  }
}
