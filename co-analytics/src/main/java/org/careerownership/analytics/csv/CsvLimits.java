package org.careerownership.analytics.csv;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits {@link SurveyCsv} enforces on an input before it can exhaust memory or time; exceeding one
 * raises a {@link SurveyCsvException} with code {@code input.limit-exceeded}, the limit's name and row.
 * The {@linkplain #standard() defaults} admit every real survey export a host has described (tens of
 * millions of rows) and refuse what only a broken or hostile file holds.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * SurveyCsv upload = SurveyCsv.reader()
 *     .withLimits(CsvLimits.standard().withMaxBytes(50L << 20).withMaxRows(200_000));
 * }</pre>
 *
 * @param maxBytes the most bytes read from the input; at least 1
 * @param maxRows the most data rows (lines after the header); at least 1
 * @param maxColumns the most cells in the header or in any row; at least 1
 * @param maxCellLength the most characters in one cell; at least 1
 * @since 0.1
 */
public record CsvLimits(long maxBytes, long maxRows, int maxColumns, int maxCellLength) {
  private static final CsvLimits STANDARD = new CsvLimits(8L << 30, 100_000_000L, 4_096, 65_536);

  /**
   * Creates limits.
   *
   * @throws IllegalArgumentException if a limit is below 1
   */
  public CsvLimits {
    checkArgument(maxBytes >= 1, "maxBytes (%s) must be at least 1", maxBytes);
    checkArgument(maxRows >= 1, "maxRows (%s) must be at least 1", maxRows);
    checkArgument(maxColumns >= 1, "maxColumns (%s) must be at least 1", maxColumns);
    checkArgument(maxCellLength >= 1, "maxCellLength (%s) must be at least 1", maxCellLength);
  }

  /**
   * Returns the safe defaults: 8 GiB, 100,000,000 rows, 4,096 columns, 65,536 characters per cell. Reading
   * within them needs memory for one row in {@link SurveyCsv#stream}, and for the item columns in {@link
   * SurveyCsv#read}.
   */
  public static CsvLimits standard() {
    return STANDARD;
  }

  /** Returns a copy with {@code maxBytes}. */
  public CsvLimits withMaxBytes(long maxBytes) {
    return new CsvLimits(maxBytes, maxRows, maxColumns, maxCellLength);
  }

  /** Returns a copy with {@code maxRows}. */
  public CsvLimits withMaxRows(long maxRows) {
    return new CsvLimits(maxBytes, maxRows, maxColumns, maxCellLength);
  }

  /** Returns a copy with {@code maxColumns}. */
  public CsvLimits withMaxColumns(int maxColumns) {
    return new CsvLimits(maxBytes, maxRows, maxColumns, maxCellLength);
  }

  /** Returns a copy with {@code maxCellLength}. */
  public CsvLimits withMaxCellLength(int maxCellLength) {
    return new CsvLimits(maxBytes, maxRows, maxColumns, maxCellLength);
  }
}
