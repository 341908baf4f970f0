package org.careerownership.catalog;

import static org.careerownership.core.testing.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.catalog.ApproachGuide;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.Definition;
import org.careerownership.core.catalog.ExampleStep;
import org.careerownership.core.catalog.Figure;
import org.careerownership.core.catalog.GenerationGuide;
import org.careerownership.core.catalog.GrowthCycle;
import org.careerownership.core.catalog.ImmobileGroupGuide;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.Narrative;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.Rollout;
import org.careerownership.core.catalog.RolloutStageGuide;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportCell;
import org.careerownership.core.catalog.ViewpointGoal;
import org.careerownership.core.catalog.ViewpointGuide;
import org.careerownership.core.catalog.WorkedExample;
import org.careerownership.core.generation.Generation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog's own invariants, which hold for catalogs built in code as well as read from files: the
 * bundled catalog with one defect is refused, naming the defect. (The reader reports the same defects
 * in files before building; these tests reach the checks the reader never lets a file get to.)
 */
final class CatalogInvariantsTest {
  private static final Catalog GUIDE = Catalogs.bundled();
  private static final MeasureId NOWHERE = MeasureId.of("no-such-measure");
  private static final LocalizedText TEXT = LocalizedText.of("文", "text");

  private static <T> List<T> swapFirstTwo(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    copy.set(0, list.get(1));
    copy.set(1, list.get(0));
    return copy;
  }

  private static <T> List<T> withFirstTwice(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    copy.add(list.get(0));
    return copy;
  }

