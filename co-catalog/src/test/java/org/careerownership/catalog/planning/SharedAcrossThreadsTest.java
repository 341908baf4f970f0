package org.careerownership.catalog.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Outcome;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.Item;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassification;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.plan.OrganisationAssessment;
import org.careerownership.core.plan.PopulationSummary;
import org.careerownership.core.plan.ReferenceSelfAssessment;
import org.careerownership.core.plan.RoadmapPlanner;
import org.careerownership.core.plan.SupportPathPlanner;
import org.careerownership.core.policy.PersonProfile;
import org.careerownership.core.policy.PolicyMatcher;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmentation;
import org.careerownership.core.segment.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * The catalog, scorer, classifier, segmenter, matcher and planners are shared by 16 threads working on
 * random inputs, and every result equals the one computed sequentially.
 */
final class SharedAcrossThreadsTest {
  private static final Catalog CATALOG = Catalogs.bundled();
  private static final Scorer SCORER = Scorer.of(ReferenceInstrument.v1());
  private static final Scorer SELF = Scorer.of(ReferenceSelfAssessment.v1());
  private static final PhaseClassifier CLASSIFIER = PhaseClassifier.standard();
  private static final Segmenter SEGMENTER = Segmenter.standard();
  private static final PolicyMatcher MATCHER = PolicyMatcher.of(CATALOG).withTopN(5);
  private static final SupportPathPlanner PATHS = SupportPathPlanner.of(CATALOG);
  private static final RoadmapPlanner ROADMAPS = RoadmapPlanner.of(CATALOG).withTopN(5);

  private static Response randomResponse(Instrument instrument, SplittableRandom random) {
    Response.Builder response = Response.builder().respondentId("R" + random.nextInt(1000));
    for (Item item : instrument.items()) {
      if (random.nextDouble() > 0.05) {
        response.answer(item.id().value(), instrument.range().min() + random.nextInt(instrument.range().points()));
      }
    }
    return response.build();
  }

  /** One task's whole pipeline, from its seed; returns every result, so that equality checks them all. */
  private static List<Object> task(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Object> results = new ArrayList<>();
    List<Phase> phases = new ArrayList<>();
    List<Segmentation> segmentations = new ArrayList<>();
    List<Generation> generations = new ArrayList<>();
    for (int person = 0; person < 20; person++) {
      Outcome<Scores> scored = SCORER.score(randomResponse(ReferenceInstrument.v1(), random));
      results.add(scored);
      if (!scored.succeeded()) {
        continue;
      }
      PhaseClassification c = CLASSIFIER.classify(scored.orElseThrow());
      Segmentation s = SEGMENTER.segment(SegmentInput.of(c.phase(), NeedSignals.from(scored.orElseThrow()), random.nextInt(4)));
      Generation generation = Generation.values()[random.nextInt(Generation.values().length)];
      List<StagnationReason> reasons = CATALOG.reasons(generation);
      StagnationReason reason = reasons.get(random.nextInt(reasons.size()));
      results.add(c);
      results.add(s);
      results.add(MATCHER.match(PersonProfile.builder().id("P" + person).generation(generation)
          .addReason(reason.id()).segmentation(s).phase(c.phase()).build()));
      results.add(PATHS.plan(generation, reason.id(),
          Optional.of(SupportStep.values()[random.nextInt(SupportStep.values().length)])));
      phases.add(c.phase());
      segmentations.add(s);
      generations.add(generation);
    }
    Scores self = SELF.score(randomSelfAssessment(random)).orElseThrow();
    results.add(ROADMAPS.plan(OrganisationAssessment.from(self, Optional.empty(),
        PopulationSummary.of(phases, segmentations, generations))));
    return results;
  }

  private static Response randomSelfAssessment(SplittableRandom random) {
    Instrument instrument = ReferenceSelfAssessment.v1();
    Response.Builder response = Response.builder().respondentId("company");
    for (Item item : instrument.items()) {
      response.answer(item.id().value(), instrument.range().min() + random.nextInt(instrument.range().points()));
    }
    return response.build();
  }

  @Test
  void sixteenThreadsGetTheSequentialResults() throws Exception {
    int tasks = 400;
    List<List<Object>> sequential = new ArrayList<>();
    for (int t = 0; t < tasks; t++) {
      sequential.add(task(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int t = 0; t < tasks; t++) {
        long seed = t;
        futures.add(pool.submit(() -> task(seed)));
      }
      for (int t = 0; t < tasks; t++) {
        assertEquals(sequential.get(t), futures.get(t).get(), "task " + t);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
