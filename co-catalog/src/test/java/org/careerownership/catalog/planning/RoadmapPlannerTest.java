package org.careerownership.catalog.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Language;
import org.careerownership.core.Rule;
import org.careerownership.core.catalog.Approach;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.Layer;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.RolloutStage;
import org.careerownership.core.catalog.Wall;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.plan.Direction;
import org.careerownership.core.plan.Indicator;
import org.careerownership.core.plan.OrganisationAssessment;
import org.careerownership.core.plan.PopulationSummary;
import org.careerownership.core.plan.ReferenceSelfAssessment;
import org.careerownership.core.plan.Roadmap;
import org.careerownership.core.plan.RoadmapPlanner;
import org.careerownership.core.policy.Recommendation;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RoadmapPlannerTest {

  private static final Catalog CATALOG = Catalogs.bundled();
  private static final RoadmapPlanner PLANNER = RoadmapPlanner.of(CATALOG);

  static PopulationSummary population(double future, double reach, double growth, double pathway) {
    double rest = (1 - future) / 3;
    return new PopulationSummary(
        Map.of(Phase.FUTURE_CREATION, future, Phase.SELF_FIXATION, rest, Phase.INTEREST_DISPERSION, rest,
            Phase.STATUS_QUO_STAGNATION, 1 - future - 2 * rest),
        Map.of(ImmobileGroup.REACH_GAP, reach, ImmobileGroup.GROWTH_GAP, growth, ImmobileGroup.PATHWAY_GAP, pathway),
        Map.of(Generation.EARLY_CAREER, 0.3, Generation.MID_CAREER, 0.4, Generation.SENIOR, 0.3));
  }

  static OrganisationAssessment assessment(double managementWall, double commitment, double hr,
      Optional<RolloutStage> stage, PopulationSummary population) {
    Map<Wall, Double> walls = new EnumMap<>(Wall.class);
    walls.put(Wall.MANAGEMENT, managementWall);
    walls.put(Wall.ORGANISATION, 50.0);
    walls.put(Wall.INDIVIDUAL, 50.0);
    return new OrganisationAssessment(walls, commitment, hr, stage, population);
  }

  @Nested
  final class Approaches {
    @ParameterizedTest(name = "wall {0}, commitment {1}, HR {2} -> {3}")
    @CsvSource({
      "30, 49.9, 90, HR_LED_FACT_ACCUMULATION", // management not on board
      "60, 90, 90, HR_LED_FACT_ACCUMULATION", // a strong management wall
      "59.9, 50, 50, MANAGEMENT_HR_OS_UPDATE", // both at their thresholds
      "30, 80, 49.9, MANAGEMENT_LED_GOVERNANCE_REFORM" // committed management, stretched HR
    })
    void followTheDocumentedRule(double wall, double commitment, double hr, Approach approach) {
      Roadmap roadmap = PLANNER.plan(assessment(wall, commitment, hr, Optional.empty(), population(0.3, 0.2, 0.1, 0.1)));
      assertEquals(approach, roadmap.approach());
      assertEquals(CATALOG.approach(approach).risks(), roadmap.risks());
      assertEquals(CATALOG.approach(approach).strengths(), roadmap.strengths());
    }

    @Test
    void theExplanationNamesTheRuleAndItsInputs() {
      Roadmap roadmap = PLANNER.plan(assessment(70, 80, 80, Optional.empty(), population(0.3, 0.2, 0.1, 0.1)));
      assertEquals(Rule.ROADMAP_APPROACH_HR_LED, roadmap.explanation().rule());
      assertEquals(70.0, roadmap.explanation().reasons().get(0).inputs().get("managementWall"));
      assertTrue(roadmap.explanation().text(Language.JA).contains("人事主導のファクト積み上げ型"));
    }
  }

  @Nested
  final class Stages {
    @ParameterizedTest(name = "future {0}, immobile {1}, commitment {2} -> {3}")
    @CsvSource({
      "0.19, 0.3, 80, INTRODUCTION",
      "0.5, 0.3, 40, INTRODUCTION",
      "0.2, 0.3, 80, EXPANSION",
      "0.45, 0.5, 80, EXPANSION",
      "0.4, 0.49, 80, ESTABLISHMENT"
    })
    void derivedFromThePopulationWhenNotAssessed(double future, double immobile, double commitment, RolloutStage stage) {
      Roadmap roadmap = PLANNER.plan(assessment(30, commitment, 80, Optional.empty(),
          population(future, immobile / 3, immobile / 3, immobile / 3)));
      assertEquals(stage, roadmap.currentStage());
    }

    @Test
    void anAssessedStageIsTakenWithTheRolloutTablesGoals() {
      Roadmap roadmap = PLANNER.plan(assessment(30, 80, 80, Optional.of(RolloutStage.EXPANSION), population(0.1, 0.3, 0.2, 0.1)));
      assertEquals(RolloutStage.EXPANSION, roadmap.currentStage());
      assertEquals(Optional.of(RolloutStage.ESTABLISHMENT), roadmap.nextStage());
      assertEquals("マネジメント層が部門運営に落とし込み、行動と学びの循環を生み出す", roadmap.currentGoals().get(Layer.MANAGERS).ja());
      assertEquals("メンバーが主体的に行動し、会社・組織と一体となって成長している", roadmap.nextGoals().get(Layer.MEMBERS).ja());
      Roadmap last = PLANNER.plan(assessment(30, 80, 80, Optional.of(RolloutStage.ESTABLISHMENT), population(0.1, 0.3, 0.2, 0.1)));
      assertEquals(Optional.empty(), last.nextStage());
      assertEquals(Map.of(), last.nextGoals());
    }
  }

  @Nested
  final class MeasuresAndIndicators {
    @Test
    void theLargestGroupsMeasuresComeFirstAndTheCoreTargetAddsUp() {
      Roadmap roadmap = PLANNER.withTopN(20).plan(assessment(30, 80, 80, Optional.empty(), population(0.3, 0.35, 0.05, 0.02)));
      Recommendation first = roadmap.individualFacing().get(0);
      assertTrue(CATALOG.measuresFor(ImmobileGroup.REACH_GAP).stream().anyMatch(m -> m.id().equals(first.measure())));
      // Organisation-facing measures run alongside: the growth gap's (0.05) before the pathway gap's (0.02).
      assertEquals(0.05, roadmap.organisationFacing().get(0).score(), 1e-12);
      assertEquals("self-nominated-internal-job-posting", roadmap.organisationFacing().get(7).measure().value());
      Recommendation consultation = roadmap.individualFacing().stream()
          .filter(r -> r.measure().equals(MeasureId.of("use-career-consultation-desk"))).findFirst().orElseThrow();
      // キャリア相談窓口の活用: 4 of the 16 cells of the 30s–40s table (share 0.4) and 5 of the 16 of the
      // 50s table (share 0.3).
      assertEquals(0.4 * 4 / 16 + 0.3 * 5 / 16, consultation.score(), 1e-12);
      assertEquals(Rule.ROADMAP_CORE_TARGET, consultation.reasons().get(0).rule());
    }

    @Test
    void indicatorsCoverTheChainPhasesAndImmobileLayerWithDirections() {
      Roadmap roadmap = PLANNER.plan(assessment(30, 80, 80, Optional.empty(), population(0.3, 0.2, 0.1, 0.05)));
      List<String> ids = roadmap.indicators().stream().map(Indicator::id).toList();
      assertTrue(ids.containsAll(List.of("chain.engagement", "chain.future-support", "phase.FUTURE_CREATION",
          "phase.STATUS_QUO_STAGNATION", "immobile.total", "immobile.REACH_GAP")));
      Indicator immobile = roadmap.indicators().stream().filter(i -> i.id().equals("immobile.total")).findFirst().orElseThrow();
      assertEquals(Direction.DECREASE, immobile.direction());
      assertEquals(0.35, immobile.baseline().orElseThrow(), 1e-12);
      assertEquals(Direction.INCREASE,
          roadmap.indicators().stream().filter(i -> i.id().equals("chain.engagement")).findFirst().orElseThrow().direction());
    }

    // Law: shrinking an immobile group's share never raises the priority of any measure aimed at it.
    @Test
    void shrinkingAGroupsShareNeverRaisesItsMeasuresPriority() {
      qt().withFixedSeed(Generators.SEED).withExamples(300)
          .forAll(doubles().between(0, 0.3), doubles().between(0, 0.3), doubles().between(0, 0.3), doubles().between(0, 1))
          .checkAssert((reach, growth, pathway, shrink) -> {
            for (ImmobileGroup group : ImmobileGroup.values()) {
              PopulationSummary before = population(0.3, reach, growth, pathway);
              PopulationSummary after = population(0.3,
                  group == ImmobileGroup.REACH_GAP ? reach * shrink : reach,
                  group == ImmobileGroup.GROWTH_GAP ? growth * shrink : growth,
                  group == ImmobileGroup.PATHWAY_GAP ? pathway * shrink : pathway);
              RoadmapPlanner all = PLANNER.withTopN(200);
              Map<MeasureId, Double> was = scores(all.plan(assessment(30, 80, 80, Optional.empty(), before)));
              Map<MeasureId, Double> now = scores(all.plan(assessment(30, 80, 80, Optional.empty(), after)));
              CATALOG.measuresFor(group).forEach(m ->
                  assertTrue(now.getOrDefault(m.id(), 0.0) <= was.getOrDefault(m.id(), 0.0) + 1e-12, m.id().value()));
            }
          });
    }

    private Map<MeasureId, Double> scores(Roadmap roadmap) {
      Map<MeasureId, Double> scores = new java.util.HashMap<>();
      roadmap.individualFacing().forEach(r -> scores.put(r.measure(), r.score()));
      roadmap.organisationFacing().forEach(r -> scores.put(r.measure(), r.score()));
      return scores;
    }
  }

  @Nested
  final class SelfAssessment {
    @Test
    void theReferenceQuestionnaireProducesAnAssessment() {
      Response.Builder answers = Response.builder().respondentId("acme");
      ReferenceSelfAssessment.v1().items().forEach(item -> answers.answer(item.id().value(), 4));
      Scores scores = Scorer.of(ReferenceSelfAssessment.v1()).score(answers.build()).orElseThrow();
      OrganisationAssessment assessment =
          OrganisationAssessment.from(scores, Optional.empty(), population(0.3, 0.2, 0.1, 0.05));
      // Each wall has two normal items at 4 (75) and one reverse-keyed item at 4 (25): mean 2/3 of the way.
      assertEquals((75 + 75 + 25) / 3.0, assessment.walls().get(Wall.MANAGEMENT), 1e-12);
      assertEquals(75.0, assessment.executiveCommitment(), 1e-12);
      assertEquals((75 + 75 + 25) / 3.0, assessment.hrCapacity(), 1e-12);
      assertEquals(15, ReferenceSelfAssessment.v1().items().size());
    }

    @Test
    void badAssessmentsAreRejected() {
      assertThrows(IllegalArgumentException.class,
          () -> assessment(101, 50, 50, Optional.empty(), population(0.3, 0.2, 0.1, 0.05)));
      assertThrows(IllegalArgumentException.class, () -> population(0.3, 0.5, 0.4, 0.3));
      assertThrows(IllegalArgumentException.class, () -> new PopulationSummary(
          Map.of(Phase.FUTURE_CREATION, 1.0), Map.of(), Map.of()));
    }
  }
}
