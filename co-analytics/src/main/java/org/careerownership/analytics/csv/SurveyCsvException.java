package org.careerownership.analytics.csv;

import static java.util.Objects.requireNonNull;

import org.careerownership.core.Language;
import org.careerownership.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a survey input cannot be read on: it is empty, breaks the CSV syntax, holds bytes that are
 * not text in its character set, or exceeds a {@link CsvLimits limit}. The {@linkplain #problem()
 * problem} names the code, the row (0-based data row, where known) and the details, renderable in ja
 * and en. Problems in single cells are not thrown; they are listed in {@link SurveyData#problems()}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * try {
 *   SurveyData data = SurveyCsv.reader().read(upload);
 * } catch (SurveyCsvException e) {
 *   respond(400, e.problem().text(Language.JA));  // e.g. "入力が上限 maxRows（200000）を超えています。"
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class SurveyCsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Problem problem;

  /** Creates the exception for {@code problem}; {@code cause} is what the parser reported, if any. */
  public SurveyCsvException(Problem problem, @Nullable Throwable cause) {
    super(requireNonNull(problem, "problem").text(Language.EN), cause);
    this.problem = problem;
  }

  /** Creates the exception for {@code problem}. */
  public SurveyCsvException(Problem problem) {
    super(requireNonNull(problem, "problem").text(Language.EN));
    this.problem = problem;
  }

  /** Returns what stopped the reading, with its code, location and arguments. */
  public Problem problem() {
    return problem;
  }
}
