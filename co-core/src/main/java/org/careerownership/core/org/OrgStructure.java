package org.careerownership.core.org;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.LocalizedText;

/**
 * An immutable organisation structure: units in levels under one root (the whole organisation), each
 * level named in ja and en (company → division → department → team …). People belong to units; every
 * group-level release and every survey wave is broken down along this tree. Thread-safe.
 *
 * <p>A unit's level is its depth: the root is level 0. Units are kept in depth-first order, children in
 * the order given; {@link #index(UnitId)} numbers them in that order.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * OrgStructure org = OrgStructure.builder()
 *     .level(LocalizedText.of("全社", "Company"))
 *     .level(LocalizedText.of("部", "Department"))
 *     .root(UnitId.of("ACME"), LocalizedText.of("全社", "ACME"))
 *     .unit(UnitId.of("D1"), UnitId.of("ACME"), LocalizedText.of("営業部", "Sales"))
 *     .build();
 * org.children(UnitId.of("ACME")); // [D1]
 * }</pre>
 *
 * @since 0.1
 */
public final class OrgStructure {
  private final ImmutableList<LocalizedText> levels;
  private final ImmutableList<OrgUnit> units;
  private final ImmutableMap<UnitId, Integer> indexOf;
  private final int[] parentOf;
  private final int[] depthOf;
  private final ImmutableList<ImmutableList<Integer>> childrenOf;

