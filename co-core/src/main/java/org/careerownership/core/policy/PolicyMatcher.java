package org.careerownership.core.policy;

import static com.google.common.base.Verify.verifyNotNull;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Explanation;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.Reason;
import org.careerownership.core.Rule;
import org.careerownership.core.catalog.Audience;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.Measure;
import org.careerownership.core.catalog.MeasureCategory;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportCell;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.generation.Generation;

/**
 * Matches people and organisations to the catalog's measures (施策). Immutable and thread-safe; the
 * catalog (bundled or a host's overlay) decides which measures exist and which are disabled.
 *
 * <h2>Person matching</h2>
 *
 * <p>Every measure in the generation-table cells of the person's stagnation reasons scores by the
 * cell's step relative to the person's current step (absent: step 1, where the guide's paths start),
 * and every measure aimed at the person's immobile groups scores by whether the group is primary or
 * another unmet need — see {@link MatcherWeights} for the default weights and their reasoning. A
 * measure's score is the sum over all its reasons; each reason is kept. Measures the person used or the
 * host disabled are left out and counted. The ranking is by score, then by the earliest step a measure
 * appears at (the guide's paths go 知る → 実践), then by catalog order, so it is deterministic and does
 * not depend on the order of the profile's reasons or used measures. The manager-led career 1on1 runs
 * alongside every path and is returned apart.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * PolicyMatcher matcher = PolicyMatcher.of(Catalogs.bundled()).withTopN(5);
 * Outcome<MatchResult> result = matcher.match(profile);
 * result.orElseThrow().recommendations().get(0).explanation().text(Language.JA);
 * }</pre>
 *
 * @since 0.1
 */
public final class PolicyMatcher {
  /** The default number of measures recommended. */
  public static final int DEFAULT_TOP_N = 10;

  private final Catalog catalog;
  private final MatcherWeights weights;
  private final int topN;
  private final ImmutableMap<MeasureId, Integer> catalogOrder;
  // Derived once per matcher, so that matching a profile only looks things up.
  private final ImmutableMap<ReasonId, Integer> reasonOrder;
  private final ImmutableMap<ReasonId, Reason[][]> cellReasons;
  private final Map<ImmobileGroup, List<Measure>> aimedAt = new EnumMap<>(ImmobileGroup.class);
  private final Map<Generation, List<MeasureId>> alongside = new EnumMap<>(Generation.class);

  private PolicyMatcher(Catalog catalog, MatcherWeights weights, int topN) {
    this.catalog = catalog;
    this.weights = weights;
    this.topN = topN;
    Map<MeasureId, Integer> order = new HashMap<>();
    for (Measure measure : catalog.measures()) {
      order.put(measure.id(), order.size());
    }
    this.catalogOrder = ImmutableMap.copyOf(order);
    ImmutableMap.Builder<ReasonId, Integer> reasons = ImmutableMap.builder();
    ImmutableMap.Builder<ReasonId, Reason[][]> cells = ImmutableMap.builder();
    SupportStep[] steps = SupportStep.values();
    for (Generation generation : Generation.values()) {
      List<StagnationReason> table = catalog.reasons(generation);
      for (int i = 0; i < table.size(); i++) {
        StagnationReason reason = table.get(i);
        reasons.put(reason.id(), i);
        Reason[][] byStep = new Reason[steps.length][steps.length];
        for (SupportStep step : steps) {
          for (SupportStep current : steps) {
            byStep[step.ordinal()][current.ordinal()] = new Reason(
                Rule.MATCH_CELL,
                ImmutableMap.of("weight", stepWeight(step, current)),
                ImmutableMap.of("reason", reason.id().value(), "step", step.name()));
          }
        }
        cells.put(reason.id(), byStep);
      }
      alongside.put(generation, catalog.generation(generation).alongside().stream().filter(catalog::enabled).toList());
    }
    this.reasonOrder = reasons.buildOrThrow();
    this.cellReasons = cells.buildOrThrow();
    for (ImmobileGroup group : ImmobileGroup.values()) {
      List<MeasureCategory> categories = catalog.immobileGroup(group).measureCategories();
      aimedAt.put(group, catalog.measures().stream()
          .filter(m -> m.category().map(categories::contains).orElse(false))
          .toList());
    }
  }

