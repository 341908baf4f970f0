package org.careerownership.analytics.release;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An immutable published table of a {@link Release}: what was asked for ({@link TableSpec}) and the ids
 * of its cells in {@link Release#cells()} — every unit (when broken down by org) × every category or
 * "all" of each dimension. Cells shared with other tables (a unit's total, say) are the same cell.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ReleaseTable mix = release.table("phase-mix");
 * mix.cells().stream().map(release.cells()::get).forEach(System.out::println);
 * }</pre>
 *
 * @param spec the request
 * @param cells the ids of the table's cells
 * @since 0.1
 */
public record ReleaseTable(@JsonProperty("spec") TableSpec spec, @JsonProperty("cells") List<Integer> cells) {

  /** Creates a table. */
  @JsonCreator
  public ReleaseTable {
    requireNonNull(spec, "spec");
    cells = ImmutableList.copyOf(requireNonNull(cells, "cells"));
  }
}
