package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.careerownership.core.Location;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.internal.ValueStyle;
import org.careerownership.core.phase.Phase;
import org.immutables.value.Value;

/**
 * An immutable, validated catalog of the guide's content: every table and list of the guide as data,
 * in Japanese and English, plus any host overlay. Matchers and planners query it; hosts display its
 * text. Catalogs are cheap to share across threads.
 *
 * <p>{@code co-catalog} loads the bundled catalog ({@code Catalogs.bundled()}) or a host's own files.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Catalog catalog = Catalogs.bundled();
 * StagnationReason reason = catalog.reasons(Generation.MID_CAREER).get(0);
 * for (SupportCell cell : reason.cells()) {
 *   cell.measures().forEach(id -> System.out.println(catalog.measure(id).orElseThrow().name().text(Locale.JAPANESE)));
 * }
 * }</pre>
 *
 * <h2>Invariants</h2>
 *
 * <p>Ids are unique within their kind; every measure id that a cell, example, overlay or programme
 * mapping names exists; there is exactly one guide per generation (with four reasons × four steps),
 * viewpoint, wall, approach, rollout stage, phase and immobile group, in enum order. {@link
 * #builder()}{@code .build()} throws {@link IllegalArgumentException} listing every violation.
 *
 * @since 0.1
 */
@Value.Immutable
@ValueStyle
public abstract class Catalog {

  Catalog() {}

  /** Returns a builder; {@code co-catalog} builds catalogs from files. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the catalog's version, e.g. {@code "1.0.0"}. */
  public abstract String version();

  /** Returns the source of the content: the guide's title and publisher. */
  public abstract LocalizedText source();

  /** Returns the content's notice: its source and terms, separate from the code's licence. */
  public abstract LocalizedText notice();

  /** Returns the name of every section of the guide. */
  public abstract ImmutableMap<GuideSection, LocalizedText> sections();

  /** Returns the guide's prose that no more specific type holds, in the guide's order. */
  public abstract ImmutableList<Narrative> narratives();

  /** Returns the definition of career ownership. */
  public abstract Definition definition();

  /** Returns the three purposes of C/O management. */
  public abstract ImmutableList<Topic> purposes();

  /** Returns the three viewpoints of the basic frame (見える / 増やす / つなぐ), in enum order. */
  public abstract ImmutableList<ViewpointGuide> viewpoints();

  /** Returns the three walls, in enum order. */
  public abstract ImmutableList<WallGuide> walls();

  /** Returns the three approaches, in enum order. */
  public abstract ImmutableList<ApproachGuide> approaches();

  /** Returns the rollout table. */
  public abstract Rollout rollout();

  /** Returns the business-contribution chain factors. */
  public abstract ImmutableList<Term> chainFactors();

  /** Returns the engagement-survey items the guide names. */
  public abstract ImmutableList<Term> surveyItems();

  /** Returns the four phases of the C/O diagnostic, in enum order. */
  public abstract ImmutableList<PhaseGuide> phases();

  /** Returns the findings the guide reports. */
  public abstract ImmutableList<Evidence> evidence();

  /** Returns the three groups of the immobile layer, in enum order. */
  public abstract ImmutableList<ImmobileGroupGuide> immobileGroups();

  /** Returns the growth cycle 知る → 気づく → 拡げる. */
  public abstract GrowthCycle growthCycle();

  /** Returns the name of each audience of measures. */
  public abstract ImmutableMap<Audience, LocalizedText> audiences();

  /** Returns the name of each measure category. */
  public abstract ImmutableMap<MeasureCategory, LocalizedText> categories();

  /** Returns the name of each support step. */
  public abstract ImmutableMap<SupportStep, LocalizedText> steps();

  /** Returns every measure, enabled or not, in catalog order (host additions last). */
  public abstract ImmutableList<Measure> measures();

  /** Returns the guide for each generation, in enum order. */
  public abstract ImmutableList<GenerationGuide> generations();

  /** Returns the guide's worked examples (persons A, B, C). */
  public abstract ImmutableList<WorkedExample> examples();

  /** Returns the FAQ entries. */
  public abstract ImmutableList<FaqEntry> faq();

  /** Returns the closing lines of the guide's sections. */
  public abstract ImmutableList<Reflection> reflections();

  /** Returns the measures a host disabled: kept for display, never recommended. */
  public abstract ImmutableSet<MeasureId> disabled();

  /** Returns the host's programme ids mapped to catalog measures. */
  public abstract ImmutableMap<String, MeasureId> programmes();

  @Value.Lazy
  ImmutableMap<MeasureId, Measure> measuresById() {
    return measures().stream().collect(ImmutableMap.toImmutableMap(Measure::id, m -> m));
  }

  @Value.Lazy
  ImmutableMap<ReasonId, StagnationReason> reasonsById() {
    return generations().stream()
        .flatMap(g -> g.reasons().stream())
        .collect(ImmutableMap.toImmutableMap(StagnationReason::id, r -> r));
  }

  /** Returns the measure with id {@code id}, if the catalog has one (enabled or not). */
  public Optional<Measure> measure(MeasureId id) {
    return Optional.ofNullable(measuresById().get(requireNonNull(id, "id")));
  }

