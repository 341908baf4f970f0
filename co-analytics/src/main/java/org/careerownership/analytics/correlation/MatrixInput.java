package org.careerownership.analytics.correlation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/** Checks the columns of a matrix call and applies listwise deletion to them. */
final class MatrixInput {
  private MatrixInput() {}

  /** Checks one name per column, all columns of one length; returns that length. */
  static int rows(List<String> names, Object[] columns, Deletion deletion) {
    requireNonNull(names, "names");
    requireNonNull(columns, "columns");
    requireNonNull(deletion, "deletion");
    checkArgument(names.size() == columns.length, "%s names for %s columns", names.size(), columns.length);
    int rows = -1;
    for (int a = 0; a < columns.length; a++) {
      String name = names.get(a);
      Object column = requireNonNull(columns[a], () -> "column '" + name + "' is null");
      int length = column instanceof double[] d ? d.length : ((int[]) column).length;
      checkArgument(rows < 0 || length == rows, "column '%s' has %s rows, not %s", name, length, rows);
      rows = length;
    }
    return Math.max(rows, 0);
  }

  /** Returns the columns restricted to the rows where no column is {@code NaN}. */
  static double[][] completeRows(double[][] columns, int rows) {
    boolean[] keep = new boolean[rows];
    int n = 0;
    for (int i = 0; i < rows; i++) {
      boolean complete = true;
      for (double[] column : columns) {
        complete &= !Double.isNaN(column[i]);
      }
      keep[i] = complete;
      n += complete ? 1 : 0;
    }
    double[][] out = new double[columns.length][n];
    for (int a = 0; a < columns.length; a++) {
      for (int i = 0, k = 0; i < rows; i++) {
        if (keep[i]) {
          out[a][k++] = columns[a][i];
        }
      }
    }
    return out;
  }

  /** Returns the columns restricted to the rows where no column holds {@code missingCode}. */
  static int[][] completeRows(int[][] columns, int rows, int missingCode) {
    boolean[] keep = new boolean[rows];
    int n = 0;
    for (int i = 0; i < rows; i++) {
      boolean complete = true;
      for (int[] column : columns) {
        complete &= column[i] != missingCode;
      }
      keep[i] = complete;
      n += complete ? 1 : 0;
    }
    int[][] out = new int[columns.length][n];
    for (int a = 0; a < columns.length; a++) {
      for (int i = 0, k = 0; i < rows; i++) {
        if (keep[i]) {
          out[a][k++] = columns[a][i];
        }
      }
    }
    return out;
  }
}
