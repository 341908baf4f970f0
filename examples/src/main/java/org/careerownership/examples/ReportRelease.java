package org.careerownership.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.careerownership.analytics.release.Category;
import org.careerownership.analytics.release.Dimension;
import org.careerownership.analytics.release.Dimensions;
import org.careerownership.analytics.release.Population;
import org.careerownership.analytics.release.ProtectionRule;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.ReleasePlan;
import org.careerownership.analytics.release.Releases;
import org.careerownership.analytics.release.TableSpec;
import org.careerownership.core.Language;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Outcome;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.UnitId;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.plan.PopulationSummary;

/**
 * The example's one release: everything the report publishes about groups of people — in the text
 * summary, the HTML page and the JSON, in both languages — is read from the {@link Release} this class
 * builds from the people's rows. Nothing else in the example counts people by group.
 *
 * <p>The organisation comes from the unit ids: a team {@code D1-1-3} belongs to the department {@code
 * D1-1}, which belongs to the division {@code D1}, which belongs to the company ({@value #ROOT}). People
 * without a unit belong to the team {@value #UNASSIGNED} directly under the company.
 *
 * <p>Dimensions that depend on each other by construction are counted together in some table, so that
 * the release knows the relations between them (a structural zero is published as a zero, not left for
 * an attacker to infer from the method): over the whole company, the phase with the measures used and the
 * immobile layer (future creation is always mobile; the immobile used no measure), the generation with
 * the age band (both come from the age), the phase with the borderline flag (both come from the two
 * scores). One dependence is left as an inequality, because counting it together would withhold
 * several times more: by unit, the phase mix and the immobile layer are two tables, and future creation
 * is always mobile, so a unit's mobile count is at least its future-creation count. {@code
 * ReportAttackTest} attacks the release with that inequality added and checks that it narrows no
 * withheld count below the protection width.
 *
 * <p>Every chart spends the same protection: a fine cut (say, people by 10-point score bands, counted
 * with their phase) adds small cells whose partners can be the company's phase counts themselves. The
 * report therefore publishes the identity × adaptability picture as the four phases with their
 * borderline counts, not as a grid of people.
 *
 * <pre>{@code
 * ReportRelease report = ReportRelease.of(ReportRelease.people(people, unitIds, catalog));
 * report.release().count(report.root(), Map.of("phase", "future-creation"));
 * }</pre>
 */
final class ReportRelease {
  /** The root unit: the whole company. */
  static final String ROOT = "COMPANY";

  /** The team of people without a unit. */
  static final String UNASSIGNED = "UNASSIGNED";

  /** Phase by every unit at every level, with the unit means of the engagement items. */
  static final String PHASE_MIX = "phase-mix";
  /** Generation, every unit at every level. */
  static final String GENERATION_MIX = "generation-mix";
  /** Phase by generation, the whole company. */
  static final String PHASE_BY_GENERATION = "phase-by-generation";
  /** Immobile-layer group, every unit at every level. */
  static final String IMMOBILE_LAYER = "immobile-layer";
  /** Phase by measures used by immobile-layer group, the whole company (their dependence, published). */
  static final String USAGE_BY_GROUP = "measures-used-by-group";
  /** Phase by measures used, the whole company. */
  static final String MEASURES_USED = "measures-used";
  /** Phase by top rating, the whole company. */
  static final String TOP_RATING = "top-rating";
  /** Phase by career satisfaction, the whole company. */
  static final String SATISFACTION = "satisfaction";
  /** Age band by embodiment level with the mean utilisation score, the whole company. */
  static final String UTILISATION = "utilisation";
  /** Generation by age band, the whole company (their dependence, published). */
  static final String AGES = "generation-by-age-band";
  /** Phase by borderline, the whole company. */
  static final String BORDERLINE_BY_PHASE = "borderline";
  /** The measure ranked first for each person, the whole company. */
  static final String FIRST_MEASURE = "first-measure";

  static final String BORDERLINE = "borderline";
  static final String RATING = "rating";
  static final String SATISFIED = "satisfaction";
  static final String USED = "measures-used";
  static final String AGE_BAND = "age-band";
  static final String EMBODIMENT = "embodiment";
  static final String FIRST = "first-measure";
  static final String NOT_GIVEN = "not-given";
  /** The item whose mean the utilisation table shows. */
  static final String UTILISATION_SCORE = "utilisation";

