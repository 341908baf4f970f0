package org.careerownership.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedTable;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class SegmentCountsTest {

  private static Segmentation immobile(ImmobileGroup group) {
    NeedSignals needs = switch (group) {
      case REACH_GAP -> new NeedSignals(10, 90, 90);
      case GROWTH_GAP -> new NeedSignals(90, 10, 90);
      case PATHWAY_GAP -> new NeedSignals(90, 90, 10);
    };
    return Segmenter.standard().segment(SegmentInput.of(Phase.STATUS_QUO_STAGNATION, needs, 0));
  }

  private static Segmentation mobile() {
    return Segmenter.standard().segment(SegmentInput.of(Phase.FUTURE_CREATION, new NeedSignals(90, 90, 90)));
  }

  @Test
  void overallCountsAndShares() {
    List<Segmentation> people = new ArrayList<>();
    people.addAll(Collections.nCopies(10, mobile()));
    people.addAll(Collections.nCopies(6, immobile(ImmobileGroup.REACH_GAP)));
    people.addAll(Collections.nCopies(5, immobile(ImmobileGroup.GROWTH_GAP)));
    people.addAll(Collections.nCopies(9, immobile(ImmobileGroup.PATHWAY_GAP)));
    ProtectedTable t = SegmentCounts.overall(people, AnonymityPolicy.standard());
    assertEquals(List.of("all"), t.rows());
    assertEquals(Optional.of(6L), t.cell(0, SegmentCounts.column(ImmobileGroup.REACH_GAP)).count());
    assertEquals(Optional.of(0.3), t.share(0, SegmentCounts.column(ImmobileGroup.PATHWAY_GAP)));
    assertEquals(Optional.of(30L), t.total().count());
  }

  @Test
  void aSmallUnitIsSuppressedAndMarkedNotDropped() {
    List<Segmentation> people = new ArrayList<>();
    List<String> units = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      people.add(i % 2 == 0 ? mobile() : immobile(ImmobileGroup.REACH_GAP));
      units.add("U1");
    }
    for (int i = 0; i < 12; i++) {
      people.add(immobile(ImmobileGroup.GROWTH_GAP));
      units.add("U2");
    }
    people.add(immobile(ImmobileGroup.PATHWAY_GAP));
    units.add("U3");
    ProtectedTable t = SegmentCounts.by(people, units, AnonymityPolicy.standard());
    assertEquals(List.of("U1", "U2", "U3"), t.rows());
    assertTrue(t.rowTotals().get(2).isSuppressed());
    assertTrue(t.cell(2, SegmentCounts.column(ImmobileGroup.PATHWAY_GAP)).isSuppressed());
  }

  @Test
  void keysMustParallelTheSegmentations() {
    assertThrows(IllegalArgumentException.class,
        () -> SegmentCounts.by(List.of(mobile()), List.of(), AnonymityPolicy.standard()));
  }

  // Law: no breakdown ever shows a group of more than zero but fewer than k people.
  @Test
  void noBreakdownShowsAGroupBelowTheThreshold() {
    qt().withFixedSeed(Generators.SEED).withExamples(300)
        .forAll(lists().of(Generate.pick(List.of("U1", "U2", "U3", "U4"))).ofSizeBetween(0, 60),
            Generate.pick(List.of(3, 5, 10)))
        .checkAssert((units, k) -> {
          List<Segmentation> people = new ArrayList<>();
          for (int i = 0; i < units.size(); i++) {
            people.add(i % 4 == 0 ? mobile() : immobile(ImmobileGroup.values()[i % 3]));
          }
          ProtectedTable t = SegmentCounts.by(people, units, AnonymityPolicy.minimumGroupSize(k));
          t.cells().forEach(row -> row.forEach(c -> c.count().ifPresent(n -> assertTrue(n == 0 || n >= k))));
          t.rowTotals().forEach(c -> c.count().ifPresent(n -> assertTrue(n == 0 || n >= k)));
        });
  }
}
