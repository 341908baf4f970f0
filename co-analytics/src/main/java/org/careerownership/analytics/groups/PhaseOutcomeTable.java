package org.careerownership.analytics.groups;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.careerownership.analytics.crosstab.ChiSquareTest;
import org.careerownership.core.Outcome;
import org.careerownership.core.phase.Phase;

/**
 * An immutable table of a yes/no outcome by C/O phase — the guide's "S/AAA/AA share by phase" from raw
 * rows — with the chi-square test across phases and the comparison of future creation with status-quo
 * stagnation, read from a {@link org.careerownership.analytics.release.Release}: a suppressed count shows
 * no share, and a statistic that would use one is withheld.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * PhaseOutcomeTable table = PhaseOutcomes.of(release, "ratings", "rating", "top");
 * table.rows().forEach(row -> System.out.println(row.phase() + " " + row.share()));
 * }</pre>
 *
 * @param rows one row per phase, in {@link Phase} order
 * @param test the chi-square test of independence of phase and outcome over everyone; withheld (a
 *     failed outcome) when a cell it needs is suppressed
 * @param futureCreationVsStagnation the two-proportion comparison of future creation (未来創造) with
 *     status-quo stagnation (現状停滞), when both groups may be shown
 * @since 0.1
 */
public record PhaseOutcomeTable(
    @JsonProperty("rows") List<Row> rows,
    @JsonProperty("test") Outcome<ChiSquareTest> test,
    @JsonProperty("futureCreationVsStagnation") Optional<Outcome<ProportionTest>> futureCreationVsStagnation) {

  /** Creates a table. */
  @JsonCreator
  public PhaseOutcomeTable {
    rows = ImmutableList.copyOf(requireNonNull(rows, "rows"));
    requireNonNull(test, "test");
    requireNonNull(futureCreationVsStagnation, "futureCreationVsStagnation");
  }

  /**
   * One phase's row.
   *
   * @param phase the phase
   * @param people how many people are in the phase (with a known outcome), when shown
   * @param positive how many of them have the outcome, when shown
   * @param share {@code positive / people}, when both are shown
   */
  public record Row(
      @JsonProperty("phase") Phase phase,
      @JsonProperty("people") Optional<Long> people,
      @JsonProperty("positive") Optional<Long> positive,
      @JsonProperty("share") Optional<Double> share) {

    /** Creates a row. */
    @JsonCreator
    public Row {
      requireNonNull(phase, "phase");
      requireNonNull(people, "people");
      requireNonNull(positive, "positive");
      requireNonNull(share, "share");
    }
  }
}
