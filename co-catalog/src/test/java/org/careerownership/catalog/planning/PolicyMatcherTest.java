package org.careerownership.catalog.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.careerownership.catalog.CatalogSource;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Language;
import org.careerownership.core.Outcome;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.Reason;
import org.careerownership.core.Rule;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.generation.GenerationBands;
import org.careerownership.core.policy.MatchResult;
import org.careerownership.core.policy.MatcherWeights;
import org.careerownership.core.policy.OrganisationMatch;
import org.careerownership.core.policy.PersonProfile;
import org.careerownership.core.policy.PolicyMatcher;
import org.careerownership.core.policy.Recommendation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class PolicyMatcherTest {

  private static final Catalog CATALOG = Catalogs.bundled();
  private static final PolicyMatcher MATCHER = PolicyMatcher.of(CATALOG);
  private static final ReasonId UNAWARE = ReasonId.of("early-career.unaware-of-co-no-direction");

  private static PersonProfile.Builder profile(ReasonId... reasons) {
    PersonProfile.Builder b = PersonProfile.builder().id("P1").age(27, GenerationBands.standard());
    for (ReasonId r : reasons) {
      b.addReason(r);
    }
    return b;
  }

  private static List<String> ids(MatchResult result) {
    return result.recommendations().stream().map(r -> r.measure().value()).toList();
  }

  @Nested
  final class TableCells {
    @Test
    void rankByStepWeightThenEarliestStepThenCatalogOrder() {
      // The guide's cells for this reason: KNOW {career cafe, career e-learning}; UNDERSTAND {1on1
      // vision, job book}; DEEPEN {career forum / work job}; PRACTICE {event programme, 1on1
      // accompaniment}. From step 1: weights 3, 2, 1, 1.
      MatchResult result = MATCHER.match(profile(UNAWARE).build()).orElseThrow();
      assertEquals(
          List.of("career-elearning", "use-career-cafe", "use-internal-job-book", "career-1on1-vision",
              "use-career-forum-work-job", "career-1on1-accompaniment", "cross-department-event-proposal-programme"),
          ids(result));
      assertEquals(
          List.of(3.0, 3.0, 2.0, 2.0, 1.0, 1.0, 1.0),
          result.recommendations().stream().map(Recommendation::score).toList());
    }

    @Test
    void theCurrentStepWeighsMostAndEarlierStepsLeast() {
      MatchResult result = MATCHER.match(profile(UNAWARE).currentStep(SupportStep.DEEPEN).build()).orElseThrow();
      assertEquals("use-career-forum-work-job", ids(result).get(0));
      Recommendation elearning = result.recommendations().stream()
          .filter(r -> r.measure().value().equals("career-elearning")).findFirst().orElseThrow();
      assertEquals(0.5, elearning.score());
      Reason why = elearning.reasons().get(0);
      assertEquals(Rule.MATCH_CELL, why.rule());
      assertEquals(Map.of("reason", UNAWARE.value(), "step", "KNOW"), why.references());
      assertEquals(
          "Listed in the guide's table for stagnation reason early-career.unaware-of-co-no-direction at step"
              + " KNOW (weight 0.5).",
          why.text(Language.EN));
    }

    @Test
    void aMeasureInSeveralCellsAddsUpEveryReason() {
      // キャリアeラーニング is in cells of both reasons (KNOW of each): 3 + 3.
      MatchResult result = MATCHER.match(
          profile(UNAWARE, ReasonId.of("early-career.no-time-for-career")).build()).orElseThrow();
      Recommendation top = result.recommendations().get(0);
      assertEquals("career-elearning", top.measure().value());
      assertTrue(top.score() >= 6.0);
      assertTrue(top.reasons().size() >= 2);
      assertEquals(top.score(), top.reasons().stream().mapToDouble(r -> r.inputs().get("weight")).sum(), 1e-12);
    }
  }

  @Nested
  final class ImmobileGroups {
    @Test
    void measuresAimedAtThePrimaryGroupScoreItsWeight() {
      MatchResult result = MATCHER.match(profile(UNAWARE).primaryGroup(ImmobileGroup.PATHWAY_GAP)
          .addUnmetNeed(ImmobileGroup.PATHWAY_GAP).build()).orElseThrow();
      Recommendation posting = result.recommendations().stream()
          .filter(r -> r.measure().value().equals("self-nominated-internal-job-posting")).findFirst().orElseThrow();
      assertEquals(MatcherWeights.standard().primaryGroup(), posting.score());
      assertEquals(Rule.MATCH_GROUP_REMEDY, posting.reasons().get(0).rule());
      assertEquals("PATHWAY_GAP", posting.reasons().get(0).references().get("group"));
    }

    @Test
    void otherUnmetNeedsScoreLess() {
      MatchResult result = MATCHER.withTopN(40).match(profile(UNAWARE).primaryGroup(ImmobileGroup.REACH_GAP)
          .addUnmetNeed(ImmobileGroup.REACH_GAP).addUnmetNeed(ImmobileGroup.GROWTH_GAP).build()).orElseThrow();
      double dialogue = result.recommendations().stream()
          .filter(r -> r.measure().value().equals("dialogue-rules")).findFirst().orElseThrow().score();
      double skill = result.recommendations().stream()
          .filter(r -> r.measure().value().equals("employee-skill-diagnostic")).findFirst().orElseThrow().score();
      assertEquals(MatcherWeights.standard().otherUnmetNeed(), dialogue);
      assertEquals(MatcherWeights.standard().primaryGroup(), skill);
    }
  }

  @Nested
  final class LeftOut {
    @Test
    void usedAndDisabledMeasuresAreLeftOutAndCounted() {
      Catalog acme = Catalogs.withOverlay(CATALOG, CatalogSource.of(Map.of("o.json",
          "{\"format\":\"co-catalog-overlay/1\",\"id\":\"acme\",\"disableMeasures\":[\"use-career-cafe\"]}")), "o.json");
      MatchResult result = PolicyMatcher.of(acme)
          .match(profile(UNAWARE).addMeasuresUsed(MeasureId.of("career-elearning")).build()).orElseThrow();
      assertEquals(List.of("use-internal-job-book", "career-1on1-vision", "use-career-forum-work-job",
          "career-1on1-accompaniment", "cross-department-event-proposal-programme"), ids(result));
      assertEquals(7, result.candidates());
      assertEquals(1, result.leftOutUsed());
      assertEquals(1, result.leftOutDisabled());
      assertEquals(
          "Ranked 7 candidate measures by score and show the top 5; left out 1 already used and 1 disabled by"
              + " the host.",
          result.explanation().text(Language.EN));
    }

    @Test
    void topNCutsTheList() {
      assertEquals(3, MATCHER.withTopN(3).match(profile(UNAWARE).build()).orElseThrow().recommendations().size());
      assertThrows(IllegalArgumentException.class, () -> MATCHER.withTopN(0));
    }

    @Test
    void theManagersCareerOneOnOneRunsAlongside() {
      assertEquals(List.of(MeasureId.of("manager-career-1on1")),
          MATCHER.match(profile(UNAWARE).build()).orElseThrow().alongside());
    }
  }

  @Nested
  final class BadProfiles {
    @Test
    void unknownReasonsAndReasonsOfAnotherGenerationAreProblems() {
      Outcome<MatchResult> outcome = MATCHER.match(
          profile(ReasonId.of("early-career.nothing"), ReasonId.of("senior.status-quo-orientation")).build());
      assertEquals(List.of(ProblemCode.UNKNOWN_REASON, ProblemCode.REASON_OF_OTHER_GENERATION),
          outcome.problems().stream().map(p -> p.code()).toList());
    }

    @Test
    void aBatchReportsEachProfileAtItsIndex() {
      var outcomes = MATCHER.matchAll(List.of(profile(UNAWARE).build(),
          profile(ReasonId.of("senior.status-quo-orientation")).id("P2").build()));
      assertTrue(outcomes.get(0).succeeded());
      assertEquals(1L, outcomes.get(1).problems().get(0).location().index().orElseThrow());
    }

    @Test
    void profilesNeedAnIdAndAReason() {
      assertThrows(IllegalArgumentException.class, () -> profile().build());
      assertThrows(IllegalArgumentException.class, () -> profile(UNAWARE).id(" ").build());
      assertEquals(Generation.MID_CAREER, profile(UNAWARE).age(36, GenerationBands.standard()).build().generation());
    }
  }

  @Test
  void organisationViewGivesBothSidesScoredByGroupShares() {
    OrganisationMatch match = MATCHER.matchOrganisation(Map.of(
        ImmobileGroup.REACH_GAP, 0.3, ImmobileGroup.GROWTH_GAP, 0.1, ImmobileGroup.PATHWAY_GAP, 0.05));
    assertEquals(8, match.individualFacing().size());
    assertTrue(match.individualFacing().stream().allMatch(r -> r.score() == 0.3));
    assertEquals(8, match.organisationFacing().size());
    assertEquals(0.1, match.organisationFacing().get(0).score());
    assertEquals("self-nominated-internal-job-posting", match.organisationFacing().get(7).measure().value());
    assertThrows(IllegalArgumentException.class, () -> MATCHER.matchOrganisation(Map.of(ImmobileGroup.REACH_GAP, 1.5)));
  }
}
