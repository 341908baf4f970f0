package org.careerownership.analytics.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Properties of releases on seeded random organisations, populations and plans, each attacked with
 * the independent attackers (subtraction over lines and pairs of lines, whole-release linear
 * programming with Hipparchus, exact integer enumeration where small enough).
 */
final class ReleaseProperties {

  /** Validity: no attacker narrows a suppressed cell below the rule, and the library's audit agrees. */
  private static void assertProtected(Release release) {
    assertProtected(release, Integer.MAX_VALUE);
  }

  /**
   * As above; the independent linear programs are solved for groups of up to {@code maxGroup} unknowns
   * (Hipparchus' dense simplex is slow beyond), the library's audit and subtraction for everything.
   */
  private static void assertProtected(Release release, int maxGroup) {
    assertEquals(List.of(), Attacker.subtraction(release), release.toString());
    Map<Integer, long[]> linear = Attacker.linearIntervals(release, maxGroup);
    ReleaseAudit audit = Releases.audit(release);
    assertTrue(audit.safe(), () -> "breaches " + audit.breaches());
    for (CellInterval i : audit.intervals()) {
      long[] theirs = linear.get(i.cell());
      if (theirs == null) {
        continue; // in a group too large for the independent program
      }
      if (i.exact()) {
        assertEquals(theirs[0], i.lower(), "lower bound of cell " + i.cell());
        assertEquals(theirs[1], i.upper().orElse(Long.MAX_VALUE), "upper bound of cell " + i.cell());
      } else {
        assertTrue(theirs[0] <= i.lower() && i.upper().orElseThrow() <= theirs[1], "inside the true interval");
      }
    }
    linear.forEach((cell, i) -> assertTrue(i[0] >= release.rule().minimumCount()
        || i[1] - i[0] >= release.rule().protectionWidth(), "cell " + cell + " narrowed to " + i[0] + ".." + i[1]));
  }

  /** Postcondition: shown counts are the true counts; zeros are shown; no shown count is 1 to k - 1. */
  private static void assertTruthful(Release release, Release unprotected) {
    for (ReleaseCell c : release.cells()) {
      long truth = unprotected.cells().get(c.id()).count().orElseThrow();
      c.count().ifPresent(v -> assertEquals(truth, v));
      if (truth == 0) {
        assertEquals(java.util.Optional.of(0L), c.count());
      }
      if (truth > 0 && truth < release.rule().minimumCount()) {
        assertTrue(c.suppressed(), c.toString());
      }
    }
  }

  private static void check(long seed, int maxDepth, int maxChildren, int maxSize) {
    check(seed, maxDepth, maxChildren, maxSize, Integer.MAX_VALUE);
  }

  private static void check(long seed, int maxDepth, int maxChildren, int maxSize, int maxGroup) {
    Random rnd = new Random(seed);
    int depth = maxDepth <= 2 ? 1 + rnd.nextInt(maxDepth) : 2 + rnd.nextInt(maxDepth - 1);
    OrgStructure org = ReleaseFixtures.randomOrg(rnd, depth, maxChildren);
    Population people = ReleaseFixtures.randomPopulation(rnd, org, 1, maxSize);
    ReleasePlan plan = ReleaseFixtures.randomPlan(rnd, ProtectionRule.standard());
    Release release = Releases.build(people, plan);
    assertTruthful(release, Releases.build(people, new ReleasePlan(ProtectionRule.of(1, 1), plan.tables())));
    assertProtected(release, maxGroup);
  }

  @Test
  void randomOrganisationsAndPlansAreProtected() {
    qt().withFixedSeed(Generators.SEED).withExamples(40).forAll(longs().all()).checkAssert(seed ->
        check(seed, 2, 3, 40));
  }

  @Test
  void randomSingleTablesAreProtected() {
    qt().withFixedSeed(Generators.SEED).withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      Random rnd = new Random(seed);
      OrgStructure org = ReleaseFixtures.randomOrg(rnd, 1, 6);
      Population people = ReleaseFixtures.randomPopulation(rnd, org, 1, 30);
      Release release = Releases.build(people, ReleasePlan.of(ProtectionRule.standard(),
          TableSpec.byOrg("t", ReleaseFixtures.text("T"), ReleaseFixtures.DIMENSIONS.get(rnd.nextInt(4)).id())));
      assertProtected(release);
      Attacker.integerIntervals(release, 9, 60).ifPresent(exact -> exact.forEach((cell, i) ->
          assertTrue(i[0] <= i[1], "the true counts are an integer solution of cell " + cell)));
    });
  }

  /**
   * Depth 2–5, units of 1–300 people, random cuts: the sizes, two units under each (up to 32
   * lowest units). Its own CI stage.
   */
  @Test
  @Tag("heavy")
  void deepOrganisationsWithLargeUnitsAreProtected() {
    qt().withFixedSeed(Generators.SEED).withExamples(30).forAll(longs().all()).checkAssert(seed ->
        check(seed, 5, 2, 300, 150));
  }
}
