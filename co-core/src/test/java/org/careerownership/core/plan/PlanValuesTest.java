package org.careerownership.core.plan;

import static org.careerownership.core.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.Wall;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmentation;
import org.careerownership.core.segment.Segmenter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The planning inputs validate at construction, accepting their boundaries; summaries count shares. */
final class PlanValuesTest {

  /** Returns {@code each} for every constant of {@code type}. */
  private static <E extends Enum<E>> Map<E, Double> shares(Class<E> type, double each) {
    Map<E, Double> map = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      map.put(e, each);
    }
    return map;
  }

  @Nested
  final class Rules {
    private RoadmapRules with(int index, double value) {
      double[] v = {50, 60, 50, 0.2, 0.4, 0.5};
      v[index] = value;
      return new RoadmapRules(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    @Test
    void scoreThresholdsLieIn0To100() {
      String[] names = {"commitmentThreshold", "wallThreshold", "hrThreshold"};
      for (int i = 0; i < 3; i++) {
        int index = i;
        assertDoesNotThrow(() -> with(index, 0));
        assertDoesNotThrow(() -> with(index, 100));
        assertRefused(names[i], () -> with(index, -0.001));
        assertRefused(names[i], () -> with(index, 100.001));
      }
    }

    @Test
    void sharesLieIn0To1AndIntroductionComesFirst() {
      assertDoesNotThrow(() -> new RoadmapRules(50, 60, 50, 0, 0, 0));
      assertDoesNotThrow(() -> new RoadmapRules(50, 60, 50, 1, 1, 1));
      assertRefused("introductionShare", () -> with(3, -0.001));
      assertRefused("establishmentShare", () -> with(4, 1.001));
      assertRefused("immobileThreshold", () -> with(5, -0.001));
      assertRefused("immobileThreshold", () -> with(5, 1.001));
      assertRefused("introductionShare", () -> new RoadmapRules(50, 60, 50, 0.41, 0.4, 0.5));
      assertDoesNotThrow(() -> new RoadmapRules(50, 60, 50, 0.4, 0.4, 0.5));
      assertEquals(new RoadmapRules(50, 60, 50, 0.2, 0.4, 0.5), RoadmapRules.standard());
    }
  }

  @Nested
  final class Population {
    private final Segmentation mobile =
        Segmenter.standard().segment(SegmentInput.of(Phase.FUTURE_CREATION, new NeedSignals(90, 90, 90)));
    private final Segmentation immobile =
        Segmenter.standard().segment(SegmentInput.of(Phase.SELF_FIXATION, new NeedSignals(10, 90, 90), 0));

    @Test
    void sharesAreCountsOverThePopulation() {
      PopulationSummary summary = PopulationSummary.of(
          List.of(Phase.FUTURE_CREATION, Phase.FUTURE_CREATION, Phase.SELF_FIXATION, Phase.INTEREST_DISPERSION),
          List.of(mobile, mobile, immobile, mobile),
          List.of(Generation.values()[0], Generation.values()[1], Generation.values()[1], Generation.values()[1]));
      assertEquals(0.5, summary.phaseShares().get(Phase.FUTURE_CREATION));
      assertEquals(0.25, summary.phaseShares().get(Phase.SELF_FIXATION));
      assertEquals(0.25, summary.phaseShares().get(Phase.INTEREST_DISPERSION));
      assertEquals(0.0, summary.phaseShares().get(Phase.STATUS_QUO_STAGNATION));
      assertEquals(0.25, summary.generationShares().get(Generation.values()[0]));
      assertEquals(0.75, summary.generationShares().get(Generation.values()[1]));
      assertEquals(Phase.values().length, summary.phaseShares().size());
      ImmobileGroup group = immobile.primaryGroup().orElseThrow();
      assertEquals(0.25, summary.immobileShares().get(group));
      assertEquals(0.25, summary.immobileShare(), 1e-15);
    }

    @Test
    void listsMustBeParallelAndNonEmpty() {
      assertRefused("at least one person", () -> PopulationSummary.of(List.of(), List.of(), List.of()));
      assertRefused("parallel", () -> PopulationSummary.of(List.of(Phase.FUTURE_CREATION), List.of(mobile, mobile),
          List.of(Generation.values()[0])));
      assertRefused("parallel", () -> PopulationSummary.of(List.of(Phase.FUTURE_CREATION), List.of(mobile),
          List.of()));
    }

    @Test
    void sharesMustBeCompleteInRangeAndAddUp() {
      Map<Phase, Double> phases = shares(Phase.class, 0.25);
      Map<Generation, Double> generations = shares(Generation.class, 1.0 / Generation.values().length);
      Map<ImmobileGroup, Double> immobile = shares(ImmobileGroup.class, 0);
      assertDoesNotThrow(() -> new PopulationSummary(phases, immobile, generations));
      Map<ImmobileGroup, Double> all = shares(ImmobileGroup.class, 1.0 / ImmobileGroup.values().length);
      assertDoesNotThrow(() -> new PopulationSummary(phases, all, generations));
      Map<Phase, Double> missing = new EnumMap<>(phases);
      missing.remove(Phase.FUTURE_CREATION);
      assertRefused("phaseShares", () -> new PopulationSummary(missing, immobile, generations));
      Map<Phase, Double> over = new EnumMap<>(phases);
      over.put(Phase.FUTURE_CREATION, 1.01);
      assertRefused("phaseShares", () -> new PopulationSummary(over, immobile, generations));
      Map<Phase, Double> under = new EnumMap<>(phases);
      under.put(Phase.FUTURE_CREATION, -0.01);
      assertRefused("phaseShares", () -> new PopulationSummary(under, immobile, generations));
      assertRefused("phaseShares", () -> new PopulationSummary(shares(Phase.class, 0.2), immobile, generations));
      assertRefused("immobileShares", () -> new PopulationSummary(phases, shares(ImmobileGroup.class, 0.9), generations));
    }
  }

  @Nested
  final class Assessment {
    private final PopulationSummary population = new PopulationSummary(
        Map.of(Phase.FUTURE_CREATION, 1.0, Phase.SELF_FIXATION, 0.0, Phase.INTEREST_DISPERSION, 0.0,
            Phase.STATUS_QUO_STAGNATION, 0.0),
        shares(ImmobileGroup.class, 0), shares(Generation.class, 1.0 / Generation.values().length));

    @Test
    void everyWallAndScoresIn0To100() {
      Map<Wall, Double> walls = shares(Wall.class, 0);
      assertDoesNotThrow(() -> new OrganisationAssessment(walls, 0, 100, Optional.empty(), population));
      assertDoesNotThrow(() -> new OrganisationAssessment(shares(Wall.class, 100), 100, 0, Optional.empty(), population));
      Map<Wall, Double> missing = new EnumMap<>(walls);
      missing.remove(Wall.values()[0]);
      assertRefused("every wall", () -> new OrganisationAssessment(missing, 50, 50, Optional.empty(), population));
      assertRefused("wall", () -> new OrganisationAssessment(shares(Wall.class, 100.5), 50, 50, Optional.empty(), population));
      assertRefused("executiveCommitment", () -> new OrganisationAssessment(walls, -0.5, 50, Optional.empty(), population));
      assertRefused("executiveCommitment", () -> new OrganisationAssessment(walls, 100.5, 50, Optional.empty(), population));
      assertRefused("hrCapacity", () -> new OrganisationAssessment(walls, 50, -0.5, Optional.empty(), population));
      assertRefused("hrCapacity", () -> new OrganisationAssessment(walls, 50, 100.5, Optional.empty(), population));
    }
  }
}