  private static <K, V> Map<K, V> withoutFirst(Map<K, V> map) {
    return map.entrySet().stream().skip(1).collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static GenerationGuide firstGeneration() {
    return GUIDE.generations().get(0);
  }

  private static List<GenerationGuide> withFirstGeneration(UnaryOperator<GenerationGuide> change) {
    List<GenerationGuide> generations = new ArrayList<>(GUIDE.generations());
    generations.set(0, change.apply(generations.get(0)));
    return generations;
  }

  private static GenerationGuide withReasons(GenerationGuide g, List<StagnationReason> reasons) {
    return new GenerationGuide(g.generation(), g.title(), g.approach(), g.tableTitle(), g.tableIntroduction(),
        reasons, g.alongside());
  }

  private static StagnationReason withCellMeasures(StagnationReason r, List<MeasureId> measures) {
    List<SupportCell> cells = new ArrayList<>(r.cells());
    SupportCell c = cells.get(0);
    cells.set(0, new SupportCell(c.step(), c.points(), c.measuresHeading(), measures));
    return new StagnationReason(r.id(), r.generation(), r.name(), cells);
  }

  private static WorkedExample example(ReasonId reason, Generation generation, List<MeasureId> measures) {
    WorkedExample e = GUIDE.examples().get(0);
    ExampleStep s = e.steps().get(0);
    return new WorkedExample("broken-example", generation, reason, e.narrative(),
        List.of(new ExampleStep(s.step(), s.text(), measures)));
  }

  static Stream<Arguments> defects() {
    GenerationGuide g0 = firstGeneration();
    StagnationReason r0 = g0.reasons().get(0);
    Generation other = GUIDE.generations().get(1).generation();
    return Stream.of(
        Arguments.of("version", (UnaryOperator<Catalog.Builder>) b -> b.version(" "), "version"),
        Arguments.of("sections", (UnaryOperator<Catalog.Builder>) b -> b.sections(withoutFirst(GUIDE.sections())), "sections"),
        Arguments.of("audiences", (UnaryOperator<Catalog.Builder>) b -> b.audiences(withoutFirst(GUIDE.audiences())), "audiences"),
        Arguments.of("categories", (UnaryOperator<Catalog.Builder>) b -> b.categories(withoutFirst(GUIDE.categories())), "categories"),
        Arguments.of("steps", (UnaryOperator<Catalog.Builder>) b -> b.steps(withoutFirst(GUIDE.steps())), "steps"),
        Arguments.of("viewpoints", (UnaryOperator<Catalog.Builder>) b -> b.viewpoints(swapFirstTwo(GUIDE.viewpoints())), "viewpoints"),
        Arguments.of("walls", (UnaryOperator<Catalog.Builder>) b -> b.walls(swapFirstTwo(GUIDE.walls())), "walls"),
        Arguments.of("approaches", (UnaryOperator<Catalog.Builder>) b -> b.approaches(swapFirstTwo(GUIDE.approaches())), "approaches"),
        Arguments.of("phases", (UnaryOperator<Catalog.Builder>) b -> b.phases(swapFirstTwo(GUIDE.phases())), "phases"),
        Arguments.of("immobileGroups", (UnaryOperator<Catalog.Builder>) b -> b.immobileGroups(swapFirstTwo(GUIDE.immobileGroups())), "immobileGroups"),
        Arguments.of("generations", (UnaryOperator<Catalog.Builder>) b -> b.generations(swapFirstTwo(GUIDE.generations())), "generations"),
        Arguments.of("measures", (UnaryOperator<Catalog.Builder>) b -> b.measures(withFirstTwice(GUIDE.measures())), "measure"),
        Arguments.of("reasons", (UnaryOperator<Catalog.Builder>) b -> b.generations(withFirstGeneration(g -> withReasons(g,
            List.of(r0, r0, g.reasons().get(2), g.reasons().get(3))))), "stagnation reason"),
        Arguments.of("examples", (UnaryOperator<Catalog.Builder>) b -> b.examples(withFirstTwice(GUIDE.examples())), "example"),
        Arguments.of("evidence", (UnaryOperator<Catalog.Builder>) b -> b.evidence(withFirstTwice(GUIDE.evidence())), "evidence"),
        Arguments.of("faq", (UnaryOperator<Catalog.Builder>) b -> b.faq(withFirstTwice(GUIDE.faq())), "faq entry"),
        Arguments.of("reflections", (UnaryOperator<Catalog.Builder>) b -> b.reflections(withFirstTwice(GUIDE.reflections())), "reflection"),
        Arguments.of("narratives", (UnaryOperator<Catalog.Builder>) b -> b.narratives(withFirstTwice(GUIDE.narratives())), "narrative"),
        Arguments.of("purposes", (UnaryOperator<Catalog.Builder>) b -> b.purposes(withFirstTwice(GUIDE.purposes())), "purpose"),
        Arguments.of("chainFactors", (UnaryOperator<Catalog.Builder>) b -> b.chainFactors(withFirstTwice(GUIDE.chainFactors())), "chain factor"),
        Arguments.of("surveyItems", (UnaryOperator<Catalog.Builder>) b -> b.surveyItems(withFirstTwice(GUIDE.surveyItems())), "survey item"),
        Arguments.of("alongside", (UnaryOperator<Catalog.Builder>) b -> b.generations(withFirstGeneration(g ->
            new GenerationGuide(g.generation(), g.title(), g.approach(), g.tableTitle(), g.tableIntroduction(), g.reasons(),
                List.of(NOWHERE)))), "no-such-measure"),
        Arguments.of("cell measures", (UnaryOperator<Catalog.Builder>) b -> b.generations(withFirstGeneration(g -> withReasons(g,
            List.of(withCellMeasures(r0, List.of(NOWHERE)), g.reasons().get(1), g.reasons().get(2), g.reasons().get(3))))),
            "no-such-measure"),
        Arguments.of("example reason", (UnaryOperator<Catalog.Builder>) b -> b.addExamples(
            example(ReasonId.of("no-such-reason"), g0.generation(), List.of())), "missing reason"),
        Arguments.of("example generation", (UnaryOperator<Catalog.Builder>) b -> b.addExamples(
            example(r0.id(), other, List.of())), "belongs to"),
        Arguments.of("example measures", (UnaryOperator<Catalog.Builder>) b -> b.addExamples(
            example(r0.id(), g0.generation(), List.of(NOWHERE))), "no-such-measure"),
        Arguments.of("disabled", (UnaryOperator<Catalog.Builder>) b -> b.disabled(List.of(NOWHERE)), "disabled"),
        Arguments.of("programmes", (UnaryOperator<Catalog.Builder>) b -> b.programmes(Map.of("p1", NOWHERE)), "programme"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void aCatalogWithOneDefectIsRefusedNamingIt(String defect, UnaryOperator<Catalog.Builder> change, String named) {
    assertDoesNotThrow(() -> Catalog.builder().from(GUIDE).build());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> change.apply(Catalog.builder().from(GUIDE)).build());
    assertTrue(e.getMessage().contains(named), e.getMessage());
  }

  /** Each value type refuses what its Javadoc rules out, and accepts the boundary. */
  @Nested
  final class Values {
    @Test
    void guidesNeedTheirLists() {
      ApproachGuide a = GUIDE.approaches().get(0);
      assertThrows(IllegalArgumentException.class,
          () -> new ApproachGuide(a.approach(), a.name(), a.description(), List.of(), a.risks()));
      assertThrows(IllegalArgumentException.class,
          () -> new ApproachGuide(a.approach(), a.name(), a.description(), a.strengths(), List.of()));
      Definition d = GUIDE.definition();
      assertThrows(IllegalArgumentException.class, () -> new Definition(d.statement(), List.of(), d.source()));
      ImmobileGroupGuide i = GUIDE.immobileGroups().get(0);
      assertThrows(IllegalArgumentException.class, () -> new ImmobileGroupGuide(
          i.group(), List.of(), i.unmetNeed(), i.remedy(), i.cycleStep(), i.measureCategories()));
      assertThrows(IllegalArgumentException.class, () -> new ImmobileGroupGuide(
          i.group(), i.names(), i.unmetNeed(), i.remedy(), i.cycleStep(), List.of()));
      Narrative n = GUIDE.narratives().get(0);
      assertThrows(IllegalArgumentException.class, () -> new Narrative(n.id(), n.section(), n.title(), List.of()));
      ViewpointGuide v = GUIDE.viewpoints().get(0);
      ViewpointGoal goal = v.goals().get(0);
      assertThrows(IllegalArgumentException.class, () -> new ViewpointGoal(goal.title(), List.of()));
      assertThrows(IllegalArgumentException.class, () -> new ViewpointGuide(v.viewpoint(), v.name(), List.of()));
    }

    @Test
    void tablesMustBeCompleteAndInOrder() {
      GrowthCycle cycle = GUIDE.growthCycle();
      assertThrows(IllegalArgumentException.class,
          () -> new GrowthCycle(cycle.title(), cycle.description(), withoutFirst(cycle.steps())));
      Rollout r = GUIDE.rollout();
      assertThrows(IllegalArgumentException.class, () -> new Rollout(
          r.title(), r.introduction(), r.targetState(), withoutFirst(r.layers()), r.stages()));
      assertThrows(IllegalArgumentException.class, () -> new Rollout(
          r.title(), r.introduction(), r.targetState(), r.layers(), r.stages().subList(1, r.stages().size())));
      assertThrows(IllegalArgumentException.class, () -> new Rollout(
          r.title(), r.introduction(), r.targetState(), r.layers(), swapFirstTwo(r.stages())));
      RolloutStageGuide s = r.stages().get(0);
      assertThrows(IllegalArgumentException.class, () -> new RolloutStageGuide(s.stage(), List.of(), s.theme(), s.goals()));
      assertThrows(IllegalArgumentException.class,
          () -> new RolloutStageGuide(s.stage(), s.names(), s.theme(), withoutFirst(s.goals())));
      GenerationGuide g = firstGeneration();
      assertThrows(IllegalArgumentException.class, () -> withReasons(g, g.reasons().subList(0, 3)));
      StagnationReason foreign = GUIDE.generations().get(1).reasons().get(0);
      assertThrows(IllegalArgumentException.class, () -> withReasons(g,
          List.of(foreign, g.reasons().get(1), g.reasons().get(2), g.reasons().get(3))));
      StagnationReason reason = g.reasons().get(0);
      assertThrows(IllegalArgumentException.class, () -> new StagnationReason(
          reason.id(), reason.generation(), reason.name(), reason.cells().subList(0, 3)));
      assertThrows(IllegalArgumentException.class, () -> new StagnationReason(
          reason.id(), reason.generation(), reason.name(), swapFirstTwo(reason.cells())));
      SupportCell cell = reason.cells().get(0);
      assertThrows(IllegalArgumentException.class,
          () -> new SupportCell(cell.step(), List.of(), cell.measuresHeading(), cell.measures()));
      assertThrows(IllegalArgumentException.class,
          () -> new SupportCell(cell.step(), cell.points(), cell.measuresHeading(), List.of()));
    }

    @Test
    void examplesNeedAnIdAndStepsInOrder() {
      WorkedExample e = GUIDE.examples().stream().filter(x -> x.steps().size() > 1
          && x.steps().get(0).step() != x.steps().get(1).step()).findFirst().orElseThrow();
      assertThrows(IllegalArgumentException.class,
          () -> new WorkedExample(e.id(), e.generation(), e.reason(), e.narrative(), List.of()));
      assertThrows(IllegalArgumentException.class,
          () -> new WorkedExample(" ", e.generation(), e.reason(), e.narrative(), e.steps()));
      assertThrows(IllegalArgumentException.class,
          () -> new WorkedExample(e.id(), e.generation(), e.reason(), e.narrative(), Lists.reverse(e.steps())));
      // Two steps of the same support step are in order.
      ExampleStep first = e.steps().get(0);
      assertDoesNotThrow(() -> new WorkedExample(e.id(), e.generation(), e.reason(), e.narrative(),
          List.of(first, first)));
    }

    @Test
    void figuresAreFinite() {
      assertRefused("value (NaN) must be finite", () -> new Figure("f", Optional.empty(), TEXT, Double.NaN, "percent"));
      assertRefused("value (Infinity) must be finite",
          () -> new Figure("f", Optional.empty(), TEXT, Double.POSITIVE_INFINITY, "percent"));
      assertDoesNotThrow(() -> new Figure("f", Optional.empty(), TEXT, -Double.MAX_VALUE, "percent"));
    }

    @Test
    void idsAreSlugsAndOrderByValue() {
      assertThrows(IllegalArgumentException.class, () -> MeasureId.of("Not A Slug"));
      assertThrows(IllegalArgumentException.class, () -> ReasonId.of("x".repeat(101)));
      assertDoesNotThrow(() -> ReasonId.of("x".repeat(100)));
      assertTrue(MeasureId.of("a-1").compareTo(MeasureId.of("b-1")) < 0);
      assertTrue(ReasonId.of("b-1").compareTo(ReasonId.of("a-1")) > 0);
      assertTrue(org.careerownership.core.catalog.FamilyId.of("a").compareTo(
          org.careerownership.core.catalog.FamilyId.of("b")) < 0);
      assertTrue(org.careerownership.core.catalog.FamilyId.of("career-cafe").toString().equals("career-cafe"));
      assertThrows(IllegalArgumentException.class, () -> org.careerownership.core.catalog.FamilyId.of("A"));
    }
  }
}
