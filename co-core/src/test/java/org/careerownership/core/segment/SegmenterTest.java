package org.careerownership.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careerownership.core.Language;
import org.careerownership.core.Rule;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.instrument.Scale;
import org.careerownership.core.instrument.ScaleScore;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.phase.Phase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SegmenterTest {

  private static final Segmenter STANDARD = Segmenter.standard();
  private static final NeedSignals ALL_MET = new NeedSignals(80, 70, 60);

  @Nested
  final class Mobility {
    @Test
    void futureCreationIsMobileWhateverTheUsage() {
      Segmentation s = STANDARD.segment(SegmentInput.of(Phase.FUTURE_CREATION, new NeedSignals(10, 10, 10), 0));
      assertEquals(org.careerownership.core.segment.Mobility.MOBILE, s.mobility());
      assertEquals(Optional.empty(), s.primaryGroup());
      assertEquals(Rule.SEGMENT_MOBILE_BY_PHASE, s.explanation().rule());
      assertEquals(List.of(ImmobileGroup.REACH_GAP, ImmobileGroup.GROWTH_GAP, ImmobileGroup.PATHWAY_GAP), s.unmetNeeds());
    }

    @Test
    void usingAMeasureInTheWindowIsMoving() {
      Segmentation s = STANDARD.segment(SegmentInput.of(Phase.STATUS_QUO_STAGNATION, ALL_MET, 1));
      assertEquals(org.careerownership.core.segment.Mobility.MOBILE, s.mobility());
      assertEquals(Rule.SEGMENT_MOBILE_BY_USAGE, s.explanation().rule());
    }

    @Test
    void otherPhasesWithoutUsageAreImmobile() {
      Segmentation none = STANDARD.segment(SegmentInput.of(Phase.SELF_FIXATION, ALL_MET, 0));
      assertEquals(org.careerownership.core.segment.Mobility.IMMOBILE, none.mobility());
      assertEquals(Rule.SEGMENT_IMMOBILE, none.explanation().rule());
      Segmentation unknown = STANDARD.segment(SegmentInput.of(Phase.INTEREST_DISPERSION, ALL_MET));
      assertEquals(org.careerownership.core.segment.Mobility.IMMOBILE, unknown.mobility());
      assertEquals(Rule.SEGMENT_IMMOBILE_USAGE_UNKNOWN, unknown.explanation().rule());
    }
  }

  @Nested
  final class Groups {
    @ParameterizedTest(name = "reach {0}, growth {1}, pathway {2} -> {3}")
    @CsvSource({
      "49.9, 10, 10, REACH_GAP",
      "50, 10, 10, GROWTH_GAP", // a signal equal to the threshold is met
      "50, 50, 49, PATHWAY_GAP",
      "90, 30, 20, GROWTH_GAP"
    })
    void primaryIsTheFirstUnmetNeedOfTheGrowthCycle(double reach, double growth, double pathway, ImmobileGroup group) {
      Segmentation s = STANDARD.segment(SegmentInput.of(Phase.SELF_FIXATION, new NeedSignals(reach, growth, pathway), 0));
      assertEquals(Optional.of(group), s.primaryGroup());
      assertEquals(Rule.SEGMENT_PRIMARY_FIRST_UNMET, s.explanation().reasons().get(1).rule());
    }

    @Test
    void withNoUnmetNeedTheLowestSignalNamesTheGroupAndSaysSo() {
      Segmentation s = STANDARD.segment(SegmentInput.of(Phase.SELF_FIXATION, new NeedSignals(80, 62, 71), 0));
      assertEquals(Optional.of(ImmobileGroup.GROWTH_GAP), s.primaryGroup());
      assertEquals(List.of(), s.unmetNeeds());
      assertEquals(Rule.SEGMENT_PRIMARY_LOWEST, s.explanation().reasons().get(1).rule());
      assertEquals(62.0, s.explanation().reasons().get(1).inputs().get("signal"));
      assertEquals(
          "No need signal is below its threshold; the lowest signal, 62, names the primary group GROWTH_GAP.",
          s.explanation().reasons().get(1).text(Language.EN));
    }

    @Test
    void tiesForLowestGoInGrowthCycleOrder() {
      Segmentation s = STANDARD.segment(SegmentInput.of(Phase.SELF_FIXATION, new NeedSignals(70, 60, 60), 0));
      assertEquals(Optional.of(ImmobileGroup.GROWTH_GAP), s.primaryGroup());
    }

    @Test
    void everyUnmetNeedIsListedAndExplained() {
      Segmentation s = STANDARD.segment(SegmentInput.of(Phase.STATUS_QUO_STAGNATION, new NeedSignals(40, 80, 12.5), 0));
      assertEquals(List.of(ImmobileGroup.REACH_GAP, ImmobileGroup.PATHWAY_GAP), s.unmetNeeds());
      assertEquals(4, s.explanation().reasons().size());
      assertEquals(
          "Unmet need of PATHWAY_GAP: signal 12.5 is below the threshold 50.",
          s.explanation().reasons().get(3).text(Language.EN));
      assertEquals("未充足ニーズ PATHWAY_GAP：シグナル 12.5 が基準 50 未満です。", s.explanation().reasons().get(3).text(Language.JA));
    }
  }

  @Nested
  final class Configuration {
    @Test
    void thresholdsMobilePhasesAndUsageAreConfigurable() {
      Segmenter custom = STANDARD.withThreshold(ImmobileGroup.REACH_GAP, 85)
          .withMobilePhases(EnumSet.of(Phase.FUTURE_CREATION, Phase.INTEREST_DISPERSION))
          .withMinimumUsage(2);
      assertEquals(Optional.of(ImmobileGroup.REACH_GAP),
          custom.segment(SegmentInput.of(Phase.SELF_FIXATION, ALL_MET, 1)).primaryGroup());
      assertEquals(org.careerownership.core.segment.Mobility.MOBILE,
          custom.segment(SegmentInput.of(Phase.INTEREST_DISPERSION, ALL_MET, 0)).mobility());
      assertEquals(org.careerownership.core.segment.Mobility.MOBILE,
          custom.segment(SegmentInput.of(Phase.SELF_FIXATION, ALL_MET, 2)).mobility());
    }

    @Test
    void invalidConfigurationsAreRejected() {
      assertThrows(IllegalArgumentException.class, () -> STANDARD.withThreshold(ImmobileGroup.GROWTH_GAP, 101));
      assertThrows(IllegalArgumentException.class, () -> STANDARD.withThreshold(ImmobileGroup.GROWTH_GAP, Double.NaN));
      assertThrows(IllegalArgumentException.class, () -> STANDARD.withMobilePhases(Set.of()));
      assertThrows(IllegalArgumentException.class, () -> STANDARD.withMobilePhases(EnumSet.allOf(Phase.class)));
      assertThrows(IllegalArgumentException.class, () -> STANDARD.withMinimumUsage(0));
    }

    @Test
    void inputsAreValidated() {
      assertThrows(IllegalArgumentException.class, () -> new NeedSignals(-1, 50, 50));
      assertThrows(IllegalArgumentException.class, () -> new NeedSignals(50, Double.NaN, 50));
      assertThrows(IllegalArgumentException.class, () -> SegmentInput.of(Phase.SELF_FIXATION, ALL_MET, -1));
    }

    @Test
    void needSignalsComeFromTheNeedScales() {
      Scores scores = Scores.builder()
          .respondentId("R1")
          .putScale(Scale.REACH, new ScaleScore(25, 4, 4))
          .putScale(Scale.GROWTH, new ScaleScore(50, 3, 4))
          .putScale(Scale.PATHWAY, new ScaleScore(75, 4, 4))
          .build();
      assertEquals(new NeedSignals(25, 50, 75), NeedSignals.from(scores));
      Scores diagnosticOnly = Scores.builder().respondentId("R2").putScale(Scale.IDENTITY, new ScaleScore(25, 4, 4)).build();
      assertThrows(IllegalArgumentException.class, () -> NeedSignals.from(diagnosticOnly));
    }
  }
}
