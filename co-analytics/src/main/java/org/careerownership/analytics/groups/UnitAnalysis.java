package org.careerownership.analytics.groups;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.PearsonTest;
import org.careerownership.analytics.release.Dimensions;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.TableSpec;
import org.careerownership.core.Outcome;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.OrgUnit;
import org.careerownership.core.phase.Phase;

/**
 * The immutable unit-level analysis the guide reports ("the more future-creation employees a unit
 * has, the more its survey scores correlate positively"), read from a {@link Release}: for each unit of
 * one org level whose numbers the release shows, its share of future-creation employees and its mean on
 * each survey item, and across those units the Pearson correlation of the share with each item's mean.
 * Units whose share the release does not show are counted, never shown; a mean the release withholds
 * is absent.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * // the release has TableSpec.byOrg("engagement", title, "phase").withMeans("EN_CULTURE")
 * UnitAnalysis teams = UnitAnalysis.of(release, "engagement", 3, List.of("EN_CULTURE"));
 * teams.correlations().get("EN_CULTURE"); // r across the teams shown
 * }</pre>
 *
 * @param units the units shown, in the organisation's order
 * @param excludedUnits how many units of the level the release does not show
 * @param correlations for each item, the correlation test across the units shown (or why undefined)
 * @since 0.1
 */
public record UnitAnalysis(
    @JsonProperty("units") List<Unit> units,
    @JsonProperty("excludedUnits") long excludedUnits,
    @JsonProperty("correlations") Map<String, Outcome<PearsonTest>> correlations) {

  /** Creates an analysis. */
  @JsonCreator
  public UnitAnalysis {
    units = ImmutableList.copyOf(requireNonNull(units, "units"));
    correlations = ImmutableMap.copyOf(requireNonNull(correlations, "correlations"));
  }

  /**
   * Returns the analysis of the units at org level {@code level} (0 is the root) from the release's
   * table {@code tableId}, broken down by every unit, of {@link Dimensions#phase()}, showing the means of
   * {@code items}.
   *
   * @throws IllegalArgumentException if the table is not such a table or the level does not exist
   */
  public static UnitAnalysis of(Release release, String tableId, int level, List<String> items) {
    requireNonNull(release, "release");
    requireNonNull(items, "items");
    TableSpec spec = release.table(requireNonNull(tableId, "tableId")).spec();
    checkArgument(spec.breakdown() == TableSpec.Breakdown.EVERY_UNIT && spec.dimensions().contains("phase")
        && spec.means().containsAll(items),
        "table '%s' must be broken down by every unit, by 'phase', and show the means of %s", tableId, items);
    OrgStructure org = release.org();
    checkArgument(level >= 0 && level < org.levels().size(), "level (%s) must be in [0, %s)", level, org.levels().size());
    String fc = Dimensions.categoryId(Phase.FUTURE_CREATION);
    List<Unit> shown = new ArrayList<>();
    long excluded = 0;
    for (int u = 0; u < org.size(); u++) {
      if (org.levelIndex(u) != level) {
        continue;
      }
      OrgUnit unit = org.units().get(u);
      Optional<Long> people = release.count(unit.id(), Map.of());
      Optional<Double> share = release.share(unit.id(), Map.of("phase", fc), Map.of());
      if (people.isEmpty() || share.isEmpty()) {
        excluded++;
        continue;
      }
      Map<String, Double> means = new LinkedHashMap<>();
      for (String item : items) {
        release.mean(unit.id(), Map.of(), item).ifPresent(m -> means.put(item, m));
      }
      shown.add(new Unit(unit.id().value(), people.get(), share.get(), means));
    }
    Map<String, Outcome<PearsonTest>> correlations = new LinkedHashMap<>();
    for (String item : items) {
      List<Unit> both = shown.stream().filter(x -> x.itemMeans().containsKey(item)).toList();
      double[] share = both.stream().mapToDouble(Unit::futureCreationShare).toArray();
      double[] mean = both.stream().mapToDouble(x -> x.itemMeans().get(item)).toArray();
      correlations.put(item, Correlations.pearson().test(share, mean));
    }
    return new UnitAnalysis(shown, excluded, correlations);
  }

  /**
   * One unit shown.
   *
   * @param name the unit's id
   * @param people how many people it has; at least the release's minimum count
   * @param futureCreationShare the share of them in future creation (未来創造)
   * @param itemMeans each survey item's mean over the unit's answers, where the release shows it
   */
  public record Unit(
      @JsonProperty("name") String name,
      @JsonProperty("people") long people,
      @JsonProperty("futureCreationShare") double futureCreationShare,
      @JsonProperty("itemMeans") Map<String, Double> itemMeans) {

    /** Creates a unit. */
    @JsonCreator
    public Unit {
      requireNonNull(name, "name");
      itemMeans = ImmutableMap.copyOf(requireNonNull(itemMeans, "itemMeans"));
    }
  }
}
