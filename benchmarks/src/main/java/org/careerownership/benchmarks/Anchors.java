package org.careerownership.benchmarks;

import com.google.common.math.PairedStatsAccumulator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The routes a Java user would otherwise take to the same matrices, each returning the m × m matrix of
 * estimates: Commons Math 3.6.1, Hipparchus, Guava's {@link PairedStatsAccumulator} per pair, and EJML's
 * Gram matrix {@code XᵀX}.
 */
public final class Anchors {
  private Anchors() {}

  /** Commons Math {@code PearsonsCorrelation} over row-major data without missing values. */
  public static double[][] commonsMathPearson(double[][] rowMajor) {
    return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation()
        .computeCorrelationMatrix(rowMajor).getData();
  }

  /** Hipparchus {@code PearsonsCorrelation} over row-major data without missing values. */
  public static double[][] hipparchusPearson(double[][] rowMajor) {
    return new org.hipparchus.stat.correlation.PearsonsCorrelation()
        .computeCorrelationMatrix(rowMajor).getData();
  }

  /** Guava {@link PairedStatsAccumulator}, one per pair, over columns; pairs with a NaN are skipped. */
  public static double[][] guavaPearson(double[][] columns) {
    int m = columns.length;
    double[][] r = identity(m);
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        PairedStatsAccumulator pair = new PairedStatsAccumulator();
        double[] x = columns[a];
        double[] y = columns[b];
        for (int i = 0; i < x.length; i++) {
          if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
            pair.add(x[i], y[i]);
          }
        }
        r[a][b] = r[b][a] = pair.pearsonsCorrelationCoefficient();
      }
    }
    return r;
  }

  /**
   * EJML's Gram-matrix route over complete data: {@code G = XᵀX} by {@code CommonOps_DDRM.multTransA},
   * column sums, then {@code cov = (G − n μμᵀ)/(n − 1)} normalised to correlations.
   */
  public static double[][] ejmlPearson(DMatrixRMaj data) {
    int n = data.numRows;
    int m = data.numCols;
    DMatrixRMaj gram = new DMatrixRMaj(m, m);
    CommonOps_DDRM.multTransA(data, data, gram);
    DMatrixRMaj sums = new DMatrixRMaj(1, m);
    CommonOps_DDRM.sumCols(data, sums);
    double[][] r = new double[m][m];
    double[] sd = new double[m];
    for (int a = 0; a < m; a++) {
      sd[a] = Math.sqrt(gram.get(a, a) - sums.get(a) * sums.get(a) / n);
    }
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        r[a][b] = (gram.get(a, b) - sums.get(a) * sums.get(b) / n) / (sd[a] * sd[b]);
      }
    }
    return r;
  }

  /** Commons Math's per-pair route with missing values: each pair's complete rows, then {@code correlation}. */
  public static double[][] commonsMathPairwisePearson(double[][] columns) {
    int m = columns.length;
    double[][] r = identity(m);
    var pearson = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation();
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        double[][] pairs = completePairs(columns[a], columns[b]);
        r[a][b] = r[b][a] = pearson.correlation(pairs[0], pairs[1]);
      }
    }
    return r;
  }

  /** Commons Math {@code SpearmansCorrelation} over row-major data without missing values. */
  public static double[][] commonsMathSpearman(double[][] rowMajor) {
    return new org.apache.commons.math3.stat.correlation.SpearmansCorrelation()
        .computeCorrelationMatrix(rowMajor).getData();
  }

  /** Hipparchus {@code SpearmansCorrelation} over row-major data without missing values. */
  public static double[][] hipparchusSpearman(double[][] rowMajor) {
    return new org.hipparchus.stat.correlation.SpearmansCorrelation()
        .computeCorrelationMatrix(rowMajor).getData();
  }

  /** Commons Math {@code KendallsCorrelation} over row-major data without missing values. */
  public static double[][] commonsMathKendall(double[][] rowMajor) {
    return new org.apache.commons.math3.stat.correlation.KendallsCorrelation()
        .computeCorrelationMatrix(rowMajor).getData();
  }

  /** Hipparchus {@code KendallsCorrelation} over row-major data without missing values. */
  public static double[][] hipparchusKendall(double[][] rowMajor) {
    return new org.hipparchus.stat.correlation.KendallsCorrelation()
        .computeCorrelationMatrix(rowMajor).getData();
  }

  /** Returns {x, y} restricted to the rows where neither is NaN. */
  public static double[][] completePairs(double[] x, double[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      n += Double.isNaN(x[i]) || Double.isNaN(y[i]) ? 0 : 1;
    }
    double[] cx = new double[n];
    double[] cy = new double[n];
    for (int i = 0, k = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        cx[k] = x[i];
        cy[k++] = y[i];
      }
    }
    return new double[][] {cx, cy};
  }

  private static double[][] identity(int m) {
    double[][] r = new double[m][m];
    for (int a = 0; a < m; a++) {
      r[a][a] = 1;
    }
    return r;
  }
}
