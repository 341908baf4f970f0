package org.careerownership.analytics.csv;

/**
 * Receives the rows of a streamed survey file, one at a time, in file order.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * MomentsAccumulator first = new MomentsAccumulator();
 * SurveyData header = SurveyCsv.reader().stream(in, (row, values) -> {
 *   if (!Double.isNaN(values[0])) {
 *     first.add(values[0]);
 *   }
 * });
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SurveyRows {
  /**
   * Accepts data row {@code row} (0-based): one value per item, in the reader's item order, {@code NaN}
   * where missing or invalid (invalid cells are reported separately). The array is reused for the next
   * row; copy what must be kept.
   */
  void accept(long row, double[] values);
}
