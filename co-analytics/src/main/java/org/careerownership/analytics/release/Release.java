package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.UnitId;

/**
 * An immutable release: everything published together — its tables' cells, each shown or suppressed,
 * and the additive relations between them — built from the people's rows by {@link Releases#build}.
 * Thread-safe. Its JSON holds everything an auditor needs (the organisation, the dimensions' labels,
 * every cell as a count or suppressed, every relation), so a host's security team can audit a report
 * without the library; {@link Releases#audit} does it with the library.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Release release = Releases.build(population, plan);
 * release.count(UnitId.of("D1"), Map.of("phase", "future-creation")); // Optional[42] or empty
 * Releases.audit(release).safe();                                      // true
 * }</pre>
 *
 * <h2>Guarantee</h2>
 *
 * <p>No count of 1 to {@code k - 1} is shown, and for every suppressed cell, the least and greatest
 * count that agree with every shown count, every relation, non-negativity and "suppressed means not
 * zero" — by linear programming, rounded inward — are at least {@code p} apart, unless the least is
 * already {@code k} or more. An item mean is shown only for a cell whose count is shown and where at
 * least {@code k} people answered; and for every relation whose total shows a mean, the people of the
 * total outside the parts that show one are none or at least {@code k} (so differencing shown means
 * describes no group of 1 to {@code k - 1}). Not covered: an attacker who solves integer programs
 * beyond the linear bounds, outside knowledge of the people, numbers published outside releases, and
 * differencing of means across more than one relation at a time (the linear-programming guarantee is
 * for counts).
 *
 * @since 0.1
 */
public final class Release {
  private final ProtectionRule rule;
  private final OrgStructure org;
  private final ImmutableList<Dimension> dimensions;
  private final ImmutableList<ReleaseTable> tables;
  private final ImmutableList<ReleaseCell> cells;
  private final ImmutableList<Relation> relations;
  private final ImmutableList<ReleaseMean> means;
  private final ImmutableMap<String, ReleaseTable> tableById;
  private final Map<Integer, Map<String, ReleaseMean>> meansByCell = new HashMap<>();
  private final Map<CellAddress, ReleaseCell> byAddress;

  private record CellAddress(UnitId unit, Map<String, String> categories) {}

  /**
   * Creates a release from its parts, as read from JSON.
   *
   * @throws IllegalArgumentException if a cell's id is not its position, a cell or relation names what
   *     does not exist, two cells share an address, or the shown counts contradict a relation
   */
  @JsonCreator
  public Release(
      @JsonProperty("rule") ProtectionRule rule,
      @JsonProperty("org") OrgStructure org,
      @JsonProperty("dimensions") List<Dimension> dimensions,
      @JsonProperty("tables") List<ReleaseTable> tables,
      @JsonProperty("cells") List<ReleaseCell> cells,
      @JsonProperty("relations") List<Relation> relations,
      @JsonProperty("means") List<ReleaseMean> means) {
    this.rule = requireNonNull(rule, "rule");
    this.org = requireNonNull(org, "org");
    this.dimensions = ImmutableList.copyOf(requireNonNull(dimensions, "dimensions"));
    this.tables = ImmutableList.copyOf(requireNonNull(tables, "tables"));
    this.cells = ImmutableList.copyOf(requireNonNull(cells, "cells"));
    this.relations = ImmutableList.copyOf(requireNonNull(relations, "relations"));
    this.means = ImmutableList.copyOf(requireNonNull(means, "means"));
    for (ReleaseMean m : this.means) {
      checkArgument(m.cell() < this.cells.size(), "a mean names cell %s of %s", m.cell(), this.cells.size());
      checkArgument(m.mean().isEmpty() || !this.cells.get(m.cell()).suppressed(),
          "cell %s is suppressed but shows a mean of '%s'", m.cell(), m.item());
      checkArgument(meansByCell.computeIfAbsent(m.cell(), c -> new HashMap<>()).put(m.item(), m) == null,
          "cell %s has two means of '%s'", m.cell(), m.item());
    }
    Map<String, Dimension> dims = new HashMap<>();
    for (Dimension d : this.dimensions) {
      checkArgument(dims.put(d.id(), d) == null, "dimension '%s' is listed twice", d.id());
    }
    Map<CellAddress, ReleaseCell> addresses = new HashMap<>();
    for (int i = 0; i < this.cells.size(); i++) {
      ReleaseCell c = this.cells.get(i);
      checkArgument(c.id() == i, "cell %s has id %s; ids are positions", i, c.id());
      checkArgument(org.index(c.unit()) >= 0, "cell %s names unit '%s', which is not in the organisation", i, c.unit());
      c.categories().forEach((d, v) -> {
        Dimension dim = dims.get(d);
        checkArgument(dim != null, "cell %s names dimension '%s', which the release does not have", c.id(), d);
        checkArgument(dim.indexOf(v) >= 0, "cell %s names category '%s' of '%s', which it does not have", c.id(), v, d);
      });
      checkArgument(addresses.put(new CellAddress(c.unit(), c.categories()), c) == null,
          "cells share the address of cell %s", i);
    }
    this.byAddress = addresses;
    ImmutableMap.Builder<String, ReleaseTable> byId = ImmutableMap.builder();
    for (ReleaseTable t : this.tables) {
      t.cells().forEach(c -> checkArgument(c >= 0 && c < this.cells.size(), "table '%s' names cell %s of %s",
          t.spec().id(), c, this.cells.size()));
      byId.put(t.spec().id(), t);
    }
    this.tableById = byId.buildOrThrow();
    for (Relation r : this.relations) {
      checkArgument(r.total() < this.cells.size(), "a relation names cell %s of %s", r.total(), this.cells.size());
      long shownParts = 0;
      long hiddenParts = 0;
      for (int p : r.parts()) {
        checkArgument(p < this.cells.size(), "a relation names cell %s of %s", p, this.cells.size());
        Optional<Long> count = this.cells.get(p).count();
        if (count.isPresent()) {
          shownParts += count.get();
        } else {
          hiddenParts++;
        }
      }
      Optional<Long> total = this.cells.get(r.total()).count();
      if (total.isPresent()) {
        checkArgument(hiddenParts == 0 ? total.get() == shownParts : total.get() >= shownParts + hiddenParts,
            "cell %s (%s) cannot be the sum of cells %s", r.total(), total.get(), r.parts());
      }
    }
  }

