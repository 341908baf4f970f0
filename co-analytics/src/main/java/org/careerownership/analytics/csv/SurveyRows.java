package org.careerownership.analytics.csv;

/**
 * Receives the rows of a streamed survey file, one at a time, in file order.
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