  /**
   * Creates a structure from its level names (index = depth) and its units in any order.
   *
   * @throws IllegalArgumentException if there is not exactly one root, an id repeats, a parent is
   *     unknown, the units form a cycle, or a unit is deeper than the levels named
   */
  @JsonCreator
  public OrgStructure(
      @JsonProperty("levels") List<LocalizedText> levels, @JsonProperty("units") List<OrgUnit> units) {
    ImmutableList<LocalizedText> levelList = ImmutableList.copyOf(requireNonNull(levels, "levels"));
    requireNonNull(units, "units");
    checkArgument(!levelList.isEmpty(), "an organisation needs at least one level (the root's)");
    Map<UnitId, OrgUnit> byId = new HashMap<>();
    Map<UnitId, List<OrgUnit>> children = new HashMap<>();
    OrgUnit root = null;
    for (OrgUnit unit : units) {
      requireNonNull(unit, "units[]");
      checkArgument(byId.put(unit.id(), unit) == null, "unit '%s' is listed twice", unit.id());
      if (unit.parent().isEmpty()) {
        checkArgument(root == null, "an organisation has one root; '%s' and '%s' both have no parent",
            root == null ? "" : root.id(), unit.id());
        root = unit;
      } else {
        children.computeIfAbsent(unit.parent().get(), p -> new ArrayList<>()).add(unit);
      }
    }
    checkArgument(root != null, "an organisation needs a root unit (one without a parent)");
    for (OrgUnit unit : units) {
      unit.parent().ifPresent(p -> checkArgument(byId.containsKey(p),
          "unit '%s' belongs to '%s', which is not a unit", unit.id(), p));
    }
    List<OrgUnit> ordered = new ArrayList<>(units.size());
    List<Integer> parents = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    visit(root, -1, 0, children, ordered, parents, depths, levelList.size());
    checkArgument(ordered.size() == units.size(),
        "%s of %s units cannot be reached from the root '%s' (their parents form a cycle)",
        units.size() - ordered.size(), units.size(), root.id());
    this.levels = levelList;
    this.units = ImmutableList.copyOf(ordered);
    ImmutableMap.Builder<UnitId, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < ordered.size(); i++) {
      index.put(ordered.get(i).id(), i);
    }
    this.indexOf = index.buildOrThrow();
    this.parentOf = parents.stream().mapToInt(Integer::intValue).toArray();
    this.depthOf = depths.stream().mapToInt(Integer::intValue).toArray();
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      kids.add(new ArrayList<>());
    }
    for (int i = 1; i < ordered.size(); i++) {
      kids.get(parentOf[i]).add(i);
    }
    this.childrenOf = kids.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  private static void visit(OrgUnit unit, int parent, int depth, Map<UnitId, List<OrgUnit>> children,
      List<OrgUnit> ordered, List<Integer> parents, List<Integer> depths, int levels) {
    checkArgument(depth < levels, "unit '%s' is at level %s, but only %s levels are named",
        unit.id(), depth, levels);
    int me = ordered.size();
    ordered.add(unit);
    parents.add(parent);
    depths.add(depth);
    for (OrgUnit child : children.getOrDefault(unit.id(), List.of())) {
      visit(child, me, depth + 1, children, ordered, parents, depths, levels);
    }
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the level names, the root's first. */
  @JsonProperty("levels")
  public ImmutableList<LocalizedText> levels() {
    return levels;
  }

  /** Returns the units in depth-first order, the root first. */
  @JsonProperty("units")
  public ImmutableList<OrgUnit> units() {
    return units;
  }

  /** Returns the root unit: the whole organisation. */
  public OrgUnit root() {
    return units.get(0);
  }

  /** Returns the unit {@code id}, if it is one. */
  public Optional<OrgUnit> unit(UnitId id) {
    Integer i = indexOf.get(requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(units.get(i));
  }

  /** Returns the position of {@code id} in {@link #units()}, or -1 if it is not a unit. */
  public int index(UnitId id) {
    Integer i = indexOf.get(requireNonNull(id, "id"));
    return i == null ? -1 : i;
  }

  /** Returns the number of units. */
  public int size() {
    return units.size();
  }

  /** Returns the index of unit {@code index}'s parent, or -1 for the root. */
  public int parentIndex(int index) {
    return parentOf[index];
  }

  /** Returns the level (depth) of unit {@code index}; the root's is 0. */
  public int levelIndex(int index) {
    return depthOf[index];
  }

  /** Returns the indexes of unit {@code index}'s children, in order. */
  public ImmutableList<Integer> childIndexes(int index) {
    return childrenOf.get(index);
  }

  /**
   * Returns the units directly under {@code id}, in order.
   *
   * @throws IllegalArgumentException if {@code id} is not a unit
   */
  public ImmutableList<OrgUnit> children(UnitId id) {
    int i = index(id);
    checkArgument(i >= 0, "'%s' is not a unit", id);
    return childrenOf.get(i).stream().map(units::get).collect(ImmutableList.toImmutableList());
  }

  /** Returns whether unit {@code index} has no units under it. */
  public boolean isLeaf(int index) {
    return childrenOf.get(index).isEmpty();
  }

  /** Returns the name of level {@code level}. */
  public LocalizedText level(int level) {
    return levels.get(level);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrgStructure other && levels.equals(other.levels) && units.equals(other.units);
  }

  @Override
  public int hashCode() {
    return levels.hashCode() * 31 + units.hashCode();
  }

  @Override
  public String toString() {
    return "OrgStructure{" + units.size() + " units in " + levels.size() + " levels, root "
        + root().id() + "}";
  }

  /**
   * A builder of an {@link OrgStructure}; not thread-safe.
   *
   * <h2>Example</h2>
   *
   * <pre>{@code
   * OrgStructure org = OrgStructure.builder()
   *     .level(LocalizedText.of("全社", "Company"))
   *     .root(UnitId.of("ACME"), LocalizedText.of("全社", "ACME"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final List<LocalizedText> levels = new ArrayList<>();
    private final List<OrgUnit> units = new ArrayList<>();

    private Builder() {}

    /** Adds the name of the next level down (the root's first). */
    public Builder level(LocalizedText name) {
      levels.add(requireNonNull(name, "name"));
      return this;
    }

    /** Adds the root unit: the whole organisation. */
    public Builder root(UnitId id, LocalizedText label) {
      units.add(OrgUnit.root(id, label));
      return this;
    }

    /** Adds a unit that belongs to {@code parent}. */
    public Builder unit(UnitId id, UnitId parent, LocalizedText label) {
      units.add(OrgUnit.of(id, parent, label));
      return this;
    }

    /**
     * Returns the structure.
     *
     * @throws IllegalArgumentException as {@link OrgStructure#OrgStructure(List, List)} does
     */
    public OrgStructure build() {
      return new OrgStructure(levels, units);
    }
  }

}