  /** Returns the confidentiality rule the release was built under. */
  @JsonProperty("rule")
  public ProtectionRule rule() {
    return rule;
  }

  /** Returns the organisation the release is broken down by. */
  @JsonProperty("org")
  public OrgStructure org() {
    return org;
  }

  /** Returns the dimensions, with their categories' labels. */
  @JsonProperty("dimensions")
  public ImmutableList<Dimension> dimensions() {
    return dimensions;
  }

  /** Returns the tables, in plan order. */
  @JsonProperty("tables")
  public ImmutableList<ReleaseTable> tables() {
    return tables;
  }

  /** Returns every cell, by id. */
  @JsonProperty("cells")
  public ImmutableList<ReleaseCell> cells() {
    return cells;
  }

  /** Returns the additive relations between cells. */
  @JsonProperty("relations")
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /** Returns the item means, shown or withheld, of the tables that show means. */
  @JsonProperty("means")
  public ImmutableList<ReleaseMean> means() {
    return means;
  }

  /**
   * Returns the shown mean of {@code item} over the people of {@code unit} cut by {@code categories},
   * if the release shows it.
   */
  public Optional<Double> mean(UnitId unit, Map<String, String> categories, String item) {
    requireNonNull(item, "item");
    return cell(unit, categories)
        .map(c -> meansByCell.getOrDefault(c.id(), Map.of()).get(item))
        .flatMap(ReleaseMean::mean);
  }

  /**
   * Returns the table {@code id}.
   *
   * @throws IllegalArgumentException if the release has no such table
   */
  public ReleaseTable table(String id) {
    ReleaseTable t = tableById.get(requireNonNull(id, "id"));
    checkArgument(t != null, "no table '%s'; tables are %s", id, tableById.keySet());
    return t;
  }

  /**
   * Returns the cell of {@code unit} cut by {@code categories} (dimension id → category id; dimensions
   * not named are "all"), if the release has it.
   */
  public Optional<ReleaseCell> cell(UnitId unit, Map<String, String> categories) {
    return Optional.ofNullable(byAddress.get(new CellAddress(requireNonNull(unit, "unit"),
        ImmutableMap.copyOf(requireNonNull(categories, "categories")))));
  }

  /** Returns the shown count of the cell of {@code unit} cut by {@code categories}, if any. */
  public Optional<Long> count(UnitId unit, Map<String, String> categories) {
    return cell(unit, categories).flatMap(ReleaseCell::count);
  }

  /**
   * Returns {@code part / whole} when both cells exist, both counts are shown and the whole is
   * positive; in [0, 1]. A share is never shown where its count is not.
   */
  public Optional<Double> share(UnitId unit, Map<String, String> part, Map<String, String> whole) {
    Optional<Long> p = count(unit, part);
    Optional<Long> w = count(unit, whole);
    return p.isPresent() && w.isPresent() && w.get() > 0 ? Optional.of((double) p.get() / w.get()) : Optional.empty();
  }

  /** Returns how many cells are suppressed. */
  public long suppressedCells() {
    return cells.stream().filter(ReleaseCell::suppressed).count();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Release r && rule.equals(r.rule) && org.equals(r.org) && dimensions.equals(r.dimensions)
        && tables.equals(r.tables) && cells.equals(r.cells) && relations.equals(r.relations) && means.equals(r.means);
  }

  @Override
  public int hashCode() {
    return cells.hashCode();
  }

  @Override
  public String toString() {
    return "Release{" + tables.size() + " tables, " + cells.size() + " cells (" + suppressedCells()
        + " suppressed), " + relations.size() + " relations}";
  }
}
