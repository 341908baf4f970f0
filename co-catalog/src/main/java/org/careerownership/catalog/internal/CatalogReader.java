package org.careerownership.catalog.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.careerownership.catalog.CatalogException;
import org.careerownership.catalog.CatalogLimits;
import org.careerownership.catalog.CatalogSource;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.catalog.Approach;
import org.careerownership.core.catalog.ApproachGuide;
import org.careerownership.core.catalog.Audience;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.CatalogOverlay;
import org.careerownership.core.catalog.Definition;
import org.careerownership.core.catalog.Evidence;
import org.careerownership.core.catalog.ExampleStep;
import org.careerownership.core.catalog.FaqEntry;
import org.careerownership.core.catalog.FamilyId;
import org.careerownership.core.catalog.Figure;
import org.careerownership.core.catalog.GenerationGuide;
import org.careerownership.core.catalog.GrowthCycle;
import org.careerownership.core.catalog.GrowthCycleStep;
import org.careerownership.core.catalog.GuideSection;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.ImmobileGroupGuide;
import org.careerownership.core.catalog.Layer;
import org.careerownership.core.catalog.Measure;
import org.careerownership.core.catalog.MeasureCategory;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.Narrative;
import org.careerownership.core.catalog.PhaseGuide;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.Reflection;
import org.careerownership.core.catalog.ReflectionKind;
import org.careerownership.core.catalog.Rollout;
import org.careerownership.core.catalog.RolloutStage;
import org.careerownership.core.catalog.RolloutStageGuide;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportCell;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.catalog.Term;
import org.careerownership.core.catalog.Topic;
import org.careerownership.core.catalog.ViewpointGoal;
import org.careerownership.core.catalog.ViewpointGuide;
import org.careerownership.core.catalog.Viewpoint;
import org.careerownership.core.catalog.Wall;
import org.careerownership.core.catalog.WallGuide;
import org.careerownership.core.catalog.WorkedExample;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.phase.Phase;

/**
 * Reads a catalog — the manifest {@code catalog.json} and its parts — into a validated {@link
 * Catalog}, or throws a {@link CatalogException} listing every problem with its file and JSON path:
 * missing or malformed files, unknown or missing fields, wrong types, empty texts, invalid ids or enum
 * names, duplicate ids, dangling references, and incomplete tables. Not thread-safe; one reader per
 * load.
 *
 * <p>Overlays ({@link #readOverlay}) are read the same way against a base catalog: added measure ids
 * must be new, and every measure an overlay renames, disables or maps must exist.
 */
public final class CatalogReader {
  /** The manifest's file name. */
  public static final String MANIFEST = "catalog.json";

  /** The manifest format this reader understands. */
  public static final String FORMAT = "co-catalog/1";

  /** The overlay format this reader understands. */
  public static final String OVERLAY_FORMAT = "co-catalog-overlay/1";

  static final String ID_SYNTAX =
      "a catalog id: lower-case letters and digits in parts joined by '-' or '.'";

  private static final ImmutableSet<String> SECTIONS =
      ImmutableSet.of(
          "sections", "narratives", "definition", "purposes", "viewpoints", "walls", "approaches",
          "rollout", "chainFactors", "surveyItems", "phases", "evidence", "immobileGroups",
          "growthCycle", "audiences", "categories", "steps", "measures", "generations", "examples",
          "faq", "reflections");

  private final CatalogSource source;
  private final JsonFiles files;
  private final Problems problems = new Problems();
  private final IdRegistry ids = new IdRegistry(problems);
  private final List<Reference> references = new ArrayList<>();

  private CatalogReader(CatalogSource source, CatalogLimits limits) {
    this.source = source;
    this.files = JsonFiles.within(limits);
  }

  /**
   * Returns the catalog of {@code source}.
   *
   * @throws CatalogException listing every problem found
   */
  public static Catalog read(CatalogSource source, CatalogLimits limits) {
    return new CatalogReader(source, limits).read();
  }

