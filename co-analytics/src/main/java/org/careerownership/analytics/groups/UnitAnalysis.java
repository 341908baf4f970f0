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
import java.util.TreeMap;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.PearsonTest;
import org.careerownership.analytics.moments.MomentsAccumulator;
import org.careerownership.core.Outcome;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.privacy.AnonymityPolicy;

/**
 * The immutable unit-level analysis the guide reports ("the more future-creation employees a unit
 * has, the more its survey scores correlate positively"): for each org unit large enough to show, its
 * share of future-creation employees and its mean on each survey item, and across those units the
 * Pearson correlation of the share with each item's mean. Units below the anonymity threshold are
 * excluded and counted, never shown.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * UnitAnalysis units = UnitAnalysis.of(unitOfEach, phaseOfEach, Map.of("EN_CULTURE", culture), AnonymityPolicy.standard());
 * units.correlations().get("EN_CULTURE"); // r across the units large enough to show
 * }</pre>
 *
 * @param units the units shown, by name, ascending
 * @param excludedUnits how many units were too small to show
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
   * Returns the analysis of people in {@code units} with {@code phases} and answers {@code items} (item
   * name → one value per person, {@code NaN} missing), all in parallel.
   *
   * @throws IllegalArgumentException if the lengths disagree or a value is infinite
   */
  public static UnitAnalysis of(
      List<String> units, List<Phase> phases, Map<String, double[]> items, AnonymityPolicy policy) {
    requireNonNull(units, "units");
    requireNonNull(phases, "phases");
    requireNonNull(items, "items");
    requireNonNull(policy, "policy");
    int n = units.size();
    checkArgument(phases.size() == n, "%s units but %s phases", n, phases.size());
    items.forEach((item, values) -> checkArgument(values.length == n, "item '%s' has %s values, not %s", item, values.length, n));
    Map<String, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(requireNonNull(units.get(i), "units[" + i + "]"), u -> new ArrayList<>()).add(i);
    }
    List<Unit> shown = new ArrayList<>();
    long excluded = 0;
    for (Map.Entry<String, List<Integer>> unit : members.entrySet()) {
      List<Integer> people = unit.getValue();
      if (!policy.allows(people.size())) {
        excluded++;
        continue;
      }
      long future = people.stream().filter(i -> phases.get(i) == Phase.FUTURE_CREATION).count();
      Map<String, Double> means = new LinkedHashMap<>();
      items.forEach((item, values) -> {
        MomentsAccumulator m = new MomentsAccumulator();
        people.forEach(i -> m.add(values[i]));
        if (m.count() > 0) {
          means.put(item, m.snapshot().mean());
        }
      });
      shown.add(new Unit(unit.getKey(), people.size(), (double) future / people.size(), means));
    }
    Map<String, Outcome<PearsonTest>> correlations = new LinkedHashMap<>();
    double[] share = shown.stream().mapToDouble(Unit::futureCreationShare).toArray();
    for (String item : items.keySet()) {
      double[] mean = shown.stream().mapToDouble(u -> u.itemMeans().getOrDefault(item, Double.NaN)).toArray();
      correlations.put(item, Correlations.pearson().test(share, mean));
    }
    return new UnitAnalysis(shown, excluded, correlations);
  }

  /**
   * One unit shown.
   *
   * @param name the unit's name
   * @param people how many people it has; at least the anonymity threshold
   * @param futureCreationShare the share of them in future creation (未来創造)
   * @param itemMeans each survey item's mean over the unit's answers
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
