package org.careerownership.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class SegmenterProperties {

  static Gen<SegmentInput> inputs() {
    Gen<NeedSignals> needs = Generators.scoreValues().zip(Generators.scoreValues(), Generators.scoreValues(), NeedSignals::new);
    Gen<Optional<Integer>> usage = Generate.frequency(
        org.quicktheories.api.Pair.of(1, Generate.constant(Optional.<Integer>empty())),
        org.quicktheories.api.Pair.of(3, integers().between(0, 3).map(Optional::of)));
    return Generate.enumValues(Phase.class).zip(needs, usage, SegmentInput::new);
  }

  // Law: the primary group is present exactly for the immobile; it is the first unmet need when there
  // is one; every unmet need is a signal below the threshold, in the cycle's order.
  @Test
  void primaryGroupAndUnmetNeedsFollowTheRules() {
    qt().withFixedSeed(Generators.SEED).withExamples(2000).forAll(inputs()).checkAssert(input -> {
      Segmentation s = Segmenter.standard().segment(input);
      assertEquals(s.mobility() == Mobility.IMMOBILE, s.primaryGroup().isPresent());
      for (ImmobileGroup group : ImmobileGroup.values()) {
        assertEquals(input.needs().signal(group) < 50, s.unmetNeeds().contains(group));
      }
      if (s.primaryGroup().isPresent() && !s.unmetNeeds().isEmpty()) {
        assertEquals(s.unmetNeeds().get(0), s.primaryGroup().get());
      }
      boolean mobile = input.phase() == Phase.FUTURE_CREATION || input.measuresUsed().orElse(0) >= 1;
      assertEquals(mobile, s.mobility() == Mobility.MOBILE);
    });
  }

  // Law: raising one need signal never adds an unmet need.
  @Test
  void raisingASignalNeverAddsAnUnmetNeed() {
    qt().withFixedSeed(Generators.SEED).forAll(inputs(), Generate.enumValues(ImmobileGroup.class), integers().between(1, 50))
        .checkAssert((input, group, raise) -> {
          NeedSignals n = input.needs();
          double reach = group == ImmobileGroup.REACH_GAP ? Math.min(100, n.reach() + raise) : n.reach();
          double growth = group == ImmobileGroup.GROWTH_GAP ? Math.min(100, n.growth() + raise) : n.growth();
          double pathway = group == ImmobileGroup.PATHWAY_GAP ? Math.min(100, n.pathway() + raise) : n.pathway();
          Segmentation before = Segmenter.standard().segment(input);
          Segmentation after = Segmenter.standard().segment(
              new SegmentInput(input.phase(), new NeedSignals(reach, growth, pathway), input.measuresUsed()));
          assertTrue(before.unmetNeeds().containsAll(after.unmetNeeds()));
        });
  }

  // Law: a batch gives one segmentation per input, in order.
  @Test
  void oneSegmentationPerInputInOrder() {
    qt().withFixedSeed(Generators.SEED).withExamples(200).forAll(lists().of(inputs()).ofSizeBetween(0, 30))
        .checkAssert(inputs -> {
          List<Segmentation> all = Segmenter.standard().segmentAll(inputs);
          assertEquals(inputs.size(), all.size());
          for (int i = 0; i < inputs.size(); i++) {
            assertEquals(Segmenter.standard().segment(inputs.get(i)), all.get(i));
          }
        });
  }
}