  /** Returns whether the catalog has the measure {@code id} and the host has not disabled it. */
  public boolean enabled(MeasureId id) {
    return measuresById().containsKey(id) && !disabled().contains(id);
  }

  /** Returns the enabled measures, in catalog order. */
  public ImmutableList<Measure> enabledMeasures() {
    return measures().stream()
        .filter(m -> !disabled().contains(m.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the enabled measures of {@code category}, in catalog order. */
  public ImmutableList<Measure> measures(MeasureCategory category) {
    requireNonNull(category, "category");
    return enabledMeasures().stream()
        .filter(m -> m.category().equals(Optional.of(category)))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns every measure of {@code family}, enabled or not, in catalog order. */
  public ImmutableList<Measure> family(FamilyId family) {
    requireNonNull(family, "family");
    return measures().stream()
        .filter(m -> m.family().equals(Optional.of(family)))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the guide for {@code generation}. */
  public GenerationGuide generation(Generation generation) {
    return generations().get(generation.ordinal());
  }

  /** Returns the four stagnation reasons of {@code generation}, in the guide's order. */
  public List<StagnationReason> reasons(Generation generation) {
    return generation(generation).reasons();
  }

  /** Returns the stagnation reason {@code id}, if the catalog has one. */
  public Optional<StagnationReason> reason(ReasonId id) {
    return Optional.ofNullable(reasonsById().get(requireNonNull(id, "id")));
  }

  /**
   * Returns the stagnation reason {@code id} of {@code generation}'s table, or the problem at {@code
   * where}: {@link ProblemCode#UNKNOWN_REASON} when the catalog lacks it, {@link
   * ProblemCode#REASON_OF_OTHER_GENERATION} when it belongs to another generation.
   */
  public Outcome<StagnationReason> reasonOf(Generation generation, ReasonId id, Location where) {
    requireNonNull(generation, "generation");
    requireNonNull(where, "where");
    Optional<StagnationReason> reason = reason(id);
    if (reason.isEmpty()) {
      return Outcome.failed(List.of(
          Problem.of(ProblemCode.UNKNOWN_REASON, where, ImmutableMap.of("reason", id.value()))));
    }
    if (reason.get().generation() != generation) {
      return Outcome.failed(List.of(Problem.of(ProblemCode.REASON_OF_OTHER_GENERATION, where, ImmutableMap.of(
          "reason", id.value(),
          "reasonGeneration", reason.get().generation().name(),
          "generation", generation.name()))));
    }
    return Outcome.ok(reason.get());
  }

  /** Returns the cell of reason {@code reason} at {@code step}, if the catalog has the reason. */
  public Optional<SupportCell> cell(ReasonId reason, SupportStep step) {
    requireNonNull(step, "step");
    return reason(reason).map(r -> r.cell(step));
  }

  /** Returns the description of immobile group {@code group}. */
  public ImmobileGroupGuide immobileGroup(ImmobileGroup group) {
    return immobileGroups().get(group.ordinal());
  }

  /** Returns the enabled measures aimed at immobile group {@code group}, in catalog order. */
  public ImmutableList<Measure> measuresFor(ImmobileGroup group) {
    List<MeasureCategory> categories = immobileGroup(group).measureCategories();
    return enabledMeasures().stream()
        .filter(m -> m.category().map(categories::contains).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the description of approach {@code approach}. */
  public ApproachGuide approach(Approach approach) {
    return approaches().get(approach.ordinal());
  }

  /** Returns the description of wall {@code wall}. */
  public WallGuide wall(Wall wall) {
    return walls().get(wall.ordinal());
  }

  /** Returns the description of viewpoint {@code viewpoint}. */
  public ViewpointGuide viewpoint(Viewpoint viewpoint) {
    return viewpoints().get(viewpoint.ordinal());
  }

  /** Returns the guide's entry for {@code phase}. */
  public PhaseGuide phase(Phase phase) {
    return phases().get(phase.ordinal());
  }

  /** Returns the worked example {@code id} (e.g. {@code "A"}), if the catalog has one. */
  public Optional<WorkedExample> example(String id) {
    return examples().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** Returns the measure the host's programme {@code programme} runs, if mapped. */
  public Optional<Measure> programme(String programme) {
    return Optional.ofNullable(programmes().get(requireNonNull(programme, "programme")))
        .flatMap(this::measure);
  }

  /**
   * Returns this catalog with {@code overlay} applied: measures added after the existing ones,
   * renamed, disabled, and programmes mapped (a programme mapped again keeps the overlay's measure).
   *
   * @throws IllegalArgumentException if the overlay adds an existing id or names a missing measure
   */
  public Catalog withOverlay(CatalogOverlay overlay) {
    requireNonNull(overlay, "overlay");
    Map<MeasureId, Measure> measures = new LinkedHashMap<>(measuresById());
    List<String> problems = new ArrayList<>();
    for (Measure added : overlay.addMeasures()) {
      if (measures.putIfAbsent(added.id(), added) != null) {
        problems.add("overlay '" + overlay.id() + "' adds measure '" + added.id() + "', which exists");
      }
    }
    for (CatalogOverlay.Rename rename : overlay.renameMeasures()) {
      Measure old = measures.get(rename.measure());
      if (old == null) {
        problems.add("overlay '" + overlay.id() + "' renames missing measure '" + rename.measure() + "'");
      } else {
        measures.put(
            old.id(), new Measure(old.id(), rename.name(), old.family(), old.category(), old.description()));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    Map<String, MeasureId> programmes = new LinkedHashMap<>(programmes());
    overlay.programmes().forEach(p -> programmes.put(p.programme(), p.measure()));
    return builder()
        .from(this)
        .measures(measures.values())
        .disabled(ImmutableSet.<MeasureId>builder().addAll(disabled()).addAll(overlay.disableMeasures()).build())
        .programmes(programmes)
        .build();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (version().isBlank()) {
      problems.add("version must not be blank");
    }
    complete("sections", sections().keySet(), GuideSection.class, problems);
    complete("audiences", audiences().keySet(), Audience.class, problems);
    complete("categories", categories().keySet(), MeasureCategory.class, problems);
    complete("steps", steps().keySet(), SupportStep.class, problems);
    inEnumOrder("viewpoints", viewpoints(), ViewpointGuide::viewpoint, Viewpoint.values(), problems);
    inEnumOrder("walls", walls(), WallGuide::wall, Wall.values(), problems);
    inEnumOrder("approaches", approaches(), ApproachGuide::approach, Approach.values(), problems);
    inEnumOrder("phases", phases(), PhaseGuide::phase, Phase.values(), problems);
    inEnumOrder(
        "immobileGroups", immobileGroups(), ImmobileGroupGuide::group, ImmobileGroup.values(), problems);
    inEnumOrder("generations", generations(), GenerationGuide::generation, Generation.values(), problems);
    unique("measure", measures(), m -> m.id().value(), problems);
    unique("stagnation reason", generations().stream().flatMap(g -> g.reasons().stream()).toList(),
        r -> r.id().value(), problems);
    unique("example", examples(), WorkedExample::id, problems);
    unique("evidence", evidence(), Evidence::id, problems);
    unique("faq entry", faq(), FaqEntry::id, problems);
    unique("reflection", reflections(), Reflection::id, problems);
    unique("narrative", narratives(), Narrative::id, problems);
    unique("purpose", purposes(), Topic::id, problems);
    unique("chain factor", chainFactors(), Term::id, problems);
    unique("survey item", surveyItems(), Term::id, problems);
    Set<MeasureId> known = new HashSet<>();
    measures().forEach(m -> known.add(m.id()));
    for (GenerationGuide generation : generations()) {
      generation.alongside().forEach(id -> exists(known, id, "generation " + generation.generation(), problems));
      for (StagnationReason reason : generation.reasons()) {
        for (SupportCell cell : reason.cells()) {
          cell.measures().forEach(
              id -> exists(known, id, "reason '" + reason.id() + "' step " + cell.step(), problems));
        }
      }
    }
    Map<ReasonId, Generation> reasons = new HashMap<>();
    generations().forEach(g -> g.reasons().forEach(r -> reasons.put(r.id(), r.generation())));
    for (WorkedExample example : examples()) {
      Generation owner = reasons.get(example.reason());
      if (owner == null) {
        problems.add("example '" + example.id() + "' names missing reason '" + example.reason() + "'");
      } else if (owner != example.generation()) {
        problems.add("example '" + example.id() + "' is of " + example.generation()
            + " but its reason '" + example.reason() + "' belongs to " + owner);
      }
      example.steps().forEach(
          step -> step.measures().forEach(id -> exists(known, id, "example '" + example.id() + "'", problems)));
    }
    disabled().forEach(id -> exists(known, id, "the disabled measures", problems));
    programmes().forEach((programme, id) -> exists(known, id, "programme '" + programme + "'", problems));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid catalog: " + String.join("; ", problems));
    }
  }

  private static <E extends Enum<E>> void complete(
      String what, Set<E> keys, Class<E> type, List<String> problems) {
    if (!keys.equals(EnumSet.allOf(type))) {
      problems.add(what + " must name every " + type.getSimpleName() + ", had " + keys);
    }
  }

  private static <T, E extends Enum<E>> void inEnumOrder(
      String what, List<T> items, Function<T, E> key, E[] order, List<String> problems) {
    List<E> keys = items.stream().map(key).toList();
    if (!keys.equals(List.of(order))) {
      problems.add(what + " must be exactly " + List.of(order) + " in that order, was " + keys);
    }
  }

  private static <T> void unique(
      String what, Collection<T> items, Function<T, String> id, List<String> problems) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(id.apply(item))) {
        problems.add(what + " id '" + id.apply(item) + "' is defined twice");
      }
    }
  }

  private static void exists(Set<MeasureId> known, MeasureId id, String where, List<String> problems) {
    if (!known.contains(id)) {
      problems.add(where + " names missing measure '" + id + "'");
    }
  }

  /** Builds a {@link Catalog}; not thread-safe. */
  public static final class Builder extends ImmutableCatalog.Builder {
    Builder() {}
  }
}
