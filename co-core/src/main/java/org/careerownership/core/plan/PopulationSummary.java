package org.careerownership.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.segment.Segmentation;

/**
 * An immutable summary of an organisation's people for the {@link RoadmapPlanner}: the share of each
 * phase, of each immobile group, and of each generation. Shares are in [0, 1]; the phase and generation
 * shares each sum to 1 and the immobile groups' to at most 1 (the rest are mobile), within 1e-9.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * PopulationSummary population = PopulationSummary.of(phases, segmentations, generations);
 * }</pre>
 *
 * @param phaseShares the share of each phase
 * @param immobileShares the share of the whole population in each immobile group
 * @param generationShares the share of each generation
 * @since 0.1
 */
public record PopulationSummary(
    @JsonProperty("phaseShares") Map<Phase, Double> phaseShares,
    @JsonProperty("immobileShares") Map<ImmobileGroup, Double> immobileShares,
    @JsonProperty("generationShares") Map<Generation, Double> generationShares) {

  private static final double TOLERANCE = 1e-9;

  /**
   * Creates a summary.
   *
   * @throws IllegalArgumentException if a map misses an entry, a share is outside [0, 1], or the sums
   *     are off
   */
  @JsonCreator
  public PopulationSummary {
    phaseShares = complete("phaseShares", phaseShares, Phase.class, true);
    immobileShares = complete("immobileShares", immobileShares, ImmobileGroup.class, false);
    generationShares = complete("generationShares", generationShares, Generation.class, true);
  }

  /**
   * Returns the summary of a population: one phase, segmentation and generation per person, in
   * parallel lists.
   *
   * @throws IllegalArgumentException if the lists are empty or differ in length
   */
  public static PopulationSummary of(List<Phase> phases, List<Segmentation> segmentations, List<Generation> generations) {
    requireNonNull(phases, "phases");
    requireNonNull(segmentations, "segmentations");
    requireNonNull(generations, "generations");
    int n = phases.size();
    checkArgument(n > 0, "a population summary needs at least one person");
    checkArgument(
        segmentations.size() == n && generations.size() == n,
        "phases (%s), segmentations (%s) and generations (%s) must be parallel",
        n,
        segmentations.size(),
        generations.size());
    Map<Phase, Double> phase = zeros(Phase.class);
    Map<ImmobileGroup, Double> immobile = zeros(ImmobileGroup.class);
    Map<Generation, Double> generation = zeros(Generation.class);
    for (int i = 0; i < n; i++) {
      phase.merge(phases.get(i), 1.0 / n, Double::sum);
      generation.merge(generations.get(i), 1.0 / n, Double::sum);
      segmentations.get(i).primaryGroup().ifPresent(g -> immobile.merge(g, 1.0 / n, Double::sum));
    }
    return new PopulationSummary(phase, immobile, generation);
  }

  /** Returns the share of the whole population in the immobile layer. */
  public double immobileShare() {
    return immobileShares.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static <E extends Enum<E>> Map<E, Double> zeros(Class<E> type) {
    Map<E, Double> map = new EnumMap<>(type);
    for (E key : type.getEnumConstants()) {
      map.put(key, 0.0);
    }
    return map;
  }

  private static <E extends Enum<E>> Map<E, Double> complete(
      String name, Map<E, Double> shares, Class<E> type, boolean sumsToOne) {
    requireNonNull(shares, name);
    checkArgument(
        shares.keySet().equals(EnumSet.allOf(type)), "%s needs one share per %s, had %s", name,
        type.getSimpleName(), shares.keySet());
    double sum = 0;
    for (Map.Entry<E, Double> share : shares.entrySet()) {
      checkArgument(
          share.getValue() >= 0 && share.getValue() <= 1, "%s of %s (%s) must be in [0, 1]", name,
          share.getKey(), share.getValue());
      sum += share.getValue();
    }
    checkArgument(
        sumsToOne ? Math.abs(sum - 1) <= TOLERANCE : sum <= 1 + TOLERANCE,
        "%s must sum to %s, summed to %s",
        name,
        sumsToOne ? "1" : "at most 1",
        sum);
    return Maps.immutableEnumMap(shares);
  }
}
