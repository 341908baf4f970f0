package org.careerownership.core.instrument;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import org.careerownership.core.Problem;

/**
 * Scale scores of many respondents, one row each, as {@link Scorer#scoreColumns(int[][], int)} computes
 * them from columns of answer codes. Immutable: the arrays are never exposed. A row is either scored —
 * every scale of the instrument has a score, equal to what {@link Scorer#score(Response)} gives for the
 * same answers — or failed, with its problems located at the row (its 0-based index) and item or scale.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ScoreColumns scores = scorer.scoreColumns(codes, 0);  // codes[item][row], 0 = no answer
 * if (scores.scored(17)) {
 *   double identity = scores.score(Scale.IDENTITY, 17);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class ScoreColumns {
  private final int rows;
  private final ImmutableSet<Scale> scales;
  /** Scores by scale ordinal; empty for a scale the instrument lacks. Failed rows hold no meaning. */
  private final double[][] scores;
  private final ImmutableMap<Integer, ImmutableList<Problem>> problems;
  private final boolean[] failed;

  ScoreColumns(int rows, Map<Scale, double[]> scores, Map<Integer, ImmutableList<Problem>> problems) {
    this.rows = rows;
    this.scales = ImmutableSet.copyOf(scores.keySet());
    this.scores = new double[Scale.values().length][0];
    scores.forEach((scale, column) -> this.scores[scale.ordinal()] = column);
    this.problems = ImmutableMap.copyOf(problems);
    this.failed = new boolean[rows];
    problems.keySet().forEach(row -> failed[row] = true);
  }

  /** Returns the number of rows (respondents). */
  public int rows() {
    return rows;
  }

  /** Returns the scales scored, in {@link Scale} order. */
  public ImmutableSet<Scale> scales() {
    return scales;
  }

  /** Returns the number of rows that could not be scored. */
  public int failedRows() {
    return problems.size();
  }

  /**
   * Returns whether row {@code row} was scored.
   *
   * @throws IndexOutOfBoundsException if {@code row} is not in [0, rows)
   */
  public boolean scored(int row) {
    checkElementIndex(row, rows, "row");
    return !failed[row];
  }

  /**
   * Returns the problems that kept row {@code row} from being scored; empty when it was scored.
   *
   * @throws IndexOutOfBoundsException if {@code row} is not in [0, rows)
   */
  public ImmutableList<Problem> problems(int row) {
    checkElementIndex(row, rows, "row");
    return problems.getOrDefault(row, ImmutableList.of());
  }

  /**
   * Returns the 0–100 score of {@code scale} in row {@code row}.
   *
   * @throws IllegalArgumentException if the instrument has no item of {@code scale}
   * @throws IllegalStateException if the row was not scored (the message names its problems)
   * @throws IndexOutOfBoundsException if {@code row} is not in [0, rows)
   */
  public double score(Scale scale, int row) {
    checkArgument(scales.contains(requireNonNull(scale, "scale")), "the instrument has no item of scale %s", scale);
    double[] column = scores[scale.ordinal()];
    checkElementIndex(row, rows, "row");
    if (failed[row]) {
      throw new IllegalStateException("row " + row + " was not scored: " + problems.get(row));
    }
    return column[row];
  }

  @Override
  public String toString() {
    return "ScoreColumns[" + rows + " rows, " + scales() + ", " + failedRows() + " failed]";
  }
}
