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
 * An immutable part of the guide for one generation: its approach, and its table of four stagnation
 * reasons × four support steps, with the manager-led career 1on1 that runs alongside every path.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * GenerationGuide mid = Catalogs.bundled().generation(Generation.MID_CAREER);
 * mid.reasons().forEach(r -> System.out.println(r.name().text(Language.JA)));
 * }</pre>
 *
 * @param generation the generation
 * @param title the approach's title, e.g. 【30代後半～40代向け】社外と接し行動変容を促す
 * @param approach the approach in a sentence
 * @param tableTitle the title of the generation's table of measures
 * @param tableIntroduction the table's introduction, without its worked example
 * @param reasons exactly four stagnation reasons of this generation
 * @param alongside measures that run alongside every path (上司によるキャリア1on1)
 * @since 0.1
 */
public record GenerationGuide(
    @JsonProperty("generation") Generation generation,
    @JsonProperty("title") LocalizedText title,
    @JsonProperty("approach") LocalizedText approach,
    @JsonProperty("tableTitle") LocalizedText tableTitle,
    @JsonProperty("tableIntroduction") LocalizedText tableIntroduction,
    @JsonProperty("reasons") List<StagnationReason> reasons,
    @JsonProperty("alongside") List<MeasureId> alongside) {

  /**
   * Creates a generation guide.
   *
   * @throws IllegalArgumentException unless there are exactly four reasons, all of this generation
   */
  @JsonCreator
  public GenerationGuide {
    requireNonNull(generation, "generation");
    requireNonNull(title, "title");
    requireNonNull(approach, "approach");
    requireNonNull(tableTitle, "tableTitle");
    requireNonNull(tableIntroduction, "tableIntroduction");
    requireNonNull(reasons, "reasons");
    reasons = ImmutableList.copyOf(reasons);
    checkArgument(reasons.size() == 4,
        "generation %s needs exactly four stagnation reasons, had %s", generation, reasons.size());
    for (StagnationReason reason : reasons) {
      checkArgument(reason.generation() == generation,
          "reason '%s' belongs to %s, not %s", reason.id(), reason.generation(), generation);
    }
    requireNonNull(alongside, "alongside");
    alongside = ImmutableList.copyOf(alongside);
  }
}
