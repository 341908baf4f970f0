package org.careerownership.analytics.release;

import static org.careerownership.analytics.release.ReleaseFixtures.GENERATION;
import static org.careerownership.analytics.release.ReleaseFixtures.PHASE;
import static org.careerownership.analytics.release.ReleaseFixtures.RATING;
import static org.careerownership.analytics.release.ReleaseFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Outcome;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.UnitId;
import org.careerownership.core.testing.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class ReleaseTest {

  /** A company C with departments D1 (teams T1, T2, T3) and D2 (teams T4, T5). */
  static final OrgStructure ORG = OrgStructure.builder()
      .level(text("Company")).level(text("Department")).level(text("Team"))
      .root(UnitId.of("C"), text("C"))
      .unit(UnitId.of("D1"), UnitId.of("C"), text("D1"))
      .unit(UnitId.of("T1"), UnitId.of("D1"), text("T1"))
      .unit(UnitId.of("T2"), UnitId.of("D1"), text("T2"))
      .unit(UnitId.of("T3"), UnitId.of("D1"), text("T3"))
      .unit(UnitId.of("D2"), UnitId.of("C"), text("D2"))
      .unit(UnitId.of("T4"), UnitId.of("D2"), text("T4"))
      .unit(UnitId.of("T5"), UnitId.of("D2"), text("T5"))
      .build();

  private static final String FC = "future-creation";
  private static final String SF = "self-fixation";
  private static final String ID = "interest-dispersion";
  private static final String SQ = "status-quo-stagnation";

  /** People of {@code unit}: {@code counts[c]} with phase c. */
  private static void add(Population.Builder b, String unit, int... counts) {
    for (int c = 0; c < counts.length; c++) {
      for (int i = 0; i < counts[c]; i++) {
        b.add(UnitId.of(unit), List.of(PHASE.categories().get(c).id())).orElseThrow();
      }
    }
  }

  private static ReleasePlan phaseMix() {
    return ReleasePlan.of(ProtectionRule.standard(), TableSpec.byOrg("mix", text("Phase mix"), "phase"));
  }

  @Nested
  final class Differencing {
    /** The issue's department differencing: D1 minus its shown teams gave a suppressed team of 3. */
    @Test
    void aSmallTeamCannotBeRecoveredFromItsDepartment() {
      Population.Builder b = Population.builder(ORG, List.of(PHASE));
      add(b, "T1", 40, 30, 20, 50);
      add(b, "T2", 35, 25, 25, 40);
      add(b, "T3", 1, 1, 1, 0); // 3 people
      add(b, "T4", 20, 20, 20, 20);
      add(b, "T5", 22, 18, 21, 19);
      Release release = Releases.build(b.build(), phaseMix());
      assertEquals(Optional.empty(), release.count(UnitId.of("T3"), Map.of()));
      assertEquals(Optional.empty(), release.count(UnitId.of("T3"), Map.of("phase", FC)));
      assertEquals(List.of(), Attacker.subtraction(release));
      assertEquals(List.of(), Attacker.linearProgram(release));
      assertTrue(Releases.audit(release).safe());
    }

    /** A zero is shown; a lone small cell in a row of large ones gets partners in its row and column. */
    @Test
    void aLoneSmallCellGetsPartners() {
      Population.Builder b = Population.builder(ORG, List.of(PHASE));
      add(b, "T1", 40, 30, 2, 50);
      add(b, "T2", 35, 25, 25, 40);
      add(b, "T3", 10, 12, 9, 0);
      add(b, "T4", 20, 20, 20, 20);
      add(b, "T5", 22, 18, 21, 19);
      Release release = Releases.build(b.build(), phaseMix());
      assertEquals(Optional.of(0L), release.count(UnitId.of("T3"), Map.of("phase", SQ)));
      assertEquals(Optional.empty(), release.count(UnitId.of("T1"), Map.of("phase", ID)));
      assertTrue(release.suppressedCells() >= 4, release.toString());
      assertEquals(List.of(), Attacker.subtraction(release));
      assertEquals(List.of(), Attacker.linearProgram(release));
    }

    /** Counts by phase and rating, where the old table leaked 3, 12 and 1 through its test. */
    @Test
    void phaseByRatingKeepsTheIssuesCellsHidden() {
      OrgStructure org = OrgStructure.builder().level(text("Company")).root(UnitId.of("C"), text("C")).build();
      Population.Builder b = Population.builder(org, List.of(PHASE, RATING));
      int[][] counts = {{3, 37}, {12, 18}, {1, 1}, {20, 30}}; // phases of 40/30/2/50, top-rated 3/12/1/20
      for (int p = 0; p < 4; p++) {
        for (int r = 0; r < 2; r++) {
          for (int i = 0; i < counts[p][r]; i++) {
            b.add(UnitId.of("C"), List.of(PHASE.categories().get(p).id(), RATING.categories().get(r).id())).orElseThrow();
          }
        }
      }
      Release release = Releases.build(b.build(),
          ReleasePlan.of(ProtectionRule.standard(), TableSpec.overall("ratings", text("Ratings"), "phase", "rating")));
      assertEquals(Optional.empty(), release.count(UnitId.of("C"), Map.of("phase", FC, "rating", "top")));
      assertEquals(Optional.empty(), release.count(UnitId.of("C"), Map.of("phase", ID)));
      assertEquals(List.of(), Attacker.subtraction(release));
      assertEquals(List.of(), Attacker.linearProgram(release));
      Map<Integer, long[]> exact = Attacker.integerIntervals(release, 10, 40).orElseThrow(); // every count here is at most 37
      Map<Integer, long[]> linear = Attacker.linearIntervals(release);
      exact.forEach((cell, i) -> {
        assertTrue(i[0] >= linear.get(cell)[0] && i[1] <= linear.get(cell)[1], "integer within linear bounds");
      });
    }
  }

  @Nested
  final class Cuts {
    /** The unfiltered team table and the team tables by generation are one release, protected as one. */
    @Test
    void aCutAndItsComplementAreProtectedTogether() {
      Population.Builder b = Population.builder(ORG, List.of(GENERATION, PHASE));
      String[] gens = {"early", "middle", "senior"};
      java.util.Random rnd = new java.util.Random(7);
      for (String team : List.of("T1", "T2", "T3", "T4", "T5")) {
        int size = team.equals("T3") ? 6 : 30 + rnd.nextInt(30);
        for (int i = 0; i < size; i++) {
          b.add(UnitId.of(team), List.of(gens[rnd.nextInt(3)], PHASE.categories().get(rnd.nextInt(4)).id())).orElseThrow();
        }
      }
      Release release = Releases.build(b.build(), ReleasePlan.of(ProtectionRule.standard(),
          TableSpec.byOrg("mix", text("Phase mix"), "phase"),
          TableSpec.byOrg("mix-by-generation", text("Phase mix by generation"), "generation", "phase")));
      assertEquals(List.of(), Attacker.subtraction(release));
      assertEquals(List.of(), Attacker.linearProgram(release));
      assertTrue(Releases.audit(release).safe());
    }

    /** A later cut of the same people republishes the earlier numbers and hides only new cells. */
    @Test
    void aLaterReleaseKeepsTheEarlierOneAndStaysSafe() {
      Population.Builder b = Population.builder(ORG, List.of(GENERATION, PHASE));
      java.util.Random rnd = new java.util.Random(11);
      String[] gens = {"early", "middle", "senior"};
      for (String team : List.of("T1", "T2", "T3", "T4", "T5")) {
        for (int i = 0; i < 12 + rnd.nextInt(40); i++) {
          b.add(UnitId.of(team), List.of(gens[rnd.nextInt(3)], PHASE.categories().get(rnd.nextInt(4)).id())).orElseThrow();
        }
      }
      Population people = b.build();
      Release first = Releases.build(people, ReleasePlan.of(ProtectionRule.standard(),
          TableSpec.overall("mix", text("Phase mix"), "phase")));
      Release second = Releases.build(people, ReleasePlan.of(ProtectionRule.standard(),
          TableSpec.byOrg("mix-by-generation", text("Phase mix by generation"), "generation", "phase")),
          List.of(first)).orElseThrow();
      for (ReleaseCell c : first.cells()) {
        assertEquals(c.count(), second.count(c.unit(), c.categories()), c.toString());
      }
      assertEquals(List.of(), Attacker.linearProgram(second));
      assertTrue(Releases.audit(second).safe());
    }

    /** An earlier shown 6 cannot be split into small slices safely: the later release says so. */
    @Test
    void aCutThatEarlierNumbersPinDownIsRefusedByCell() {
      Population.Builder b = Population.builder(ORG, List.of(GENERATION, PHASE));
      for (String team : List.of("T1", "T2", "T4", "T5")) {
        for (int i = 0; i < 40; i++) {
          b.add(UnitId.of(team), List.of(i % 2 == 0 ? "early" : "middle", PHASE.categories().get(i % 4).id())).orElseThrow();
        }
      }
      for (int i = 0; i < 6; i++) { // T3: six people in future creation, 1 / 2 / 3 by generation
        b.add(UnitId.of("T3"), List.of(i < 1 ? "early" : i < 3 ? "middle" : "senior", FC)).orElseThrow();
      }
      for (int i = 0; i < 30; i++) {
        b.add(UnitId.of("T3"), List.of("middle", SF)).orElseThrow();
      }
      Population people = b.build();
      Release first = Releases.build(people, phaseMix());
      assertEquals(Optional.of(6L), first.count(UnitId.of("T3"), Map.of("phase", FC)));
      Outcome<Release> second = Releases.build(people, ReleasePlan.of(ProtectionRule.standard(),
          TableSpec.byOrg("mix-by-generation", text("Phase mix by generation"), "generation", "phase")), List.of(first));
      assertFalse(second.succeeded());
      assertTrue(second.problems().stream().allMatch(p -> p.code() == ProblemCode.CANNOT_PROTECT));
      assertTrue(second.problems().stream().anyMatch(p -> p.text(org.careerownership.core.Language.EN)
          .contains("T3 / generation = early / phase = future-creation")), second.problems().toString());
    }
  }

  @Nested
  final class Input {
    @Test
    void badRowsAreFailedOutcomesNamingRowAndField() {
      Population.Builder b = Population.builder(ORG, List.of(PHASE));
      assertTrue(b.add(UnitId.of("T1"), List.of(FC)).succeeded());
      Outcome<Long> unknown = b.add(UnitId.of("T9"), List.of(FC));
      assertEquals(ProblemCode.UNKNOWN_UNIT, unknown.problems().get(0).code());
      assertEquals(1L, unknown.problems().get(0).location().index().orElseThrow());
      Outcome<Long> notLowest = b.add(UnitId.of("D1"), List.of(FC));
      assertEquals(ProblemCode.UNIT_NOT_LOWEST, notLowest.problems().get(0).code());
      Outcome<Long> category = b.add(UnitId.of("T1"), List.of("nine"));
      assertEquals(ProblemCode.UNKNOWN_CATEGORY, category.problems().get(0).code());
      assertEquals(Optional.of("phase"), category.problems().get(0).location().field());
      assertEquals(3L, category.problems().get(0).location().index().orElseThrow());
      Outcome<Long> count = b.add(UnitId.of("T1"), List.of(FC, SF));
      assertEquals(ProblemCode.WRONG_VALUE_COUNT, count.problems().get(0).code());
      assertEquals(1, b.build().size());
    }

    @Test
    void aReleaseReadBackThatContradictsItselfIsRefused() {
      Population.Builder b = Population.builder(ORG, List.of(PHASE));
      add(b, "T1", 10, 10, 10, 10);
      add(b, "T4", 10, 10, 10, 10);
      Release release = Releases.build(b.build(), phaseMix());
      List<ReleaseCell> cells = new ArrayList<>(release.cells());
      ReleaseCell c = cells.get(release.cell(UnitId.of("T1"), Map.of("phase", FC)).orElseThrow().id());
      cells.set(c.id(), new ReleaseCell(c.id(), c.unit(), c.categories(), Optional.of(11L)));
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> new Release(release.rule(), release.org(), release.dimensions(), release.tables(), cells,
              release.relations(), release.means()));
      assertTrue(e.getMessage().contains("cannot be the sum"), e.getMessage());
    }
  }

  @Test
  void roundTripsThroughJackson2And3() {
    Population.Builder b = Population.builder(ORG, List.of(PHASE));
    add(b, "T1", 10, 3, 10, 10);
    add(b, "T2", 10, 10, 1, 10);
    add(b, "T4", 10, 10, 10, 10);
    Release release = Releases.build(b.build(), phaseMix());
    Json.assertRoundTrips(release, Release.class);
    Json.assertRoundTrips(Releases.audit(release), ReleaseAudit.class);
    Json.assertRoundTrips(ORG, OrgStructure.class);
    assertFalse(Releases.audit(release).intervals().isEmpty());
  }
}