  /** The age bands of the guide's utilisation figure; other ages are "other". */
  static final ImmutableList<String> AGE_BANDS = ImmutableList.of("20s", "30s", "40s", "50s", "60s");

  private final OrgStructure org;
  private final Release release;
  private final ImmutableList<String> engagementItems;

  private ReportRelease(OrgStructure org, Release release, ImmutableList<String> engagementItems) {
    this.org = org;
    this.release = release;
    this.engagementItems = engagementItems;
  }

  /** Returns the organisation the release is broken down by. */
  OrgStructure org() {
    return org;
  }

  /** Returns the release. */
  Release release() {
    return release;
  }

  /** Returns the engagement items whose unit means the release carries, in export order. */
  ImmutableList<String> engagementItems() {
    return engagementItems;
  }

  /** Returns the root unit's id: the whole company. */
  UnitId root() {
    return org.root().id();
  }

  /** Returns the team level: the deepest level of the organisation. */
  int teamLevel() {
    return org.levels().size() - 1;
  }

  /** Returns the shown count of the whole company cut by {@code categories}, if shown. */
  Optional<Long> count(Map<String, String> categories) {
    return release.count(root(), categories);
  }

  /** Returns the shown count of {@code unit} cut by {@code categories}, if shown. */
  Optional<Long> count(UnitId unit, Map<String, String> categories) {
    return release.count(unit, categories);
  }

  /** Returns {@code part / whole} of the whole company, when both counts are shown. */
  Optional<Double> share(Map<String, String> part, Map<String, String> whole) {
    return release.share(root(), part, whole);
  }

  // ---- the organisation

  /**
   * Returns the organisation of {@code unitIds} (teams, in any order, repeats allowed): each id's parent
   * is the id up to its last {@code '-'}, up to the company. Levels are named company, division,
   * department, team (deeper levels "level n").
   */
  static OrgStructure org(List<String> unitIds) {
    SortedSet<String> all = new TreeSet<>();
    int depth = 1;
    for (String id : unitIds) {
      String unit = id;
      int d = 1;
      all.add(unit);
      while (unit.lastIndexOf('-') > 0) {
        unit = unit.substring(0, unit.lastIndexOf('-'));
        all.add(unit);
        d++;
      }
      depth = Math.max(depth, d);
    }
    List<LocalizedText> names = List.of(LocalizedText.of("全社", "Company"), LocalizedText.of("事業部", "Division"),
        LocalizedText.of("部", "Department"), LocalizedText.of("チーム", "Team"));
    OrgStructure.Builder b = OrgStructure.builder();
    for (int level = 0; level <= depth; level++) {
      b.level(level < names.size() ? names.get(level)
          : LocalizedText.of("第" + level + "階層", "Level " + level));
    }
    b.root(UnitId.of(ROOT), LocalizedText.of("全社", "The company"));
    for (String id : all) {
      int cut = id.lastIndexOf('-');
      String parent = cut > 0 ? id.substring(0, cut) : ROOT;
      b.unit(UnitId.of(id), UnitId.of(parent), LocalizedText.of(id, id));
    }
    return b.build();
  }

  /** Returns the team of a person's unit cell: the cell as given, or {@value #UNASSIGNED}. */
  static String team(Optional<String> unit) {
    return unit.orElse(UNASSIGNED);
  }

  // ---- the dimensions

  private static LocalizedText text(String ja, String en) {
    return LocalizedText.of(ja, en);
  }

  /** A yes/no dimension, with a "not given" category when someone has no value. */
  private static Dimension outcome(String id, LocalizedText label, Category yes, Category no, boolean anyMissing) {
    List<Category> categories = new ArrayList<>(List.of(yes, no));
    if (anyMissing) {
      categories.add(Category.of(NOT_GIVEN, text("回答なし", "Not given")));
    }
    return new Dimension(id, label, categories);
  }

  /** Returns the age band of {@code age}: "20s" … "60s", or "other". */
  static String ageBand(Optional<Integer> age) {
    if (age.isEmpty() || age.get() < 20 || age.get() >= 70) {
      return "other";
    }
    return AGE_BANDS.get(age.get() / 10 - 2);
  }