  private Catalog read() {
    Optional<Node> manifest = files.root(source, MANIFEST, problems);
    Map<String, Node> sections = new LinkedHashMap<>();
    Catalog.Builder builder = Catalog.builder();
    boolean partsRead = manifest.map(m -> readManifest(m, builder, sections)).orElse(false);
    if (manifest.isPresent()) {
      for (String section : SECTIONS) {
        if (partsRead && !sections.containsKey(section)) {
          manifest.get().problem(
              ProblemCode.CATALOG_INCOMPLETE,
              ImmutableMap.of(
                  "what", "the catalog's sections",
                  "expected", "defined by one of its parts",
                  "actual", "'" + section + "' missing"));
        }
      }
      readSections(sections, builder);
      resolveReferences();
    }
    if (problems.count() > 0) {
      throw new CatalogException(source.describe(), problems.all());
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      // The checks above mirror the catalog's invariants; reaching here is a bug in the reader.
      throw new IllegalStateException("catalog passed the reader's checks but not its own", e);
    }
  }

  /**
   * Returns {@code base} with the overlay in file {@code file} of {@code source} applied.
   *
   * @throws CatalogException listing every problem of the overlay
   */
  public static Catalog readOverlay(Catalog base, CatalogSource source, String file, CatalogLimits limits) {
    return new CatalogReader(source, limits).overlay(base, file);
  }

  private Catalog overlay(Catalog base, String file) {
    base.measures().forEach(m -> ids.predefine("measure", m.id().value(), "the base catalog"));
    Optional<CatalogOverlay> overlay =
        files.root(source, file, problems).flatMap(this::overlayRoot);
    resolveReferences();
    if (problems.count() > 0 || overlay.isEmpty()) {
      throw new CatalogException(source.describe() + " " + file, problems.all());
    }
    return base.withOverlay(overlay.get());
  }

