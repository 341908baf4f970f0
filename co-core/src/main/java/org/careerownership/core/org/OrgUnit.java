package org.careerownership.core.org;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.careerownership.core.LocalizedText;

/**
 * An immutable org unit of an {@link OrgStructure}: its id, the unit it belongs to (none for the root)
 * and its ja/en label.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * OrgUnit team = OrgUnit.of(UnitId.of("D1-1"), UnitId.of("D1"), LocalizedText.of("営業1課", "Sales 1"));
 * }</pre>
 *
 * @param id the unit's id
 * @param parent the unit it belongs to; empty for the root
 * @param label the unit's name as people read it
 * @since 0.1
 */
public record OrgUnit(
    @JsonProperty("id") UnitId id,
    @JsonProperty("parent") Optional<UnitId> parent,
    @JsonProperty("label") LocalizedText label) {

  /**
   * Creates a unit.
   *
   * @throws IllegalArgumentException if the unit is its own parent
   */
  @JsonCreator
  public OrgUnit {
    requireNonNull(id, "id");
    requireNonNull(parent, "parent");
    requireNonNull(label, "label");
    checkArgument(parent.map(p -> !p.equals(id)).orElse(true), "unit '%s' cannot belong to itself", id);
  }

  /** Returns a unit that belongs to {@code parent}. */
  public static OrgUnit of(UnitId id, UnitId parent, LocalizedText label) {
    return new OrgUnit(id, Optional.of(parent), label);
  }

  /** Returns a root unit (the whole organisation). */
  public static OrgUnit root(UnitId id, LocalizedText label) {
    return new OrgUnit(id, Optional.empty(), label);
  }
}
