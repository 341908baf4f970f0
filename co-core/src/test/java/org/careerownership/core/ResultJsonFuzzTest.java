package org.careerownership.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.careerownership.core.catalog.ApproachGuide;
import org.careerownership.core.catalog.CatalogOverlay;
import org.careerownership.core.catalog.Definition;
import org.careerownership.core.catalog.Evidence;
import org.careerownership.core.catalog.ExampleStep;
import org.careerownership.core.catalog.FamilyId;
import org.careerownership.core.catalog.FaqEntry;
import org.careerownership.core.catalog.Figure;
import org.careerownership.core.catalog.GenerationGuide;
import org.careerownership.core.catalog.GrowthCycle;
import org.careerownership.core.catalog.ImmobileGroupGuide;
import org.careerownership.core.catalog.Measure;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.Narrative;
import org.careerownership.core.catalog.PhaseGuide;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.Reflection;
import org.careerownership.core.catalog.Rollout;
import org.careerownership.core.catalog.RolloutStageGuide;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportCell;
import org.careerownership.core.catalog.Term;
import org.careerownership.core.catalog.Topic;
import org.careerownership.core.catalog.ViewpointGoal;
import org.careerownership.core.catalog.ViewpointGuide;
import org.careerownership.core.catalog.WallGuide;
import org.careerownership.core.catalog.WorkedExample;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.generation.GenerationBands;
import org.careerownership.core.instrument.Answer;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.Item;
import org.careerownership.core.instrument.ItemId;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.instrument.MissingAnswerRule;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.ScaleScore;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.phase.CutPoints;
import org.careerownership.core.phase.Norms;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassification;
import org.careerownership.core.plan.Indicator;
import org.careerownership.core.plan.OrganisationAssessment;
import org.careerownership.core.plan.PathStep;
import org.careerownership.core.plan.PopulationSummary;
import org.careerownership.core.plan.Roadmap;
import org.careerownership.core.plan.RoadmapRules;
import org.careerownership.core.plan.SupportPath;
import org.careerownership.core.policy.MatchResult;
import org.careerownership.core.policy.MatcherWeights;
import org.careerownership.core.policy.OrganisationMatch;
import org.careerownership.core.policy.PersonProfile;
import org.careerownership.core.policy.Recommendation;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmentation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz targets for the JSON a host reads back into the library's types with its own Jackson 2 or 3
 * mapper — every value and result type, and instrument definitions. Contract: any bytes either give a
 * value that writes and reads back equal, or fail with the mapper's own exception (Jackson 3's
 * {@link JacksonException}, Jackson 2's {@link IOException}), which carries the location; never an
 * unchecked exception of the library's, a hang or unbounded memory.
 *
 * <p>In the normal test run, each target replays its seeds and every crash input found, from {@code
 * src/test/resources/org/careerownership/core/ResultJsonFuzzTestInputs/}. To fuzz: {@code
 * JAZZER_FUZZ=1 ./mvnw -pl co-core test -Dtest=ResultJsonFuzzTest#resultJson}.
 */
final class ResultJsonFuzzTest {
  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();
  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new GuavaModule());

  /** Every type with a JSON form, in a fixed order: the first input byte picks one. */
  static final List<Class<?>> TYPES = List.of(
      Explanation.class, LocalizedText.class, Location.class, Problem.class, ProblemCode.class,
      Reason.class, Rule.class, ApproachGuide.class, CatalogOverlay.class, Definition.class,
      Evidence.class, ExampleStep.class, FamilyId.class, FaqEntry.class, Figure.class,
      GenerationGuide.class, GrowthCycle.class, ImmobileGroupGuide.class, Measure.class, MeasureId.class,
      Narrative.class, PhaseGuide.class, ReasonId.class, Reflection.class, Rollout.class,
      RolloutStageGuide.class, StagnationReason.class, SupportCell.class, Term.class, Topic.class,
      ViewpointGoal.class, ViewpointGuide.class, WallGuide.class, WorkedExample.class,
      GenerationBands.class, Generation.class, Answer.class, Instrument.class, Item.class, ItemId.class,
      LikertRange.class, MissingAnswerRule.class, Response.class, ScaleScore.class, Scores.class,
      CutPoints.class, Norms.class, Phase.class, PhaseClassification.class, Indicator.class,
      OrganisationAssessment.class, PathStep.class, PopulationSummary.class, Roadmap.class,
      RoadmapRules.class, SupportPath.class, MatchResult.class, MatcherWeights.class,
      OrganisationMatch.class, PersonProfile.class, Recommendation.class,
      NeedSignals.class, SegmentInput.class,
      Segmentation.class, Outcome.class);

  /** First byte: the type (and, by its top bit, the mapper); the rest: the JSON. */
  @FuzzTest(maxDuration = "10m")
  void resultJson(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Class<?> type = TYPES.get((input[0] & 0x7f) % TYPES.size());
    byte[] json = Arrays.copyOfRange(input, 1, input.length);
    if (input[0] < 0) {
      viaJackson2(type == Outcome.class
          ? JACKSON2.getTypeFactory().constructParametricType(Outcome.class, Scores.class)
          : JACKSON2.constructType(type), json);
    } else {
      viaJackson3(type == Outcome.class
          ? JACKSON3.getTypeFactory().constructParametricType(Outcome.class, Scores.class)
          : JACKSON3.constructType(type), json);
    }
  }

  /** An instrument definition from a host: if it reads, it scores any response without throwing. */
  @FuzzTest(maxDuration = "10m")
  void instrumentDefinition(byte[] json) {
    Instrument instrument;
    try {
      instrument = JACKSON3.readValue(json, Instrument.class);
    } catch (JacksonException e) {
      return;
    }
    assertEquals(instrument, JACKSON3.readValue(JACKSON3.writeValueAsBytes(instrument), Instrument.class));
    Scorer scorer = Scorer.of(instrument);
    Response.Builder full = Response.builder().respondentId("R1");
    Response.Builder half = Response.builder().respondentId("R2");
    int i = 0;
    for (Item item : instrument.items()) {
      full.answer(item.id().value(), instrument.range().max());
      if (i++ % 2 == 0) {
        half.answer(item.id().value(), instrument.range().min());
      }
    }
    scorer.score(full.build());
    scorer.score(half.build());
  }

  private static void viaJackson3(JavaType type, byte[] json) {
    Object value;
    try {
      value = JACKSON3.readValue(json, type);
    } catch (JacksonException e) {
      return;
    }
    if (value != null) {
      assertEquals(value, JACKSON3.readValue(JACKSON3.writeValueAsBytes(value), type));
    }
  }

  private static void viaJackson2(com.fasterxml.jackson.databind.JavaType type, byte[] json) {
    Object value;
    try {
      value = JACKSON2.readValue(json, type);
    } catch (IOException e) {
      return;
    }
    if (value != null) {
      try {
        assertEquals(value, JACKSON2.readValue(JACKSON2.writeValueAsBytes(value), type));
      } catch (IOException e) {
        throw new AssertionError("a value read from JSON does not read back: " + value, e);
      }
    }
  }
}