  /** Returns a matcher over {@code catalog} with the default weights and top {@value #DEFAULT_TOP_N}. */
  public static PolicyMatcher of(Catalog catalog) {
    return new PolicyMatcher(requireNonNull(catalog, "catalog"), MatcherWeights.standard(), DEFAULT_TOP_N);
  }

  /** Returns a copy scoring with {@code weights}. */
  public PolicyMatcher withWeights(MatcherWeights weights) {
    return new PolicyMatcher(catalog, requireNonNull(weights, "weights"), topN);
  }

  /**
   * Returns a copy recommending at most {@code topN} measures.
   *
   * @throws IllegalArgumentException if {@code topN < 1}
   */
  public PolicyMatcher withTopN(int topN) {
    checkArgument(topN >= 1, "topN (%s) must be >= 1", topN);
    return new PolicyMatcher(catalog, weights, topN);
  }

  /** Returns the catalog this matcher draws measures from. */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Returns the ranked measures for {@code profile}, or the problems with its stagnation reasons:
   * {@link ProblemCode#UNKNOWN_REASON} or {@link ProblemCode#REASON_OF_OTHER_GENERATION}.
   */
  public Outcome<MatchResult> match(PersonProfile profile) {
    requireNonNull(profile, "profile");
    return match(profile, Location.nowhere().withRecord(profile.id()));
  }

  /** Returns one outcome per profile, in input order; problem locations carry the batch index. */
  public ImmutableList<Outcome<MatchResult>> matchAll(List<PersonProfile> profiles) {
    requireNonNull(profiles, "profiles");
    ImmutableList.Builder<Outcome<MatchResult>> outcomes = ImmutableList.builderWithExpectedSize(profiles.size());
    for (int i = 0; i < profiles.size(); i++) {
      PersonProfile profile = requireNonNull(profiles.get(i), "profiles[" + i + "]");
      outcomes.add(match(profile, Location.atIndex(i).withRecord(profile.id())));
    }
    return outcomes.build();
  }

  private Outcome<MatchResult> match(PersonProfile profile, Location where) {
    List<Problem> problems = new ArrayList<>();
    List<StagnationReason> reasons = new ArrayList<>();
    for (ReasonId id : profile.reasons()) {
      Outcome<StagnationReason> reason = catalog.reasonOf(profile.generation(), id, where.withField("reasons"));
      problems.addAll(reason.problems());
      reason.toOptional().ifPresent(reasons::add);
    }
    if (!problems.isEmpty()) {
      return Outcome.failed(problems);
    }
    reasons.sort(Comparator.comparingInt(r -> reasonOrder.get(r.id())));
    Candidates candidates = new Candidates();
    int current = profile.currentStep().orElse(SupportStep.KNOW).ordinal();
    for (StagnationReason reason : reasons) {
      Reason[][] byStep = verifyNotNull(cellReasons.get(reason.id()), "cell reasons of %s", reason.id());
      for (SupportCell cell : reason.cells()) {
        Reason why = byStep[cell.step().ordinal()][current];
        for (MeasureId measure : cell.measures()) {
          candidates.add(measure, Optional.of(cell.step()), why);
        }
      }
    }
    for (ImmobileGroup group : ImmobileGroup.values()) {
      boolean primary = profile.primaryGroup().equals(Optional.of(group));
      if (primary || profile.unmetNeeds().contains(group)) {
        double weight = primary ? weights.primaryGroup() : weights.otherUnmetNeed();
        Reason why = new Reason(
            Rule.MATCH_GROUP_REMEDY, ImmutableMap.of("weight", weight), ImmutableMap.of("group", group.name()));
        for (Measure measure : verifyNotNull(aimedAt.get(group), "measures aimed at %s", group)) {
          candidates.add(measure.id(), Optional.empty(), why);
        }
      }
    }
    List<MeasureId> ids = candidates.ids();
    long used = 0;
    long disabled = 0;
    List<MeasureId> open = new ArrayList<>(ids.size());
    for (MeasureId id : ids) {
      if (profile.measuresUsed().contains(id)) {
        used++;
      } else if (!catalog.enabled(id)) {
        disabled++;
      } else {
        open.add(id);
      }
    }
    List<Recommendation> ranked = open.stream()
        .sorted(Comparator.comparingDouble(candidates::score).reversed()
            .thenComparingInt(candidates::earliestStep)
            .thenComparingInt(catalogOrder::get))
        .limit(topN)
        .map(id -> new Recommendation(id, candidates.score(id), candidates.reasons(id)))
        .toList();
    Explanation explanation = Explanation.of(List.of(new Reason(Rule.MATCH_RANKED, ImmutableMap.of(
        "candidates", (double) ids.size(),
        "shown", (double) ranked.size(),
        "used", (double) used,
        "disabled", (double) disabled))));
    return Outcome.ok(new MatchResult(
        profile.id(), ranked, verifyNotNull(alongside.get(profile.generation()), "measures alongside %s", profile.generation()), ids.size(), used, disabled, explanation));
  }

  /**
   * Returns the measures for an organisation whose immobile groups make up {@code groupShares} of its
   * people: every enabled measure of the guide's individual- and organisation-facing categories, scored
   * by the summed share of the groups it is aimed at, best first (ties in catalog order).
   *
   * @param groupShares the share of each immobile group in [0, 1]; missing groups count as 0
   * @throws IllegalArgumentException if a share is outside [0, 1]
   */
  public OrganisationMatch matchOrganisation(Map<ImmobileGroup, Double> groupShares) {
    requireNonNull(groupShares, "groupShares");
    groupShares.forEach((group, share) -> checkArgument(
        share >= 0 && share <= 1, "share of %s (%s) must be in [0, 1]", group, share));
    Candidates candidates = new Candidates();
    for (ImmobileGroup group : ImmobileGroup.values()) {
      double share = groupShares.getOrDefault(group, 0.0);
      for (Measure measure : verifyNotNull(aimedAt.get(group), "measures aimed at %s", group)) {
        if (catalog.enabled(measure.id())) {
          candidates.add(measure.id(), Optional.empty(), new Reason(
              Rule.MATCH_GROUP_REMEDY, ImmutableMap.of("weight", share), ImmutableMap.of("group", group.name())));
        }
      }
    }
    return new OrganisationMatch(rankedFor(candidates, Audience.INDIVIDUAL), rankedFor(candidates, Audience.ORGANISATION));
  }

  private List<Recommendation> rankedFor(Candidates candidates, Audience audience) {
    return candidates.ids().stream()
        .filter(id -> catalog.measure(id).flatMap(Measure::category).map(MeasureCategory::audience)
            .equals(Optional.of(audience)))
        .sorted(Comparator.comparingDouble(candidates::score).reversed().thenComparingInt(catalogOrder::get))
        .map(id -> new Recommendation(id, candidates.score(id), candidates.reasons(id)))
        .toList();
  }

  private double stepWeight(SupportStep step, SupportStep current) {
    int distance = step.ordinal() - current.ordinal();
    if (distance == 0) {
      return weights.currentStep();
    } else if (distance == 1) {
      return weights.nextStep();
    } else if (distance > 1) {
      return weights.laterStep();
    }
    return weights.earlierStep();
  }

  /** The measures found so far, with their reasons, scores and earliest step, in first-found order. */
  private static final class Candidates {
    private final Map<MeasureId, List<Reason>> reasons = new LinkedHashMap<>();
    private final Map<MeasureId, Double> scores = new HashMap<>();
    private final Map<MeasureId, Integer> earliest = new HashMap<>();

    void add(MeasureId measure, Optional<SupportStep> step, Reason reason) {
      reasons.computeIfAbsent(measure, m -> new ArrayList<>()).add(reason);
      scores.merge(measure, reason.inputs().get("weight"), Double::sum);
      int position = step.map(SupportStep::ordinal).orElse(SupportStep.values().length);
      earliest.merge(measure, position, Math::min);
    }

    List<MeasureId> ids() {
      return List.copyOf(reasons.keySet());
    }

    double score(MeasureId measure) {
      return verifyNotNull(scores.get(measure), "score of %s", measure);
    }

    int earliestStep(MeasureId measure) {
      return verifyNotNull(earliest.get(measure), "earliest step of %s", measure);
    }

    List<Reason> reasons(MeasureId measure) {
      return verifyNotNull(reasons.get(measure), "reasons of %s", measure);
    }
  }
}
