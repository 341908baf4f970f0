package org.careerownership.core.phase;

import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.careerownership.core.instrument.ScoreColumns;

/**
 * The phases of many respondents, one row each, as {@link PhaseClassifier#classifyColumns(ScoreColumns)}
 * computes them. Immutable. A row that was not scored has no phase (its problems are in the {@link
 * #scores()}); every other row has the phase and borderline flag {@link PhaseClassifier#classify} gives.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * PhaseColumns phases = PhaseClassifier.standard().classifyColumns(scorer.scoreColumns(codes, 0));
 * long creators = phases.count(Phase.FUTURE_CREATION);
 * }</pre>
 *
 * @since 0.1
 */
public final class PhaseColumns {
  private static final Phase[] PHASES = Phase.values();
  /** Phase ordinal per row; −1 where the row was not scored. */
  private final byte[] phases;
  private final boolean[] borderline;
  private final long[] counts;
  private final ScoreColumns scores;

  PhaseColumns(ScoreColumns scores, byte[] phases, boolean[] borderline) {
    this.scores = scores;
    this.phases = phases;
    this.borderline = borderline;
    this.counts = new long[PHASES.length];
    for (byte phase : phases) {
      if (phase >= 0) {
        counts[phase]++;
      }
    }
  }

  /** Returns the scores the phases were classified from. */
  public ScoreColumns scores() {
    return scores;
  }

  /** Returns the number of rows. */
  public int rows() {
    return phases.length;
  }

  /**
   * Returns the phase of row {@code row}; empty if the row was not scored.
   *
   * @throws IndexOutOfBoundsException if {@code row} is not in [0, rows)
   */
  public Optional<Phase> phase(int row) {
    checkElementIndex(row, phases.length, "row");
    return phases[row] < 0 ? Optional.empty() : Optional.of(PHASES[phases[row]]);
  }

  /**
   * Returns whether row {@code row} is borderline (false for a row not scored).
   *
   * @throws IndexOutOfBoundsException if {@code row} is not in [0, rows)
   */
  public boolean borderline(int row) {
    checkElementIndex(row, phases.length, "row");
    return borderline[row];
  }

  /** Returns the number of rows classified in {@code phase}. */
  public long count(Phase phase) {
    return counts[requireNonNull(phase, "phase").ordinal()];
  }

  @Override
  public String toString() {
    return "PhaseColumns[" + phases.length + " rows]";
  }
}
