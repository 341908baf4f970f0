package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * An immutable description of one group of the immobile layer: its names, unmet need, the guide's
 * remedy, its step of the growth cycle, and the categories of measures aimed at it.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ImmobileGroupGuide growth = Catalogs.bundled().immobileGroup(ImmobileGroup.GROWTH_GAP);
 * System.out.println(growth.remedy().text(Language.JA));
 * }</pre>
 *
 * @param group the group
 * @param names the names the guide uses for the group, the first being the main one
 * @param unmetNeed the unmet need (未充足ニーズ)
 * @param remedy the guide's remedy
 * @param cycleStep the step of the growth cycle that answers the need
 * @param measureCategories the categories of measures aimed at the group
 * @since 0.1
 */
public record ImmobileGroupGuide(
    @JsonProperty("group") ImmobileGroup group,
    @JsonProperty("names") List<LocalizedText> names,
    @JsonProperty("unmetNeed") LocalizedText unmetNeed,
    @JsonProperty("remedy") LocalizedText remedy,
    @JsonProperty("cycleStep") GrowthCycleStep cycleStep,
    @JsonProperty("measureCategories") List<MeasureCategory> measureCategories) {

  /**
   * Creates an immobile group guide.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public ImmobileGroupGuide {
    requireNonNull(group, "group");
    requireNonNull(names, "names");
    names = ImmutableList.copyOf(names);
    checkArgument(!names.isEmpty(), "names must not be empty");
    requireNonNull(unmetNeed, "unmetNeed");
    requireNonNull(remedy, "remedy");
    requireNonNull(cycleStep, "cycleStep");
    requireNonNull(measureCategories, "measureCategories");
    measureCategories = ImmutableList.copyOf(measureCategories);
    checkArgument(!measureCategories.isEmpty(), "measureCategories must not be empty");
  }
}
