package org.careerownership.core.plan;

import static com.google.common.base.Verify.verifyNotNull;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Explanation;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Reason;
import org.careerownership.core.Rule;
import org.careerownership.core.catalog.Approach;
import org.careerownership.core.catalog.ApproachGuide;
import org.careerownership.core.catalog.Audience;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.Measure;
import org.careerownership.core.catalog.MeasureCategory;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.RolloutStage;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportCell;
import org.careerownership.core.catalog.Term;
import org.careerownership.core.catalog.Wall;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.policy.Recommendation;

/**
 * Plans an organisation's C/O rollout roadmap from its {@link OrganisationAssessment}. Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li><b>Approach</b> and <b>stage</b>: by {@link RoadmapRules} (library defaults; the guide gives no
 *       rule), with the strengths and risks and each layer's goals from the catalog (guide: C/O経営への
 *       アプローチ方法, C/O経営の浸透ステップ).
 *   <li><b>Measures</b>, individual- and organisation-facing side by side (the guide: 個人向けの施策とともに、
 *       組織向け施策も走らせましょう): a measure aimed at an immobile group gets that group's share of the population
 *       as priority (guide: 3種類の不動層に向けた施策を中心に); a measure of the generation tables of the
 *       guide's core target, the late 30s on (30代以降をコア・ターゲットに), gets that generation's share
 *       times the fraction of the table's 16 cells that list it. Priorities add up; the list is ranked by
 *       priority, then catalog order. Disabled measures are left out. Shrinking a group's share never
 *       raises the priority of its measures.
 *   <li><b>Indicators</b>: the business-contribution chain factors (up), the future-creation share (up),
 *       the status-quo-stagnation share (down), each immobile group's share and the immobile layer's
 *       (down) — the guide's intermediate indicators (中間指標).
 * </ul>
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * OrganisationAssessment assessment = OrganisationAssessment.from(selfScores, Optional.empty(), population);
 * Roadmap roadmap = RoadmapPlanner.of(Catalogs.bundled()).withTopN(5).plan(assessment);
 * }</pre>
 *
 * @since 0.1
 */
public final class RoadmapPlanner {
  /** The default number of prioritised measures. */
  public static final int DEFAULT_TOP_N = 10;

  private static final LocalizedText IMMOBILE_LAYER = LocalizedText.of("不動層", "immobile layer");
  private static final List<Generation> CORE_TARGET = List.of(Generation.MID_CAREER, Generation.SENIOR);

  private final Catalog catalog;
  private final RoadmapRules rules;
  private final int topN;

  private RoadmapPlanner(Catalog catalog, RoadmapRules rules, int topN) {
    this.catalog = catalog;
    this.rules = rules;
    this.topN = topN;
  }

  /** Returns a planner over {@code catalog} with the default rules. */
  public static RoadmapPlanner of(Catalog catalog) {
    return new RoadmapPlanner(requireNonNull(catalog, "catalog"), RoadmapRules.standard(), DEFAULT_TOP_N);
  }

  /** Returns a copy deciding by {@code rules}. */
  public RoadmapPlanner withRules(RoadmapRules rules) {
    return new RoadmapPlanner(catalog, requireNonNull(rules, "rules"), topN);
  }

  /**
   * Returns a copy prioritising at most {@code topN} measures.
   *
   * @throws IllegalArgumentException if {@code topN < 1}
   */
  public RoadmapPlanner withTopN(int topN) {
    checkArgument(topN >= 1, "topN (%s) must be >= 1", topN);
    return new RoadmapPlanner(catalog, rules, topN);
  }

  /** Returns the roadmap for {@code assessment}. */
  public Roadmap plan(OrganisationAssessment assessment) {
    requireNonNull(assessment, "assessment");
    List<Reason> why = new ArrayList<>();
    Approach approach = approach(assessment, why);
    RolloutStage stage = stage(assessment, why);
    Optional<RolloutStage> next = stage.ordinal() + 1 < RolloutStage.values().length
        ? Optional.of(RolloutStage.values()[stage.ordinal() + 1])
        : Optional.empty();
    ApproachGuide guide = catalog.approach(approach);
    return new Roadmap(
        approach,
        guide.strengths(),
        guide.risks(),
        stage,
        catalog.rollout().stage(stage).goals(),
        next,
        next.map(s -> catalog.rollout().stage(s).goals()).orElse(Map.of()),
        measures(assessment.population(), Audience.INDIVIDUAL),
        measures(assessment.population(), Audience.ORGANISATION),
        indicators(assessment.population()),
        Explanation.of(why));
  }

  private Approach approach(OrganisationAssessment a, List<Reason> why) {
    double commitment = a.executiveCommitment();
    double wall = verifyNotNull(a.walls().get(Wall.MANAGEMENT), "an assessment rates every wall");
    if (commitment < rules.commitmentThreshold() || wall >= rules.wallThreshold()) {
      why.add(new Reason(Rule.ROADMAP_APPROACH_HR_LED, ImmutableMap.of(
          "commitment", commitment,
          "commitmentThreshold", rules.commitmentThreshold(),
          "managementWall", wall,
          "wallThreshold", rules.wallThreshold())));
      return Approach.HR_LED_FACT_ACCUMULATION;
    }
    if (a.hrCapacity() >= rules.hrThreshold()) {
      why.add(new Reason(Rule.ROADMAP_APPROACH_OS_UPDATE, ImmutableMap.of(
          "commitment", commitment, "hrCapacity", a.hrCapacity())));
      return Approach.MANAGEMENT_HR_OS_UPDATE;
    }
    why.add(new Reason(Rule.ROADMAP_APPROACH_MANAGEMENT_LED, ImmutableMap.of(
        "commitment", commitment, "hrCapacity", a.hrCapacity(), "hrThreshold", rules.hrThreshold())));
    return Approach.MANAGEMENT_LED_GOVERNANCE_REFORM;
  }

