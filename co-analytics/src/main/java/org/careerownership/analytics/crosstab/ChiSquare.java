package org.careerownership.analytics.crosstab;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.hipparchus.special.Gamma;

/**
 * The chi-square test of independence, as R's {@code chisq.test(table)}. Immutable and thread-safe; get
 * one from {@link CrossTabs#chiSquare()}.
 *
 * <h2>Definition</h2>
 *
 * <p>{@code X² = Σ (|O − E| − y)² / E} with {@code y} = 0.5 (capped at |O − E|) for a Yates-corrected 2 ×
 * 2 table and 0 otherwise; the p-value is {@code Q(df/2, X²/2)}, the regularized upper incomplete gamma
 * function (Hipparchus), accurate in the far tail.
 *
 * <h2>Undefined</h2>
 *
 * <p>A table with fewer than two rows or columns, or a row or column without observations, gives a
 * failed outcome naming the category.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Outcome<ChiSquareTest> test = CrossTabs.chiSquare()
 *     .test(CrossTab.of(List.of("a", "b"), List.of("yes", "no"), new long[][] {{30, 10}, {20, 25}}));
 * }</pre>
 *
 * @since 0.1
 */
public final class ChiSquare {
  static final ChiSquare STANDARD = new ChiSquare(ContinuityCorrection.YATES_FOR_2X2);

  private final ContinuityCorrection correction;

  private ChiSquare(ContinuityCorrection correction) {
    this.correction = correction;
  }

  /** Returns a copy applying {@code correction}. */
  public ChiSquare with(ContinuityCorrection correction) {
    return new ChiSquare(requireNonNull(correction, "correction"));
  }

  /** Returns the test of {@code table}, or why it is undefined. */
  public Outcome<ChiSquareTest> test(CrossTab table) {
    requireNonNull(table, "table");
    int r = table.rows().size();
    int c = table.columns().size();
    List<Problem> problems = new ArrayList<>();
    if (r < 2 || c < 2) {
      problems.add(Problem.of(ProblemCode.TOO_FEW_OBSERVATIONS, Location.nowhere(),
          ImmutableMap.of("n", Integer.toString(Math.min(r, c)), "minimum", "2")));
      return Outcome.failed(problems);
    }
    long[] rowTotals = new long[r];
    long[] columnTotals = new long[c];
    long n = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        rowTotals[i] += table.count(i, j);
        columnTotals[j] += table.count(i, j);
        n += table.count(i, j);
      }
    }
    for (int i = 0; i < r; i++) {
      if (rowTotals[i] == 0) {
        problems.add(empty(table.rows().get(i)));
      }
    }
    for (int j = 0; j < c; j++) {
      if (columnTotals[j] == 0) {
        problems.add(empty(table.columns().get(j)));
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.failed(problems);
    }
    boolean yates = correction == ContinuityCorrection.YATES_FOR_2X2 && r == 2 && c == 2;
    double[][] expected = new double[r][c];
    double yatesShift = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        expected[i][j] = (double) rowTotals[i] * columnTotals[j] / n;
      }
    }
    if (yates) {
      yatesShift = 0.5;
      for (int i = 0; i < r; i++) {
        for (int j = 0; j < c; j++) {
          yatesShift = Math.min(yatesShift, Math.abs(table.count(i, j) - expected[i][j]));
        }
      }
    }
    double statistic = 0;
    List<List<Double>> e = new ArrayList<>();
    List<List<Double>> residuals = new ArrayList<>();
    List<List<Double>> standardized = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      List<Double> eRow = new ArrayList<>();
      List<Double> resRow = new ArrayList<>();
      List<Double> stdRow = new ArrayList<>();
      for (int j = 0; j < c; j++) {
        double o = table.count(i, j);
        double ex = expected[i][j];
        double deviation = Math.abs(o - ex) - yatesShift;
        statistic += deviation * deviation / ex;
        eRow.add(ex);
        resRow.add((o - ex) / Math.sqrt(ex));
        stdRow.add((o - ex) / Math.sqrt(ex * (1 - (double) rowTotals[i] / n) * (1 - (double) columnTotals[j] / n)));
      }
      e.add(eRow);
      residuals.add(resRow);
      standardized.add(stdRow);
    }
    long df = (long) (r - 1) * (c - 1);
    double p = Gamma.regularizedGammaQ(df / 2.0, statistic / 2);
    double v = Math.sqrt(statistic / (n * (Math.min(r, c) - 1.0)));
    return Outcome.ok(new ChiSquareTest(statistic, df, p, yates, e, residuals, standardized, Math.min(1, v)));
  }

  private static Problem empty(String category) {
    return Problem.of(ProblemCode.EMPTY_CATEGORY, Location.nowhere().withField(category),
        ImmutableMap.of("category", category));
  }
}
