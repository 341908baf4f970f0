package org.careerownership.catalog;

import org.careerownership.core.catalog.ApproachGuide;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.Evidence;
import org.careerownership.core.catalog.GenerationGuide;
import org.careerownership.core.catalog.ImmobileGroupGuide;
import org.careerownership.core.catalog.Measure;
import org.careerownership.core.catalog.Rollout;
import org.careerownership.core.catalog.WorkedExample;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.catalog.Wall;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.plan.OrganisationAssessment;
import org.careerownership.core.plan.PopulationSummary;
import org.careerownership.core.plan.Roadmap;
import org.careerownership.core.plan.RoadmapPlanner;
import org.careerownership.core.plan.SupportPath;
import org.careerownership.core.plan.SupportPathPlanner;
import org.careerownership.core.policy.MatchResult;
import org.careerownership.core.policy.OrganisationMatch;
import org.careerownership.core.policy.PersonProfile;
import org.careerownership.core.policy.PolicyMatcher;
import org.careerownership.core.testing.Json;
import org.junit.jupiter.api.Test;

/** Catalog entries, which results embed, round-trip through Jackson 2 and Jackson 3. */
final class CatalogJsonTest {
  private static final Catalog CATALOG = Catalogs.bundled();

  @Test
  void everyEntryRoundTrips() {
    CATALOG.measures().forEach(m -> Json.assertRoundTrips(m, Measure.class));
    CATALOG.generations().forEach(g -> Json.assertRoundTrips(g, GenerationGuide.class));
    CATALOG.examples().forEach(e -> Json.assertRoundTrips(e, WorkedExample.class));
    CATALOG.immobileGroups().forEach(g -> Json.assertRoundTrips(g, ImmobileGroupGuide.class));
    CATALOG.approaches().forEach(a -> Json.assertRoundTrips(a, ApproachGuide.class));
    CATALOG.evidence().forEach(e -> Json.assertRoundTrips(e, Evidence.class));
    Json.assertRoundTrips(CATALOG.rollout(), Rollout.class);
  }

  @Test
  void decisionsRoundTrip() {
    PersonProfile profile = PersonProfile.builder()
        .id("P1")
        .generation(Generation.MID_CAREER)
        .addReason(ReasonId.of("mid-career.fear-of-changing"))
        .currentStep(SupportStep.UNDERSTAND)
        .primaryGroup(ImmobileGroup.GROWTH_GAP)
        .addUnmetNeed(ImmobileGroup.GROWTH_GAP)
        .addMeasuresUsed(MeasureId.of("career-elearning"))
        .build();
    Json.assertRoundTrips(profile, PersonProfile.class);
    MatchResult match = PolicyMatcher.of(CATALOG).match(profile).orElseThrow();
    Json.assertRoundTrips(match, MatchResult.class);
    Json.assertRoundTrips(
        PolicyMatcher.of(CATALOG).matchOrganisation(Map.of(ImmobileGroup.REACH_GAP, 0.2)), OrganisationMatch.class);
    SupportPath path = SupportPathPlanner.of(CATALOG)
        .plan(Generation.MID_CAREER, ReasonId.of("mid-career.fear-of-changing"), Optional.of(SupportStep.DEEPEN))
        .orElseThrow();
    Json.assertRoundTrips(path, SupportPath.class);
    PopulationSummary population = new PopulationSummary(
        Map.of(Phase.FUTURE_CREATION, 0.25, Phase.SELF_FIXATION, 0.25, Phase.INTEREST_DISPERSION, 0.25,
            Phase.STATUS_QUO_STAGNATION, 0.25),
        Map.of(ImmobileGroup.REACH_GAP, 0.2, ImmobileGroup.GROWTH_GAP, 0.1, ImmobileGroup.PATHWAY_GAP, 0.1),
        Map.of(Generation.EARLY_CAREER, 0.5, Generation.MID_CAREER, 0.25, Generation.SENIOR, 0.25));
    OrganisationAssessment assessment = new OrganisationAssessment(
        Map.of(Wall.MANAGEMENT, 40.0, Wall.ORGANISATION, 55.0, Wall.INDIVIDUAL, 70.0),
        65, 45, Optional.empty(), population);
    Json.assertRoundTrips(assessment, OrganisationAssessment.class);
    Json.assertRoundTrips(RoadmapPlanner.of(CATALOG).plan(assessment), Roadmap.class);
  }
}
