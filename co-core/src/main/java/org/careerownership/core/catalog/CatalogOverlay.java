package org.careerownership.core.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * An immutable set of a host's changes to a catalog: its own measures, its own names for measures,
 * measures it does not offer, and the mapping of its internal programme ids to catalog measures.
 * Apply it with {@link Catalog#withOverlay(CatalogOverlay)}, which validates the result.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * CatalogOverlay acme = new CatalogOverlay(
 *     "acme",
 *     List.of(acmeMentoring),
 *     List.of(new CatalogOverlay.Rename(MeasureId.of("career-cafe"), LocalizedText.of("ACMEカフェ", "ACME cafe"))),
 *     List.of(MeasureId.of("mbo-interview")),
 *     List.of(new CatalogOverlay.Programme("HR-017", MeasureId.of("career-elearning"))));
 * Catalog mine = Catalogs.bundled().withOverlay(acme);
 * }</pre>
 *
 * @param id the overlay's id, used in messages; a catalog id
 * @param addMeasures measures the host adds; their ids must be new
 * @param renameMeasures new names for existing measures
 * @param disableMeasures measures the host does not offer; they stay in the catalog (tables still
 *     name them) but are never recommended
 * @param programmes the host's programme ids mapped to catalog measures
 * @since 0.1
 */
public record CatalogOverlay(
    @JsonProperty("id") String id,
    @JsonProperty("addMeasures") List<Measure> addMeasures,
    @JsonProperty("renameMeasures") List<Rename> renameMeasures,
    @JsonProperty("disableMeasures") List<MeasureId> disableMeasures,
    @JsonProperty("programmes") List<Programme> programmes) {

  /**
   * Creates an overlay.
   *
   * @throws IllegalArgumentException if {@code id} is not a valid catalog id
   */
  @JsonCreator
  public CatalogOverlay {
    Slugs.check("overlay id", id);
    addMeasures = ImmutableList.copyOf(requireNonNull(addMeasures, "addMeasures"));
    renameMeasures = ImmutableList.copyOf(requireNonNull(renameMeasures, "renameMeasures"));
    disableMeasures = ImmutableList.copyOf(requireNonNull(disableMeasures, "disableMeasures"));
    programmes = ImmutableList.copyOf(requireNonNull(programmes, "programmes"));
  }

  /**
   * A host's name for an existing measure.
   *
   * @param measure the measure renamed
   * @param name its new name
   */
  public record Rename(
      @JsonProperty("measure") MeasureId measure, @JsonProperty("name") LocalizedText name) {
    /** Creates a rename. */
    @JsonCreator
    public Rename {
      requireNonNull(measure, "measure");
      requireNonNull(name, "name");
    }
  }

  /**
   * A host's internal programme id mapped to a catalog measure.
   *
   * @param programme the host's programme id; not blank
   * @param measure the measure it runs
   */
  public record Programme(
      @JsonProperty("programme") String programme, @JsonProperty("measure") MeasureId measure) {
    /**
     * Creates a mapping.
     *
     * @throws IllegalArgumentException if {@code programme} is blank
     */
    @JsonCreator
    public Programme {
      requireNonNull(programme, "programme");
      requireNonNull(measure, "measure");
      if (programme.isBlank()) {
        throw new IllegalArgumentException("programme id must not be blank");
      }
    }
  }
}