  private RolloutStage stage(OrganisationAssessment a, List<Reason> why) {
    if (a.stage().isPresent()) {
      why.add(new Reason(
          Rule.ROADMAP_STAGE_ASSESSED, ImmutableMap.of(), ImmutableMap.of("stage", a.stage().get().name())));
      return a.stage().get();
    }
    double future = verifyNotNull(a.population().phaseShares().get(Phase.FUTURE_CREATION), "a population has every phase's share");
    double immobile = a.population().immobileShare();
    if (a.executiveCommitment() < rules.commitmentThreshold() || future < rules.introductionShare()) {
      why.add(new Reason(Rule.ROADMAP_STAGE_INTRODUCTION, ImmutableMap.of(
          "futureCreationShare", 100 * future,
          "introductionShare", 100 * rules.introductionShare(),
          "commitment", a.executiveCommitment())));
      return RolloutStage.INTRODUCTION;
    }
    if (future >= rules.establishmentShare() && immobile < rules.immobileThreshold()) {
      why.add(new Reason(Rule.ROADMAP_STAGE_ESTABLISHMENT, ImmutableMap.of(
          "futureCreationShare", 100 * future,
          "establishmentShare", 100 * rules.establishmentShare(),
          "immobileShare", 100 * immobile)));
      return RolloutStage.ESTABLISHMENT;
    }
    why.add(new Reason(Rule.ROADMAP_STAGE_EXPANSION, ImmutableMap.of(
        "futureCreationShare", 100 * future,
        "establishmentShare", 100 * rules.establishmentShare(),
        "immobileShare", 100 * immobile)));
    return RolloutStage.EXPANSION;
  }

  /**
   * Returns the prioritised measures of {@code audience}; table measures, which have no category, are
   * individual-facing.
   */
  private List<Recommendation> measures(PopulationSummary population, Audience audience) {
    Map<MeasureId, List<Reason>> reasons = new LinkedHashMap<>();
    for (ImmobileGroup group : ImmobileGroup.values()) {
      double share = verifyNotNull(population.immobileShares().get(group), "share of %s", group);
      List<MeasureCategory> categories = catalog.immobileGroup(group).measureCategories();
      for (Measure measure : catalog.enabledMeasures()) {
        if (share > 0 && measure.category().map(categories::contains).orElse(false)) {
          reasons.computeIfAbsent(measure.id(), id -> new ArrayList<>()).add(new Reason(
              Rule.MATCH_GROUP_REMEDY, ImmutableMap.of("weight", share), ImmutableMap.of("group", group.name())));
        }
      }
    }
    for (Generation generation : CORE_TARGET) {
      double share = verifyNotNull(population.generationShares().get(generation), "share of %s", generation);
      Map<MeasureId, Integer> cells = new LinkedHashMap<>();
      int cellCount = 0;
      for (StagnationReason reason : catalog.reasons(generation)) {
        for (SupportCell cell : reason.cells()) {
          cellCount++;
          cell.measures().forEach(id -> cells.merge(id, 1, Integer::sum));
        }
      }
      for (Map.Entry<MeasureId, Integer> entry : cells.entrySet()) {
        if (share > 0 && catalog.enabled(entry.getKey())) {
          double weight = share * entry.getValue() / cellCount;
          reasons.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(new Reason(
              Rule.ROADMAP_CORE_TARGET,
              ImmutableMap.of("weight", weight, "share", share, "cells", (double) entry.getValue()),
              ImmutableMap.of("generation", generation.name())));
        }
      }
    }
    Map<MeasureId, Integer> order = new HashMap<>();
    catalog.measures().forEach(m -> order.put(m.id(), order.size()));
    return reasons.entrySet().stream()
        .filter(e -> catalog.measure(e.getKey()).flatMap(Measure::category).map(MeasureCategory::audience)
            .orElse(Audience.INDIVIDUAL) == audience)
        .map(e -> new Recommendation(
            e.getKey(), e.getValue().stream().mapToDouble(r -> r.inputs().get("weight")).sum(), e.getValue()))
        .sorted(Comparator.comparingDouble(Recommendation::score).reversed()
            .thenComparingInt(r -> order.get(r.measure())))
        .limit(topN)
        .toList();
  }

  private List<Indicator> indicators(PopulationSummary population) {
    List<Indicator> indicators = new ArrayList<>();
    for (Term factor : catalog.chainFactors()) {
      indicators.add(new Indicator("chain." + factor.id(), factor.text(), Direction.INCREASE, Optional.empty()));
    }
    indicators.add(phaseIndicator(Phase.FUTURE_CREATION, Direction.INCREASE, population));
    indicators.add(phaseIndicator(Phase.STATUS_QUO_STAGNATION, Direction.DECREASE, population));
    indicators.add(new Indicator(
        "immobile.total", IMMOBILE_LAYER, Direction.DECREASE, Optional.of(population.immobileShare())));
    for (ImmobileGroup group : ImmobileGroup.values()) {
      indicators.add(new Indicator(
          "immobile." + group.name(),
          catalog.immobileGroup(group).names().get(0),
          Direction.DECREASE,
          Optional.ofNullable(population.immobileShares().get(group))));
    }
    return indicators;
  }

  private Indicator phaseIndicator(Phase phase, Direction direction, PopulationSummary population) {
    return new Indicator(
        "phase." + phase.name(),
        catalog.phase(phase).name(),
        direction,
        Optional.ofNullable(population.phaseShares().get(phase)));
  }
}
