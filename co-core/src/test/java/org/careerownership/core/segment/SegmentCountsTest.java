package org.careerownership.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.phase.Phase;
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
  void overallCounts() {
    List<Segmentation> people = new ArrayList<>();
    people.addAll(Collections.nCopies(10, mobile()));
    people.addAll(Collections.nCopies(6, immobile(ImmobileGroup.REACH_GAP)));
    people.addAll(Collections.nCopies(5, immobile(ImmobileGroup.GROWTH_GAP)));
    people.addAll(Collections.nCopies(9, immobile(ImmobileGroup.PATHWAY_GAP)));
    assertEquals(List.of(10L, 6L, 5L, 9L), SegmentCounts.overall(people));
    assertEquals(List.of(0L, 0L, 0L, 0L), SegmentCounts.overall(List.of()));
  }

  @Test
  void countsByKeyAreRawAndSorted() {
    List<Segmentation> people = new ArrayList<>();
    List<String> units = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      people.add(i % 2 == 0 ? mobile() : immobile(ImmobileGroup.REACH_GAP));
      units.add("U2");
    }
    people.add(immobile(ImmobileGroup.PATHWAY_GAP));
    units.add("U1");
    var t = SegmentCounts.by(people, units);
    assertEquals(List.of("U1", "U2"), List.copyOf(t.keySet()));
    assertEquals(List.of(0L, 0L, 0L, 1L), t.get("U1"));
    assertEquals(List.of(10L, 10L, 0L, 0L), t.get("U2"));
  }

  @Test
  void keysMustParallelTheSegmentations() {
    assertThrows(IllegalArgumentException.class, () -> SegmentCounts.by(List.of(mobile()), List.of()));
  }

  // Law: the counts of every key add up to the overall counts.
  @Test
  void breakdownsAddUpToTheWhole() {
    qt().withFixedSeed(Generators.SEED).withExamples(300)
        .forAll(lists().of(Generate.pick(List.of("U1", "U2", "U3", "U4"))).ofSizeBetween(0, 60))
        .checkAssert(units -> {
          List<Segmentation> people = new ArrayList<>();
          for (int i = 0; i < units.size(); i++) {
            people.add(i % 4 == 0 ? mobile() : immobile(ImmobileGroup.values()[i % 3]));
          }
          long[] sum = new long[4];
          SegmentCounts.by(people, units).values().forEach(row -> {
            for (int c = 0; c < 4; c++) {
              sum[c] += row.get(c);
            }
          });
          assertEquals(SegmentCounts.overall(people), com.google.common.primitives.Longs.asList(sum));
        });
  }
}