  private Optional<CatalogOverlay> overlayRoot(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of(
        "format", "id", "addMeasures", "renameMeasures", "disableMeasures", "programmes"));
    int mark = n.mark();
    n.field("format").flatMap(Node::string).ifPresent(format -> {
      if (!format.equals(OVERLAY_FORMAT)) {
        n.invalid(format, "the format '" + OVERLAY_FORMAT + "'");
      }
    });
    Optional<String> id = n.field("id").flatMap(f -> f.parsed(value -> {
      if (!MeasureId.isValid(value)) {
        throw new IllegalArgumentException(value);
      }
      return value;
    }, ID_SYNTAX));
    Optional<ImmutableList<Measure>> added =
        n.optional("addMeasures", f -> f.array(this::measure)).map(o -> o.orElse(ImmutableList.of()));
    Optional<ImmutableList<CatalogOverlay.Rename>> renamed =
        n.optional("renameMeasures", f -> f.array(this::rename)).map(o -> o.orElse(ImmutableList.of()));
    Optional<ImmutableList<MeasureId>> disabled =
        n.optional("disableMeasures", f -> f.array(this::measureReference))
            .map(o -> o.orElse(ImmutableList.of()));
    Optional<ImmutableList<CatalogOverlay.Programme>> programmes =
        n.optional("programmes", f -> f.array(this::programme)).map(o -> o.orElse(ImmutableList.of()));
    return n.build(
        mark,
        () -> new CatalogOverlay(id.get(), added.get(), renamed.get(), disabled.get(), programmes.get()));
  }

  private Optional<CatalogOverlay.Rename> rename(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("measure", "name"));
    int mark = n.mark();
    Optional<MeasureId> measure = n.field("measure").flatMap(this::measureReference);
    Optional<LocalizedText> name = n.field("name").flatMap(Node::text);
    return n.build(mark, () -> new CatalogOverlay.Rename(measure.get(), name.get()));
  }

  private Optional<CatalogOverlay.Programme> programme(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("programme", "measure"));
    int mark = n.mark();
    Optional<String> programme = n.field("programme").flatMap(Node::string);
    programme.ifPresent(p -> ids.define("programme", p, n.field("programme").orElseThrow()));
    Optional<MeasureId> measure = n.field("measure").flatMap(this::measureReference);
    return n.build(mark, () -> new CatalogOverlay.Programme(programme.get(), measure.get()));
  }

  /** Reads the manifest and its parts; returns whether every part was found and parsed. */
  private boolean readManifest(Node manifest, Catalog.Builder builder, Map<String, Node> sections) {
    if (!manifest.isObject()) {
      return false;
    }
    manifest.allowOnly(ImmutableSet.of("format", "version", "source", "notice", "parts"));
    manifest.field("format").flatMap(Node::string).ifPresent(format -> {
      if (!format.equals(FORMAT)) {
        manifest.invalid(format, "the format '" + FORMAT + "'");
      }
    });
    manifest.field("version").flatMap(Node::string).ifPresent(builder::version);
    manifest.field("source").flatMap(Node::text).ifPresent(builder::source);
    manifest.field("notice").flatMap(Node::text).ifPresent(builder::notice);
    Optional<ImmutableList<String>> parts = manifest.field("parts").flatMap(p -> p.array(Node::string));
    boolean allRead = parts.isPresent();
    for (String part : parts.orElse(ImmutableList.of())) {
      Optional<Node> parsed = files.root(source, part, problems).filter(Node::isObject);
      allRead &= parsed.isPresent();
      parsed.ifPresent(root -> {
        for (String name : root.json().propertyNames()) {
          Node section = root.field(name).orElseThrow();
          if (!SECTIONS.contains(name)) {
            section.problem(
                ProblemCode.CATALOG_UNKNOWN_FIELD,
                ImmutableMap.of("name", name, "allowed", String.join(", ", SECTIONS)));
          } else if (sections.containsKey(name)) {
            section.problem(
                ProblemCode.CATALOG_DUPLICATE_ID,
                ImmutableMap.of(
                    "kind", "section", "id", name, "first", where(sections.get(name))));
          } else {
            sections.put(name, section);
          }
        }
      });
    }
    return allRead;
  }

  private void readSections(Map<String, Node> s, Catalog.Builder b) {
    section(s, "sections").flatMap(n -> n.enumMap(GuideSection.class, Node::text)).ifPresent(b::sections);
    section(s, "audiences").flatMap(n -> n.enumMap(Audience.class, Node::text)).ifPresent(b::audiences);
    section(s, "categories")
        .flatMap(n -> n.enumMap(MeasureCategory.class, Node::text))
        .ifPresent(b::categories);
    section(s, "steps").flatMap(n -> n.enumMap(SupportStep.class, Node::text)).ifPresent(b::steps);
    section(s, "measures").flatMap(n -> n.array(this::measure)).ifPresent(b::measures);
    section(s, "narratives").flatMap(n -> n.array(this::narrative)).ifPresent(b::narratives);
    section(s, "definition").flatMap(this::definition).ifPresent(b::definition);
    section(s, "purposes").flatMap(n -> n.array(e -> topic(e, "purpose"))).ifPresent(b::purposes);
    section(s, "viewpoints")
        .flatMap(n -> ordered(n, this::viewpoint, ViewpointGuide::viewpoint, Viewpoint.values()))
        .ifPresent(b::viewpoints);
    section(s, "walls")
        .flatMap(n -> ordered(n, this::wall, WallGuide::wall, Wall.values()))
        .ifPresent(b::walls);
    section(s, "approaches")
        .flatMap(n -> ordered(n, this::approach, ApproachGuide::approach, Approach.values()))
        .ifPresent(b::approaches);
    section(s, "rollout").flatMap(this::rollout).ifPresent(b::rollout);
    section(s, "chainFactors")
        .flatMap(n -> n.array(e -> term(e, "chain factor")))
        .ifPresent(b::chainFactors);
    section(s, "surveyItems")
        .flatMap(n -> n.array(e -> term(e, "survey item")))
        .ifPresent(b::surveyItems);
    section(s, "phases")
        .flatMap(n -> ordered(n, this::phase, PhaseGuide::phase, Phase.values()))
        .ifPresent(b::phases);
    section(s, "evidence").flatMap(n -> n.array(this::evidence)).ifPresent(b::evidence);
    section(s, "immobileGroups")
        .flatMap(n -> ordered(n, this::immobileGroup, ImmobileGroupGuide::group, ImmobileGroup.values()))
        .ifPresent(b::immobileGroups);
    section(s, "growthCycle").flatMap(this::growthCycle).ifPresent(b::growthCycle);
    Optional<ImmutableList<GenerationGuide>> generations = section(s, "generations")
        .flatMap(n -> ordered(n, this::generation, GenerationGuide::generation, Generation.values()));
    generations.ifPresent(b::generations);
    section(s, "examples").flatMap(n -> n.elements()).ifPresent(nodes -> {
      List<WorkedExample> examples = new ArrayList<>();
      boolean complete = true;
      for (Node node : nodes) {
        Optional<WorkedExample> example = example(node);
        example.ifPresent(examples::add);
        complete &= example.isPresent();
        example.ifPresent(e -> generations.ifPresent(gs -> checkExampleGeneration(node, e, gs)));
      }
      if (complete) {
        b.examples(examples);
      }
    });
    section(s, "faq").flatMap(n -> n.array(this::faq)).ifPresent(b::faq);
    section(s, "reflections").flatMap(n -> n.array(this::reflection)).ifPresent(b::reflections);
  }

  private static Optional<Node> section(Map<String, Node> sections, String name) {
    return Optional.ofNullable(sections.get(name));
  }

  private static void checkExampleGeneration(
      Node node, WorkedExample example, List<GenerationGuide> generations) {
    for (GenerationGuide guide : generations) {
      for (StagnationReason reason : guide.reasons()) {
        if (reason.id().equals(example.reason()) && reason.generation() != example.generation()) {
          node.problem(
              ProblemCode.CATALOG_INVALID_VALUE,
              ImmutableMap.of(
                  "value", example.reason().value(),
                  "expected", "a stagnation reason of " + example.generation()
                      + ", but it belongs to " + reason.generation()));
        }
      }
    }
  }

  private void resolveReferences() {
    for (Reference reference : references) {
      if (!ids.defined(reference.kind(), reference.id())) {
        reference.at().problem(
            ProblemCode.CATALOG_UNKNOWN_REFERENCE,
            ImmutableMap.of("kind", reference.kind(), "id", reference.id()));
      }
    }
  }

  // ---- entries ----------------------------------------------------------------------------

  private Optional<Measure> measure(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "name", "family", "category", "description"));
    int mark = n.mark();
    Optional<MeasureId> id = define(n, "measure", MeasureId::of);
    Optional<LocalizedText> name = n.field("name").flatMap(Node::text);
    Optional<Optional<FamilyId>> family = n.optional("family", f -> f.parsed(FamilyId::of, ID_SYNTAX));
    Optional<Optional<MeasureCategory>> category =
        n.optional("category", f -> f.enumValue(MeasureCategory.class));
    Optional<Optional<LocalizedText>> description = n.optional("description", Node::text);
    return n.build(
        mark,
        () -> new Measure(id.get(), name.get(), family.get(), category.get(), description.get()));
  }

  private Optional<GenerationGuide> generation(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of(
        "generation", "title", "approach", "tableTitle", "tableIntroduction", "reasons", "alongside"));
    int mark = n.mark();
    Optional<Generation> generation = n.field("generation").flatMap(f -> f.enumValue(Generation.class));
    Optional<LocalizedText> title = n.field("title").flatMap(Node::text);
    Optional<LocalizedText> approach = n.field("approach").flatMap(Node::text);
    Optional<LocalizedText> tableTitle = n.field("tableTitle").flatMap(Node::text);
    Optional<LocalizedText> tableIntroduction = n.field("tableIntroduction").flatMap(Node::text);
    Optional<ImmutableList<MeasureId>> alongside =
        n.field("alongside").flatMap(f -> f.array(this::measureReference));
    Optional<ImmutableList<StagnationReason>> reasons =
        generation.flatMap(g -> n.field("reasons").flatMap(f -> {
          Optional<ImmutableList<StagnationReason>> read = f.array(r -> reason(r, g));
          read.ifPresent(list -> count(f, "the stagnation reasons of " + g, list.size(), 4));
          return read;
        }));
    return n.build(
        mark,
        () -> new GenerationGuide(generation.get(), title.get(), approach.get(), tableTitle.get(),
            tableIntroduction.get(), reasons.get(), alongside.get()));
  }

  private Optional<StagnationReason> reason(Node n, Generation generation) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "name", "cells"));
    int mark = n.mark();
    Optional<ReasonId> id = define(n, "stagnation reason", ReasonId::of);
    Optional<LocalizedText> name = n.field("name").flatMap(Node::text);
    Optional<ImmutableList<SupportCell>> cells = n.field("cells").flatMap(
        f -> ordered(f, this::cell, SupportCell::step, SupportStep.values()));
    return n.build(mark, () -> new StagnationReason(id.get(), generation, name.get(), cells.get()));
  }

  private Optional<SupportCell> cell(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("step", "points", "measuresHeading", "measures"));
    int mark = n.mark();
    Optional<SupportStep> step = n.field("step").flatMap(f -> f.enumValue(SupportStep.class));
    Optional<ImmutableList<LocalizedText>> points = nonEmpty(n, "points", Node::text);
    Optional<LocalizedText> heading = n.field("measuresHeading").flatMap(Node::text);
    Optional<ImmutableList<MeasureId>> measures = nonEmpty(n, "measures", this::measureReference);
    return n.build(
        mark, () -> new SupportCell(step.get(), points.get(), heading.get(), measures.get()));
  }

  private Optional<WorkedExample> example(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "generation", "reason", "narrative", "steps"));
    int mark = n.mark();
    Optional<String> id = n.field("id").flatMap(Node::string);
    id.ifPresent(i -> ids.define("example", i, n.field("id").orElseThrow()));
    Optional<Generation> generation = n.field("generation").flatMap(f -> f.enumValue(Generation.class));
    Optional<ReasonId> reason = n.field("reason").flatMap(f -> {
      Optional<ReasonId> r = f.parsed(ReasonId::of, ID_SYNTAX);
      r.ifPresent(value -> references.add(new Reference("stagnation reason", value.value(), f)));
      return r;
    });
    Optional<LocalizedText> narrative = n.field("narrative").flatMap(Node::text);
    Optional<ImmutableList<ExampleStep>> steps = nonEmpty(n, "steps", this::exampleStep);
    return n.build(
        mark,
        () -> new WorkedExample(id.get(), generation.get(), reason.get(), narrative.get(), steps.get()));
  }

  private Optional<ExampleStep> exampleStep(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("step", "text", "measures"));
    int mark = n.mark();
    Optional<SupportStep> step = n.field("step").flatMap(f -> f.enumValue(SupportStep.class));
    Optional<LocalizedText> text = n.field("text").flatMap(Node::text);
    Optional<ImmutableList<MeasureId>> measures =
        n.field("measures").flatMap(f -> f.array(this::measureReference));
    return n.build(mark, () -> new ExampleStep(step.get(), text.get(), measures.get()));
  }

  private Optional<ImmobileGroupGuide> immobileGroup(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("group", "names", "unmetNeed", "remedy", "cycleStep", "measureCategories"));
    int mark = n.mark();
    Optional<ImmobileGroup> group = n.field("group").flatMap(f -> f.enumValue(ImmobileGroup.class));
    Optional<ImmutableList<LocalizedText>> names = nonEmpty(n, "names", Node::text);
    Optional<LocalizedText> need = n.field("unmetNeed").flatMap(Node::text);
    Optional<LocalizedText> remedy = n.field("remedy").flatMap(Node::text);
    Optional<GrowthCycleStep> step = n.field("cycleStep").flatMap(f -> f.enumValue(GrowthCycleStep.class));
    Optional<ImmutableList<MeasureCategory>> categories =
        nonEmpty(n, "measureCategories", f -> f.enumValue(MeasureCategory.class));
    return n.build(
        mark,
        () -> new ImmobileGroupGuide(group.get(), names.get(), need.get(), remedy.get(), step.get(),
            categories.get()));
  }

  private Optional<GrowthCycle> growthCycle(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("title", "description", "steps"));
    int mark = n.mark();
    Optional<LocalizedText> title = n.field("title").flatMap(Node::text);
    Optional<LocalizedText> description = n.field("description").flatMap(Node::text);
    Optional<Map<GrowthCycleStep, LocalizedText>> steps =
        n.field("steps").flatMap(f -> f.enumMap(GrowthCycleStep.class, Node::text));
    return n.build(mark, () -> new GrowthCycle(title.get(), description.get(), steps.get()));
  }

  private Optional<Rollout> rollout(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("title", "introduction", "targetState", "layers", "stages"));
    int mark = n.mark();
    Optional<LocalizedText> title = n.field("title").flatMap(Node::text);
    Optional<LocalizedText> introduction = n.field("introduction").flatMap(Node::text);
    Optional<LocalizedText> target = n.field("targetState").flatMap(Node::text);
    Optional<Map<Layer, LocalizedText>> layers =
        n.field("layers").flatMap(f -> f.enumMap(Layer.class, Node::text));
    Optional<ImmutableList<RolloutStageGuide>> stages = n.field("stages").flatMap(
        f -> ordered(f, this::stage, RolloutStageGuide::stage, RolloutStage.values()));
    return n.build(
        mark,
        () -> new Rollout(title.get(), introduction.get(), target.get(), layers.get(), stages.get()));
  }

  private Optional<RolloutStageGuide> stage(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("stage", "names", "theme", "goals"));
    int mark = n.mark();
    Optional<RolloutStage> stage = n.field("stage").flatMap(f -> f.enumValue(RolloutStage.class));
    Optional<ImmutableList<LocalizedText>> names = nonEmpty(n, "names", Node::text);
    Optional<LocalizedText> theme = n.field("theme").flatMap(Node::text);
    Optional<Map<Layer, LocalizedText>> goals =
        n.field("goals").flatMap(f -> f.enumMap(Layer.class, Node::text));
    return n.build(mark, () -> new RolloutStageGuide(stage.get(), names.get(), theme.get(), goals.get()));
  }

  private Optional<ViewpointGuide> viewpoint(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("viewpoint", "name", "goals"));
    int mark = n.mark();
    Optional<Viewpoint> viewpoint = n.field("viewpoint").flatMap(f -> f.enumValue(Viewpoint.class));
    Optional<LocalizedText> name = n.field("name").flatMap(Node::text);
    Optional<ImmutableList<ViewpointGoal>> goals = nonEmpty(n, "goals", this::viewpointGoal);
    return n.build(mark, () -> new ViewpointGuide(viewpoint.get(), name.get(), goals.get()));
  }

  private Optional<ViewpointGoal> viewpointGoal(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("title", "items"));
    int mark = n.mark();
    Optional<LocalizedText> title = n.field("title").flatMap(Node::text);
    Optional<ImmutableList<LocalizedText>> items = nonEmpty(n, "items", Node::text);
    return n.build(mark, () -> new ViewpointGoal(title.get(), items.get()));
  }

  private Optional<WallGuide> wall(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("wall", "name", "description"));
    int mark = n.mark();
    Optional<Wall> wall = n.field("wall").flatMap(f -> f.enumValue(Wall.class));
    Optional<LocalizedText> name = n.field("name").flatMap(Node::text);
    Optional<LocalizedText> description = n.field("description").flatMap(Node::text);
    return n.build(mark, () -> new WallGuide(wall.get(), name.get(), description.get()));
  }

  private Optional<ApproachGuide> approach(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("approach", "name", "description", "strengths", "risks"));
    int mark = n.mark();
    Optional<Approach> approach = n.field("approach").flatMap(f -> f.enumValue(Approach.class));
    Optional<LocalizedText> name = n.field("name").flatMap(Node::text);
    Optional<LocalizedText> description = n.field("description").flatMap(Node::text);
    Optional<ImmutableList<LocalizedText>> strengths = nonEmpty(n, "strengths", Node::text);
    Optional<ImmutableList<LocalizedText>> risks = nonEmpty(n, "risks", Node::text);
    return n.build(
        mark,
        () -> new ApproachGuide(approach.get(), name.get(), description.get(), strengths.get(), risks.get()));
  }

  private Optional<Term> term(Node n, String kind) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "text"));
    int mark = n.mark();
    Optional<String> id = define(n, kind, Function.identity());
    Optional<LocalizedText> text = n.field("text").flatMap(Node::text);
    return n.build(mark, () -> new Term(id.get(), text.get()));
  }

  private Optional<Topic> topic(Node n, String kind) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "title", "text"));
    int mark = n.mark();
    Optional<String> id = define(n, kind, Function.identity());
    Optional<LocalizedText> title = n.field("title").flatMap(Node::text);
    Optional<LocalizedText> text = n.field("text").flatMap(Node::text);
    return n.build(mark, () -> new Topic(id.get(), title.get(), text.get()));
  }

  private Optional<Narrative> narrative(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "section", "title", "paragraphs"));
    int mark = n.mark();
    Optional<String> id = define(n, "narrative", Function.identity());
    Optional<GuideSection> section = n.field("section").flatMap(f -> f.enumValue(GuideSection.class));
    Optional<Optional<LocalizedText>> title = n.optional("title", Node::text);
    Optional<ImmutableList<LocalizedText>> paragraphs = nonEmpty(n, "paragraphs", Node::text);
    return n.build(mark, () -> new Narrative(id.get(), section.get(), title.get(), paragraphs.get()));
  }

  private Optional<Definition> definition(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("statement", "elaboration", "source"));
    int mark = n.mark();
    Optional<LocalizedText> statement = n.field("statement").flatMap(Node::text);
    Optional<ImmutableList<LocalizedText>> elaboration = nonEmpty(n, "elaboration", Node::text);
    Optional<LocalizedText> source = n.field("source").flatMap(Node::text);
    return n.build(mark, () -> new Definition(statement.get(), elaboration.get(), source.get()));
  }

  private Optional<PhaseGuide> phase(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("phase", "name"));
    int mark = n.mark();
    Optional<Phase> phase = n.field("phase").flatMap(f -> f.enumValue(Phase.class));
    Optional<LocalizedText> name = n.field("name").flatMap(Node::text);
    return n.build(mark, () -> new PhaseGuide(phase.get(), name.get()));
  }

  private Optional<Evidence> evidence(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "statement", "source", "figures"));
    int mark = n.mark();
    Optional<String> id = define(n, "evidence", Function.identity());
    Optional<LocalizedText> statement = n.field("statement").flatMap(Node::text);
    Optional<LocalizedText> source = n.field("source").flatMap(Node::text);
    Optional<ImmutableList<Figure>> figures = n.field("figures").flatMap(f -> f.array(this::figure));
    return n.build(mark, () -> new Evidence(id.get(), statement.get(), source.get(), figures.get()));
  }

  private Optional<Figure> figure(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "phase", "label", "value", "unit"));
    int mark = n.mark();
    Optional<String> id = n.field("id").flatMap(f -> f.parsed(Function.identity(), ID_SYNTAX));
    Optional<Optional<Phase>> phase = n.optional("phase", f -> f.enumValue(Phase.class));
    Optional<LocalizedText> label = n.field("label").flatMap(Node::text);
    Optional<Double> value = n.field("value").flatMap(Node::number);
    Optional<String> unit = n.field("unit").flatMap(Node::string);
    return n.build(mark, () -> new Figure(id.get(), phase.get(), label.get(), value.get(), unit.get()));
  }

  private Optional<FaqEntry> faq(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "section", "question", "answer"));
    int mark = n.mark();
    Optional<String> id = define(n, "faq entry", Function.identity());
    Optional<GuideSection> section = n.field("section").flatMap(f -> f.enumValue(GuideSection.class));
    Optional<LocalizedText> question = n.field("question").flatMap(Node::text);
    Optional<LocalizedText> answer = n.field("answer").flatMap(Node::text);
    return n.build(mark, () -> new FaqEntry(id.get(), section.get(), question.get(), answer.get()));
  }

  private Optional<Reflection> reflection(Node n) {
    if (!n.isObject()) {
      return Optional.empty();
    }
    n.allowOnly(ImmutableSet.of("id", "section", "kind", "text"));
    int mark = n.mark();
    Optional<String> id = define(n, "reflection", Function.identity());
    Optional<GuideSection> section = n.field("section").flatMap(f -> f.enumValue(GuideSection.class));
    Optional<ReflectionKind> kind = n.field("kind").flatMap(f -> f.enumValue(ReflectionKind.class));
    Optional<LocalizedText> text = n.field("text").flatMap(Node::text);
    return n.build(mark, () -> new Reflection(id.get(), section.get(), kind.get(), text.get()));
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** Reads field "id" of {@code n} with {@code parse}, and defines it as an id of {@code kind}. */
  private <T> Optional<T> define(Node n, String kind, Function<String, T> parse) {
    return n.field("id").flatMap(f -> {
      Optional<T> id = f.parsed(value -> {
        if (!MeasureId.isValid(value)) {
          throw new IllegalArgumentException(value);
        }
        return parse.apply(value);
      }, ID_SYNTAX);
      id.ifPresent(value -> ids.define(kind, value.toString(), f));
      return id;
    });
  }

  /** Reads a measure id that must exist, checked once every measure has been read. */
  private Optional<MeasureId> measureReference(Node n) {
    Optional<MeasureId> id = n.parsed(MeasureId::of, ID_SYNTAX);
    id.ifPresent(value -> references.add(new Reference("measure", value.value(), n)));
    return id;
  }

  private <T> Optional<ImmutableList<T>> nonEmpty(
      Node n, String name, Function<Node, Optional<T>> element) {
    return n.field(name).flatMap(f -> {
      Optional<ImmutableList<T>> list = f.array(element);
      if (list.isPresent() && list.get().isEmpty()) {
        f.problem(
            ProblemCode.CATALOG_INCOMPLETE,
            ImmutableMap.of("what", f.path(), "expected", "at least one entry", "actual", "empty"));
        return Optional.empty();
      }
      return list;
    });
  }

  /** Reads an array whose entries must be exactly one per constant of {@code order}, in order. */
  private <T, E extends Enum<E>> Optional<ImmutableList<T>> ordered(
      Node n, Function<Node, Optional<T>> element, Function<T, E> key, E[] order) {
    Optional<ImmutableList<T>> list = n.array(element);
    if (list.isEmpty()) {
      return list;
    }
    List<E> keys = list.get().stream().map(key).toList();
    if (!keys.equals(List.of(order))) {
      n.problem(
          ProblemCode.CATALOG_INCOMPLETE,
          ImmutableMap.of(
              "what", n.path(),
              "expected", "exactly " + List.of(order) + " in that order",
              "actual", keys.toString()));
      return Optional.empty();
    }
    return list;
  }

  private static void count(Node n, String what, int actual, int expected) {
    if (actual != expected) {
      n.problem(
          ProblemCode.CATALOG_INCOMPLETE,
          ImmutableMap.of(
              "what", what, "expected", "exactly " + expected, "actual", Integer.toString(actual)));
    }
  }

  static String where(Node n) {
    return n.file() + " " + n.path();
  }

  /** A reference to an id of some kind, made at a node, resolved after everything is read. */
  record Reference(String kind, String id, Node at) {}

  /** The ids defined so far, by kind, with where each was first defined. */
  static final class IdRegistry {
    private final Problems problems;
    private final Map<String, Map<String, String>> byKind = new HashMap<>();

    IdRegistry(Problems problems) {
      this.problems = problems;
    }

    void define(String kind, String id, Node at) {
      String first = byKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, where(at));
      if (first != null) {
        problems.add(
            ProblemCode.CATALOG_DUPLICATE_ID,
            at.file(),
            at.path(),
            ImmutableMap.of("kind", kind, "id", id, "first", first));
      }
    }

    /** Defines {@code id} as already present in a catalog described by {@code where}. */
    void predefine(String kind, String id, String where) {
      byKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, where);
    }

    boolean defined(String kind, String id) {
      return byKind.getOrDefault(kind, Map.of()).containsKey(id);
    }
  }
}