  /** Returns the dimensions of the people, given whether anyone lacks each optional column. */
  private static ImmutableList<Dimension> dimensions(
      Catalog catalog, boolean ratingMissing, boolean satisfactionMissing, boolean usageMissing) {
    List<Category> ages = new ArrayList<>();
    AGE_BANDS.forEach(b -> ages.add(Category.of(b, text(b.replace("s", "代"), b))));
    ages.add(Category.of("other", text("その他・不明", "Other or not given")));
    List<Category> measures = new ArrayList<>();
    catalog.measures().forEach(m -> measures.add(Category.of(m.id().value(), m.name())));
    measures.add(Category.of("none", text("提示なし", "None recommended")));
    return ImmutableList.of(
        Dimensions.phase(),
        Dimensions.immobileLayer(),
        Dimensions.generation(),
        Dimension.of(BORDERLINE, text("境界付近", "Borderline"),
            Category.of("borderline", text("境界付近", "Borderline")),
            Category.of("clear", text("境界から離れている", "Clear of the cut points"))),
        outcome(RATING, text("評価", "Performance rating"),
            Category.of("top", text("S/AAA/AA", "S/AAA/AA")), Category.of("other", text("A/B/C", "A/B/C")),
            ratingMissing),
        outcome(SATISFIED, text("キャリア満足", "Career satisfaction"),
            Category.of("satisfied", text("満足（4・5）", "Satisfied (4 or 5)")),
            Category.of("not-satisfied", text("それ以外（1〜3）", "Not satisfied (1 to 3)")), satisfactionMissing),
        outcome(USED, text("C/O施策の利用", "C/O measures used"),
            Category.of("used", text("利用あり", "Used one or more")), Category.of("not-used", text("利用なし", "Used none")),
            usageMissing),
        new Dimension(AGE_BAND, text("年齢帯", "Age band"), ages),
        Dimension.of(EMBODIMENT, text("人材体現度", "Embodiment level"),
            Category.of("H", text("H", "H")), Category.of("M", text("M", "M")), Category.of("L", text("L", "L")),
            Category.of(NOT_GIVEN, text("回答なし", "Not given"))),
        new Dimension(FIRST, text("最上位に推奨された施策", "Measure recommended first"), measures));
  }

  /** Returns the plan: every table the report publishes, under the standard rule (k = p = 5). */
  static ReleasePlan plan(List<String> engagementItems) {
    return ReleasePlan.of(ProtectionRule.standard(),
        TableSpec.byOrg(PHASE_MIX, text("部署別のフェーズ構成", "Phase mix by org unit"), "phase")
            .withMeans(engagementItems.toArray(String[]::new)),
        TableSpec.byOrg(GENERATION_MIX, text("部署別の年代構成", "Generation mix by org unit"), "generation"),
        TableSpec.overall(PHASE_BY_GENERATION, text("年代別のフェーズ構成", "Phase mix by generation"),
            "generation", "phase"),
        TableSpec.byOrg(IMMOBILE_LAYER, text("部署別の不動層", "The immobile layer by org unit"), "immobile-layer"),
        TableSpec.overall(USAGE_BY_GROUP, text("フェーズ × 施策利用 × 不動層", "Phase × measures used × immobile layer"),
            "phase", USED, "immobile-layer"),
        TableSpec.overall(MEASURES_USED, text("フェーズ別のC/O施策の利用", "C/O measures used, by phase"), "phase", USED),
        TableSpec.overall(TOP_RATING, text("フェーズ別の上位評価", "Top rating, by phase"), "phase", RATING),
        TableSpec.overall(SATISFACTION, text("フェーズ別のキャリア満足", "Career satisfaction, by phase"), "phase", SATISFIED),
        TableSpec.overall(UTILISATION, text("年代別の人材体現度 × 人材活用基盤スコア",
            "Utilisation score by age band and embodiment level"), AGE_BAND, EMBODIMENT).withMeans(UTILISATION_SCORE),
        TableSpec.overall(AGES, text("年代 × 年齢帯", "Generation × age band"), "generation", AGE_BAND),
        TableSpec.overall(BORDERLINE_BY_PHASE, text("フェーズ別の境界付近", "Borderline, by phase"), "phase", BORDERLINE),
        TableSpec.overall(FIRST_MEASURE, text("最上位に推奨された施策", "Measures recommended first"), FIRST));
  }

