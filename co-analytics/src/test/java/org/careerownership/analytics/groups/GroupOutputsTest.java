package org.careerownership.analytics.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class GroupOutputsTest {

  private static void add(List<Phase> phases, List<Boolean> outcomes, Phase phase, int people, int positive) {
    for (int i = 0; i < people; i++) {
      phases.add(phase);
      outcomes.add(i < positive);
    }
  }

  private static boolean[] array(List<Boolean> values) {
    boolean[] out = new boolean[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  @Test
  void phaseOutcomeTableReproducesTheGuidesKindOfTableFromRawRows() {
    List<Phase> phases = new ArrayList<>();
    List<Boolean> top = new ArrayList<>();
    add(phases, top, Phase.FUTURE_CREATION, 250, 134); // 53.6%
    add(phases, top, Phase.SELF_FIXATION, 120, 50);
    add(phases, top, Phase.INTEREST_DISPERSION, 110, 45);
    add(phases, top, Phase.STATUS_QUO_STAGNATION, 220, 85); // 38.6%
    PhaseOutcomeTable table = PhaseOutcomes.table(phases, array(top), AnonymityPolicy.standard());
    assertEquals(Optional.of(0.536), table.rows().get(0).share());
    assertEquals(85.0 / 220, table.rows().get(3).share().orElseThrow(), 1e-15);
    ProportionTest comparison = table.futureCreationVsStagnation().orElseThrow().orElseThrow();
    assertEquals(Groups.twoProportions().test(134, 250, 85, 220).orElseThrow(), comparison);
    assertEquals(3, table.test().orElseThrow().df());
  }

  @Test
  void aSmallPhaseIsSuppressedAndTheComparisonNeedsBothGroups() {
    List<Phase> phases = new ArrayList<>();
    List<Boolean> top = new ArrayList<>();
    add(phases, top, Phase.FUTURE_CREATION, 3, 2);
    add(phases, top, Phase.SELF_FIXATION, 40, 10);
    add(phases, top, Phase.STATUS_QUO_STAGNATION, 60, 20);
    PhaseOutcomeTable table = PhaseOutcomes.table(phases, array(top), AnonymityPolicy.standard());
    assertTrue(table.rows().get(0).people().isSuppressed());
    assertEquals(Optional.empty(), table.rows().get(0).share());
    assertEquals(Optional.empty(), table.futureCreationVsStagnation());
  }

  @Test
  void unitAnalysisCorrelatesTheFutureCreationShareWithItemMeansAcrossShownUnits() {
    // Units A–D of 10 people: 1, 3, 5, 7 in future creation; item mean rises with the share
    // (2 + 4 × share exactly), so the correlation is 1. Unit E has 2 people and is excluded.
    List<String> units = new ArrayList<>();
    List<Phase> phases = new ArrayList<>();
    List<Double> item = new ArrayList<>();
    String[] names = {"A", "B", "C", "D"};
    int[] future = {1, 3, 5, 7};
    for (int u = 0; u < 4; u++) {
      for (int i = 0; i < 10; i++) {
        units.add(names[u]);
        phases.add(i < future[u] ? Phase.FUTURE_CREATION : Phase.SELF_FIXATION);
        item.add(2 + 4 * future[u] / 10.0);
      }
    }
    units.add("E");
    phases.add(Phase.FUTURE_CREATION);
    item.add(99.0);
    units.add("E");
    phases.add(Phase.FUTURE_CREATION);
    item.add(99.0);
    double[] values = item.stream().mapToDouble(Double::doubleValue).toArray();
    UnitAnalysis analysis = UnitAnalysis.of(units, phases, Map.of("growth", values), AnonymityPolicy.standard());
    assertEquals(4, analysis.units().size());
    assertEquals(1, analysis.excludedUnits());
    assertEquals(0.3, analysis.units().get(1).futureCreationShare(), 1e-15);
    assertEquals(1.0, analysis.correlations().get("growth").orElseThrow().r(), 1e-12);
  }

  // Law: no unit below the threshold is ever shown, and every unit is either shown or counted as excluded.
  @Test
  void noUnitBelowTheThresholdIsShown() {
    qt().withFixedSeed(Generators.SEED).withExamples(200)
        .forAll(lists().of(Generate.pick(List.of("U1", "U2", "U3", "U4", "U5"))).ofSizeBetween(0, 40), integers().between(2, 8))
        .checkAssert((units, k) -> {
          List<Phase> phases = units.stream().map(u -> Phase.values()[u.hashCode() % 4]).toList();
          double[] values = units.stream().mapToDouble(u -> u.length()).toArray();
          UnitAnalysis a = UnitAnalysis.of(units, phases, Map.of("x", values), AnonymityPolicy.minimumGroupSize(k));
          a.units().forEach(u -> assertTrue(u.people() >= k));
          assertEquals(units.stream().distinct().count(), a.units().size() + a.excludedUnits());
        });
  }
}
