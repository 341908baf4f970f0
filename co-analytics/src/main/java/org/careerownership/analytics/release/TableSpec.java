package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * An immutable request for one table of counts in a release: the people counted by every combination
 * of the named dimensions, each with its totals, and — when broken down by org — for every unit at every
 * level. A dimension used as a cut (a filter such as generation) is simply one more dimension: the table
 * then holds every slice and the uncut totals, so the cut and its complement are published together and
 * protected together.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * TableSpec mix = TableSpec.byOrg("phase-mix", LocalizedText.of("フェーズ構成", "Phase mix"), "phase");
 * TableSpec ratings = TableSpec.overall("phase-rating", LocalizedText.of("フェーズ別評価", "Rating by phase"),
 *     "phase", "rating");
 * TableSpec engagement = TableSpec.byOrg("engagement", LocalizedText.of("組織別", "By unit"), "phase")
 *     .withMeans("EN_GROWTH", "EN_CAREER");
 * }</pre>
 *
 * @param id the table's id, unique in its plan
 * @param title the table's title as people read it
 * @param breakdown whether the table is broken down by org unit
 * @param dimensions the ids of the dimensions counted by, distinct; at least one
 * @param means the survey items whose mean the table shows in each cell where the rule allows
 * @since 0.1
 */
public record TableSpec(
    @JsonProperty("id") String id,
    @JsonProperty("title") LocalizedText title,
    @JsonProperty("breakdown") Breakdown breakdown,
    @JsonProperty("dimensions") List<String> dimensions,
    @JsonProperty("means") List<String> means) {

  /** Whether a table is broken down by org unit. */
  public enum Breakdown {
    /** One block of counts for every unit at every level of the organisation. */
    EVERY_UNIT,
    /** The whole organisation only. */
    WHOLE_ORGANISATION
  }

  /**
   * Creates a table request.
   *
   * @throws IllegalArgumentException if the id is blank, or the dimensions are empty or repeat
   */
  @JsonCreator
  public TableSpec {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(breakdown, "breakdown");
    dimensions = ImmutableList.copyOf(requireNonNull(dimensions, "dimensions"));
    means = ImmutableList.copyOf(requireNonNull(means, "means"));
    checkArgument(new HashSet<>(means).size() == means.size(), "table '%s' repeats an item: %s", id, means);
    checkArgument(!id.isBlank(), "a table id must not be blank");
    checkArgument(!dimensions.isEmpty(), "table '%s' needs at least one dimension", id);
    checkArgument(new HashSet<>(dimensions).size() == dimensions.size(), "table '%s' repeats a dimension: %s",
        id, dimensions);
  }

  /** Returns a table broken down by every unit at every level. */
  public static TableSpec byOrg(String id, LocalizedText title, String... dimensions) {
    return new TableSpec(id, title, Breakdown.EVERY_UNIT, List.of(dimensions), List.of());
  }

  /** Returns a table of the whole organisation. */
  public static TableSpec overall(String id, LocalizedText title, String... dimensions) {
    return new TableSpec(id, title, Breakdown.WHOLE_ORGANISATION, List.of(dimensions), List.of());
  }

  /**
   * Returns this table showing, in each cell, the mean of each of {@code items}. A mean is shown only
   * where the cell's count is shown, at least {@code k} people answered the item, and no relation lets
   * the answers of 1 to {@code k - 1} people be recovered by differencing shown means (see {@link
   * Release}).
   */
  public TableSpec withMeans(String... items) {
    return new TableSpec(id, title, breakdown, dimensions, List.of(items));
  }
}
