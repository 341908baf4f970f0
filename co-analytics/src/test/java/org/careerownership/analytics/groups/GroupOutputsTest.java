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
import org.careerownership.analytics.release.Category;
import org.careerownership.analytics.release.Dimension;
import org.careerownership.analytics.release.Dimensions;
import org.careerownership.analytics.release.Population;
import org.careerownership.analytics.release.ProtectionRule;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.ReleasePlan;
import org.careerownership.analytics.release.Releases;
import org.careerownership.analytics.release.TableSpec;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.UnitId;
import org.careerownership.core.testing.Generators;
import org.careerownership.core.testing.Json;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class GroupOutputsTest {

  private static void add(List<Phase> phases, List<Boolean> outcomes, Phase phase, int people, int positive) {
    for (int i = 0; i < people; i++) {
      phases.add(phase);
      outcomes.add(i < positive);
    }
  }

  private static final OrgStructure ORG = OrgStructure.builder()
      .level(LocalizedText.of("全社", "Company")).level(LocalizedText.of("課", "Team"))
      .root(UnitId.of("C"), LocalizedText.of("全社", "C"))
      .unit(UnitId.of("A"), UnitId.of("C"), LocalizedText.of("A", "A"))
      .unit(UnitId.of("B"), UnitId.of("C"), LocalizedText.of("B", "B"))
      .unit(UnitId.of("D"), UnitId.of("C"), LocalizedText.of("D", "D"))
      .unit(UnitId.of("E"), UnitId.of("C"), LocalizedText.of("E", "E"))
      .unit(UnitId.of("F"), UnitId.of("C"), LocalizedText.of("F", "F"))
      .build();
  private static final Dimension RATING = Dimension.of("rating", LocalizedText.of("評価", "Rating"),
      Category.of("top", LocalizedText.of("S/AAA/AA", "S/AAA/AA")), Category.of("other", LocalizedText.of("その他", "Other")));

  /** The release of one phase-by-rating table over the people in {@code phases} / {@code top}. */
  private static Release ratings(List<Phase> phases, List<Boolean> top) {
    Population.Builder b = Population.builder(ORG, List.of(Dimensions.phase(), RATING));
    for (int i = 0; i < phases.size(); i++) {
      b.add(UnitId.of("A"), List.of(Dimensions.categoryId(phases.get(i)), top.get(i) ? "top" : "other")).orElseThrow();
    }
    return Releases.build(b.build(), ReleasePlan.of(ProtectionRule.standard(),
        TableSpec.overall("ratings", LocalizedText.of("評価", "Ratings"), "phase", "rating")));
  }

  @Test
  void phaseOutcomeTableReproducesTheGuidesKindOfTableFromRawRows() {
    List<Phase> phases = new ArrayList<>();
    List<Boolean> top = new ArrayList<>();
    add(phases, top, Phase.FUTURE_CREATION, 250, 134); // 53.6%
    add(phases, top, Phase.SELF_FIXATION, 120, 50);
    add(phases, top, Phase.INTEREST_DISPERSION, 110, 45);
    add(phases, top, Phase.STATUS_QUO_STAGNATION, 220, 85); // 38.6%
    PhaseOutcomeTable table = PhaseOutcomes.of(ratings(phases, top), "ratings", "rating", "top");
    assertEquals(Optional.of(0.536), table.rows().get(0).share());
    assertEquals(85.0 / 220, table.rows().get(3).share().orElseThrow(), 1e-15);
    ProportionTest comparison = table.futureCreationVsStagnation().orElseThrow().orElseThrow();
    assertEquals(Groups.twoProportions().test(134, 250, 85, 220).orElseThrow(), comparison);
    assertEquals(3, table.test().orElseThrow().df());
    Json.assertRoundTrips(table, PhaseOutcomeTable.class);
  }

  @Test
  void aSmallPhaseIsSuppressedAndTheStatisticsThatWouldRevealItAreWithheld() {
    List<Phase> phases = new ArrayList<>();
    List<Boolean> top = new ArrayList<>();
    add(phases, top, Phase.FUTURE_CREATION, 40, 3); // the 40/30/2/50 with 3/12/1/20 top-rated
    add(phases, top, Phase.SELF_FIXATION, 30, 12);
    add(phases, top, Phase.INTEREST_DISPERSION, 2, 1);
    add(phases, top, Phase.STATUS_QUO_STAGNATION, 50, 20);
    PhaseOutcomeTable table = PhaseOutcomes.of(ratings(phases, top), "ratings", "rating", "top");
    assertEquals(Optional.empty(), table.rows().get(2).people());
    assertEquals(Optional.empty(), table.rows().get(0).positive());
    assertEquals(Optional.empty(), table.rows().get(0).share());
    assertEquals(ProblemCode.STATISTIC_WITHHELD, table.test().problems().get(0).code());
    assertEquals(Optional.empty(), table.futureCreationVsStagnation());
  }

  @Test
  void unitAnalysisCorrelatesTheFutureCreationShareWithItemMeansAcrossShownUnits() {
    // Teams A, B, D, E of 20 people: 5, 8, 11, 14 in future creation; the item mean is 2 + 4 × share
    // exactly, so the correlation is 1 over any teams shown. Team F has 2 people: never shown, and its
    // answers (99, 99) must not come back from the company's mean minus the teams' means.
    Population.Builder b = Population.builder(ORG, List.of(Dimensions.phase()));
    List<Double> item = new ArrayList<>();
    String[] names = {"A", "B", "D", "E"};
    int[] future = {5, 8, 11, 14};
    for (int u = 0; u < 4; u++) {
      for (int i = 0; i < 20; i++) {
        b.add(UnitId.of(names[u]), List.of(Dimensions.categoryId(i < future[u] ? Phase.FUTURE_CREATION : Phase.SELF_FIXATION)))
            .orElseThrow();
        item.add(2 + 4 * future[u] / 20.0);
      }
    }
    for (int i = 0; i < 2; i++) {
      b.add(UnitId.of("F"), List.of(Dimensions.categoryId(Phase.FUTURE_CREATION))).orElseThrow();
      item.add(99.0);
    }
    Population people = b.build().withItems(Map.of("growth", item.stream().mapToDouble(Double::doubleValue).toArray()));
    Release release = Releases.build(people, ReleasePlan.of(ProtectionRule.standard(),
        TableSpec.byOrg("engagement", LocalizedText.of("組織別", "By unit"), "phase").withMeans("growth")));
    UnitAnalysis analysis = UnitAnalysis.of(release, "engagement", 1, List.of("growth"));
    assertEquals(5, analysis.units().size() + analysis.excludedUnits());
    assertTrue(analysis.units().stream().noneMatch(u -> u.name().equals("F")));
    assertTrue(analysis.units().size() >= 2, analysis.toString());
    List<UnitAnalysis.Unit> withMean = analysis.units().stream().filter(u -> u.itemMeans().containsKey("growth")).toList();
    for (UnitAnalysis.Unit u : withMean) {
      assertEquals(2 + 4 * u.futureCreationShare(), u.itemMeans().get("growth"), 1e-12);
    }
    if (withMean.size() >= 3) {
      assertEquals(1.0, analysis.correlations().get("growth").orElseThrow().r(), 1e-12);
    }
    // The company's mean is shown; the people it covers beyond the teams whose means are shown are at least 5.
    release.mean(UnitId.of("C"), Map.of(), "growth").ifPresent(company -> {
      long shownPeople = withMean.stream().mapToLong(UnitAnalysis.Unit::people).sum();
      assertTrue(82 - shownPeople >= 5 || 82 - shownPeople == 0, "the unexplained rest is " + (82 - shownPeople));
    });
    Json.assertRoundTrips(analysis, UnitAnalysis.class);
    Json.assertRoundTrips(release, Release.class);
  }

  // Law: every unit of the level is shown or counted as excluded, and no shown unit is below k.
  @Test
  void everyUnitIsShownOrCountedAndNoneBelowTheThreshold() {
    qt().withFixedSeed(Generators.SEED).withExamples(100)
        .forAll(lists().of(Generate.pick(List.of("A", "B", "D", "E", "F"))).ofSizeBetween(0, 40), integers().between(2, 8))
        .checkAssert((units, k) -> {
          Population.Builder b = Population.builder(ORG, List.of(Dimensions.phase()));
          double[] values = new double[units.size()];
          for (int i = 0; i < units.size(); i++) {
            b.add(UnitId.of(units.get(i)), List.of(Dimensions.categoryId(Phase.values()[(units.get(i).hashCode() + i) % 4])))
                .orElseThrow();
            values[i] = i % 5;
          }
          Release release = Releases.build(b.build().withItems(Map.of("x", values)), ReleasePlan.of(ProtectionRule.of(k, k),
              TableSpec.byOrg("t", LocalizedText.of("t", "t"), "phase").withMeans("x")));
          UnitAnalysis a = UnitAnalysis.of(release, "t", 1, List.of("x"));
          a.units().forEach(u -> assertTrue(u.people() >= k));
          assertEquals(5, a.units().size() + a.excludedUnits());
        });
  }
}