  /**
   * The people a release counts, never published: the population (one row per person counted), the
   * engagement items whose means the release may show, and per person given the outcome of counting them
   * (their row in the population, or why the organisation cannot count them).
   */
  record People(Population population, ImmutableList<String> engagementItems, ImmutableList<Outcome<Long>> counted) {}

  /**
   * Returns the people to count: {@code people} in order, with the organisation derived from {@code
   * unitIds}. A person whose unit has units under it cannot be counted in it: their outcome is failed,
   * naming the unit, and they are left out of the population.
   *
   * @param people the people who came through scoring, classification, segmentation and matching
   * @param unitIds every unit id of the export ({@link #team}), to derive the organisation from
   */
  static People people(List<DiagnosticSummary.Person> people, List<String> unitIds, Catalog catalog) {
    requireNonNull(people, "people");
    OrgStructure org = org(unitIds);
    boolean ratingMissing = people.stream().anyMatch(p -> p.row().rating().isEmpty());
    boolean satisfactionMissing = people.stream().anyMatch(p -> p.row().satisfaction().isEmpty());
    boolean usageMissing = people.stream().anyMatch(p -> p.row().measuresUsed().isEmpty());
    ImmutableList<Dimension> dimensions = dimensions(catalog, ratingMissing, satisfactionMissing, usageMissing);
    Population.Builder builder = Population.builder(org, dimensions);
    List<Outcome<Long>> added = new ArrayList<>();
    List<DiagnosticSummary.Person> counted = new ArrayList<>();
    for (DiagnosticSummary.Person p : people) {
      Outcome<Long> row = builder.add(UnitId.of(team(p.unit())), categories(p, dimensions));
      added.add(row);
      if (row.succeeded()) {
        counted.add(p);
      }
    }
    ImmutableList<String> items = engagementItems(counted);
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (String item : items) {
      columns.put(item, counted.stream().mapToDouble(p -> {
        Integer v = p.row().engagement().get(item);
        return v == null ? Double.NaN : v;
      }).toArray());
    }
    columns.put(UTILISATION_SCORE, counted.stream()
        .mapToDouble(p -> p.row().utilisation().map(Integer::doubleValue).orElse(Double.NaN)).toArray());
    return new People(builder.build().withItems(columns), items, ImmutableList.copyOf(added));
  }

  /** Returns the report's release of {@code people}: {@link #plan} over their population. */
  static ReportRelease of(People people) {
    Release release = Releases.build(people.population(), plan(people.engagementItems()));
    return new ReportRelease(people.population().org(), release, people.engagementItems());
  }

  /** Returns the engagement items anyone answered: the guide's seven first, then others, by name. */
  private static ImmutableList<String> engagementItems(List<DiagnosticSummary.Person> people) {
    SortedSet<String> names = new TreeSet<>();
    people.forEach(p -> names.addAll(p.row().engagement().keySet()));
    List<String> ordered = new ArrayList<>();
    SyntheticCompany.ENGAGEMENT_ITEMS.stream().filter(names::contains).forEach(ordered::add);
    names.stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
    return ImmutableList.copyOf(ordered);
  }

  /** Returns the person's category of every dimension, in dimension order. */
  private static List<String> categories(DiagnosticSummary.Person p, List<Dimension> dimensions) {
    ResponseTable.Row row = p.row();
    Map<String, String> byDimension = new LinkedHashMap<>();
    byDimension.put("phase", Dimensions.categoryId(p.classification().phase()));
    byDimension.put("immobile-layer",
        Dimensions.immobileLayer().categories().get(Dimensions.code(p.segmentation())).id());
    byDimension.put("generation", p.generation().map(Dimensions::categoryId)
        .orElse(Dimensions.generation().categories().get(Dimensions.ageNotGiven()).id()));
    byDimension.put(BORDERLINE, p.classification().borderline() ? "borderline" : "clear");
    byDimension.put(RATING, row.topRating().map(top -> top ? "top" : "other").orElse(NOT_GIVEN));
    byDimension.put(SATISFIED, row.satisfied().map(s -> s ? "satisfied" : "not-satisfied").orElse(NOT_GIVEN));
    byDimension.put(USED, row.measuresUsed().map(n -> n > 0 ? "used" : "not-used").orElse(NOT_GIVEN));
    byDimension.put(AGE_BAND, ageBand(row.age()));
    byDimension.put(EMBODIMENT, row.embodiment().orElse(NOT_GIVEN));
    byDimension.put(FIRST, p.match().flatMap(m -> m.recommendations().stream().findFirst())
        .map(r -> r.measure().value()).orElse("none"));
    return dimensions.stream().map(d -> byDimension.get(d.id())).toList();
  }

