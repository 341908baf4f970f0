package org.careerownership.catalog.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.careerownership.catalog.CatalogSource;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Outcome;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.policy.MatchResult;
import org.careerownership.core.policy.PersonProfile;
import org.careerownership.core.policy.PolicyMatcher;
import org.careerownership.core.policy.Recommendation;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class PolicyMatcherProperties {

  private static final Catalog GUIDE = Catalogs.bundled();
  private static final Catalog ACME = Catalogs.withOverlay(GUIDE, CatalogSource.of(Map.of("o.json",
      "{\"format\":\"co-catalog-overlay/1\",\"id\":\"acme\",\"disableMeasures\":[\"career-elearning\","
          + "\"use-career-consultation-desk\",\"dialogue-rules\"],\"addMeasures\":[{\"id\":\"acme-circle\","
          + "\"name\":{\"ja\":\"サークル\",\"en\":\"Circle\"},\"category\":\"CAREER_AWARENESS\"}]}")), "o.json");
  private static final List<MeasureId> ALL_MEASURES =
      GUIDE.measures().stream().map(m -> m.id()).toList();

  /** Profiles of random generation, reasons of that generation, step, groups and used measures. */
  static Gen<PersonProfile> profiles() {
    return Generate.enumValues(Generation.class).zip(
        integers().between(1, 1 << 4 - 1),
        integers().between(0, SupportStep.values().length),
        integers().between(0, 15),
        lists().of(integers().between(0, ALL_MEASURES.size() - 1)).ofSizeBetween(0, 8),
        (generation, reasonBits, step, groupBits, used) -> {
          List<StagnationReason> reasons = GUIDE.reasons(generation);
          PersonProfile.Builder b = PersonProfile.builder().id("P").generation(generation);
          for (int i = 0; i < 4; i++) {
            if (((reasonBits | 1) >> i & 1) == 1) {
              b.addReason(reasons.get(i).id());
            }
          }
          if (step < SupportStep.values().length) {
            b.currentStep(SupportStep.values()[step]);
          }
          for (ImmobileGroup g : ImmobileGroup.values()) {
            if ((groupBits >> g.ordinal() & 1) == 1) {
              b.addUnmetNeed(g);
            }
          }
          if ((groupBits & 8) != 0 && (groupBits & 7) != 0) {
            b.primaryGroup(ImmobileGroup.values()[Integer.numberOfTrailingZeros(groupBits & 7)]);
          }
          used.forEach(i -> b.addMeasuresUsed(ALL_MEASURES.get(i)));
          return b.build();
        });
  }

  // Law: every recommended measure exists in the catalog used, is enabled, was not used, appears once;
  // scores are the sums of their reasons' weights and never increase down the list.
  @Test
  void recommendationsComeFromTheCatalogUsed() {
    qt().withFixedSeed(Generators.SEED).withExamples(500).forAll(profiles(), Generate.booleans())
        .checkAssert((profile, overlay) -> {
          Catalog catalog = overlay ? ACME : GUIDE;
          MatchResult result = PolicyMatcher.of(catalog).match(profile).orElseThrow();
          double previous = Double.POSITIVE_INFINITY;
          for (Recommendation r : result.recommendations()) {
            assertTrue(catalog.measure(r.measure()).isPresent());
            assertTrue(catalog.enabled(r.measure()));
            assertFalse(profile.measuresUsed().contains(r.measure()));
            assertEquals(r.score(), r.reasons().stream().mapToDouble(x -> x.inputs().get("weight")).sum(), 1e-9);
            assertTrue(r.score() <= previous);
            previous = r.score();
          }
          assertTrue(result.recommendations().size() <= PolicyMatcher.DEFAULT_TOP_N);
        });
  }

  // Law: matching is deterministic and does not depend on the order of the profile's reasons, unmet
  // needs or used measures.
  @Test
  void resultsAreIndependentOfInputOrder() {
    qt().withFixedSeed(Generators.SEED).withExamples(300).forAll(profiles(), integers().all())
        .checkAssert((profile, seed) -> {
          Random random = new Random(seed);
          List<ReasonId> reasons = new ArrayList<>(profile.reasons());
          List<MeasureId> used = new ArrayList<>(profile.measuresUsed());
          List<ImmobileGroup> unmet = new ArrayList<>(profile.unmetNeeds());
          Collections.shuffle(reasons, random);
          Collections.shuffle(used, random);
          Collections.shuffle(unmet, random);
          PersonProfile shuffled = PersonProfile.builder().from(profile)
              .reasons(reasons).measuresUsed(used).unmetNeeds(unmet).build();
          PolicyMatcher matcher = PolicyMatcher.of(GUIDE);
          assertEquals(matcher.match(profile), matcher.match(shuffled));
          assertEquals(matcher.match(profile), PolicyMatcher.of(GUIDE).match(profile));
        });
  }

  // Law: a batch gives one outcome per profile, in order, equal to matching each alone.
  @Test
  void aBatchGivesOneOutcomePerProfileInOrder() {
    qt().withFixedSeed(Generators.SEED).withExamples(50).forAll(lists().of(profiles()).ofSizeBetween(0, 12))
        .checkAssert(profiles -> {
          PolicyMatcher matcher = PolicyMatcher.of(GUIDE);
          List<Outcome<MatchResult>> all = matcher.matchAll(profiles);
          assertEquals(profiles.size(), all.size());
          for (int i = 0; i < profiles.size(); i++) {
            assertEquals(matcher.match(profiles.get(i)), all.get(i));
          }
        });
  }

  @Test
  void generatorCoversPrimaryGroupsAndSteps() {
    List<PersonProfile> sample = new ArrayList<>();
    Gen<PersonProfile> gen = profiles();
    qt().withFixedSeed(Generators.SEED).withExamples(200).forAll(gen).checkAssert(sample::add);
    assertTrue(sample.stream().filter(p -> p.primaryGroup().isPresent()).count() > 40);
    assertTrue(sample.stream().filter(p -> p.currentStep().equals(Optional.of(SupportStep.PRACTICE))).count() > 10);
  }
}
