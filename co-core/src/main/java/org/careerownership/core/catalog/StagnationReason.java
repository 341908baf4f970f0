package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.generation.Generation;

/**
 * An immutable stagnation reason (停滞理由) of one generation, with its four-step support path.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * StagnationReason reason = Catalogs.bundled().reason(ReasonId.of("mid-career.fear-of-changing")).orElseThrow();
 * SupportCell first = reason.cell(SupportStep.KNOW);
 * }</pre>
 *
 * @param id the reason's stable id
 * @param generation the generation whose table lists it
 * @param name the reason as the guide words it
 * @param cells exactly four cells, one per {@link SupportStep}, in step order
 * @since 0.1
 */
public record StagnationReason(
    @JsonProperty("id") ReasonId id,
    @JsonProperty("generation") Generation generation,
    @JsonProperty("name") LocalizedText name,
    @JsonProperty("cells") List<SupportCell> cells) {

  /**
   * Creates a stagnation reason.
   *
   * @throws IllegalArgumentException unless there is exactly one cell per step, in step order
   */
  @JsonCreator
  public StagnationReason {
    requireNonNull(id, "id");
    requireNonNull(generation, "generation");
    requireNonNull(name, "name");
    requireNonNull(cells, "cells");
    cells = ImmutableList.copyOf(cells);
    checkArgument(cells.size() == SupportStep.values().length,
        "reason '%s' needs one cell per support step, had %s", id, cells.size());
    for (int i = 0; i < cells.size(); i++) {
      checkArgument(
          cells.get(i).step().ordinal() == i,
          "reason '%s' has its cells out of step order: %s at position %s",
          id,
          cells.get(i).step(),
          i);
    }
  }

  /** Returns the cell of {@code step}. */
  public SupportCell cell(SupportStep step) {
    return cells.get(step.ordinal());
  }
}