  // ---- reading

  /** Returns the category ids of dimension {@code id}. */
  ImmutableList<Category> categories(String id) {
    return release.dimensions().stream().filter(d -> d.id().equals(id)).findFirst()
        .map(d -> ImmutableList.copyOf(d.categories()))
        .orElseThrow(() -> new IllegalArgumentException("no dimension '" + id + "'"));
  }

  /** Returns the label of category {@code category} of dimension {@code id}. */
  String label(String id, String category, Language language) {
    return categories(id).stream().filter(c -> c.id().equals(category)).findFirst().orElseThrow().label().text(language);
  }

  /**
   * Returns the whole company's summary for the roadmap planner, from the release's counts: the share of
   * each phase, immobile group and generation (people without an age count as mid-career, the planner's
   * default). Where the release withholds some counts of one breakdown, they split what its shown counts
   * leave of the total equally, so the plan uses nothing the release does not publish. Empty when the
   * release withholds the company's total (it may, for a very small company) or counts nobody.
   */
  Optional<PopulationSummary> populationSummary() {
    Optional<Long> counted = count(Map.of());
    if (counted.isEmpty() || counted.get() == 0) {
      return Optional.empty();
    }
    long total = counted.get();
    Map<Phase, Optional<Long>> phases = new EnumMap<>(Phase.class);
    for (Phase p : Phase.values()) {
      phases.put(p, count(Map.of("phase", Dimensions.categoryId(p))));
    }
    // The immobile layer's breakdown includes "mobile", which the summary leaves out.
    Map<String, Optional<Long>> layer = new LinkedHashMap<>();
    for (Category c : Dimensions.immobileLayer().categories()) {
      layer.put(c.id(), count(Map.of("immobile-layer", c.id())));
    }
    Map<String, Double> layerShares = shares(layer, total);
    Map<ImmobileGroup, Double> groups = new EnumMap<>(ImmobileGroup.class);
    for (ImmobileGroup g : ImmobileGroup.values()) {
      groups.put(g, layerShares.get(Dimensions.categoryId(g)));
    }
    Map<String, Optional<Long>> generation = new LinkedHashMap<>();
    for (Category c : Dimensions.generation().categories()) {
      generation.put(c.id(), count(Map.of("generation", c.id())));
    }
    Map<String, Double> generationShares = shares(generation, total);
    Map<Generation, Double> generations = new EnumMap<>(Generation.class);
    for (Generation g : Generation.values()) {
      generations.put(g, generationShares.get(Dimensions.categoryId(g)));
    }
    String noAge = Dimensions.generation().categories().get(Dimensions.ageNotGiven()).id();
    generations.merge(Generation.MID_CAREER, generationShares.get(noAge), Double::sum);
    Map<Phase, Double> phaseShares = new EnumMap<>(Phase.class);
    shares(phases, total).forEach(phaseShares::put);
    return Optional.of(new PopulationSummary(phaseShares, groups, generations));
  }

  /**
   * Returns each key's share of {@code total}, for one breakdown of it; withheld counts split what the
   * shown ones leave over equally.
   */
  private static <K> Map<K, Double> shares(Map<K, Optional<Long>> counts, long total) {
    long shown = counts.values().stream().flatMap(Optional::stream).mapToLong(Long::longValue).sum();
    long hidden = counts.values().stream().filter(Optional::isEmpty).count();
    Map<K, Double> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k, v.map(n -> (double) n / total)
        .orElseGet(() -> (double) (total - shown) / hidden / total)));
    return out;
  }

  /** Returns a unit's label as people read it: "the company" for the root, else its id. */
  String unitName(UnitId unit, Language language) {
    return org.unit(unit).orElseThrow().label().text(language);
  }

  @Override
  public String toString() {
    return "ReportRelease{" + org + ", " + release + "}";
  }
}
