package org.careerownership.benchmarks;

import java.util.SplittableRandom;

/**
 * Seeded survey-like data: items load 0.4–0.8 on one latent factor (inter-item correlations about
 * 0.15–0.6, as in engagement surveys), cut into Likert codes or kept as real values, with a chosen share
 * of cells missing at random.
 */
public final class SyntheticSurvey {
  /** The code of a missing Likert answer. */
  public static final int MISSING = 0;

  private final double[][] latent;
  private final boolean[][] missing;

  private SyntheticSurvey(double[][] latent, boolean[][] missing) {
    this.latent = latent;
    this.missing = missing;
  }

  /** Generates {@code rows} × {@code items} values with {@code missingShare} of cells missing. */
  public static SyntheticSurvey generate(int rows, int items, double missingShare, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] loading = new double[items];
    for (int j = 0; j < items; j++) {
      loading[j] = 0.4 + 0.4 * j / Math.max(1, items - 1);
    }
    double[][] latent = new double[items][rows];
    boolean[][] missing = new boolean[items][rows];
    for (int i = 0; i < rows; i++) {
      double factor = gaussian(random);
      for (int j = 0; j < items; j++) {
        latent[j][i] = loading[j] * factor + Math.sqrt(1 - loading[j] * loading[j]) * gaussian(random);
        missing[j][i] = random.nextDouble() < missingShare;
      }
    }
    return new SyntheticSurvey(latent, missing);
  }

  /** Returns Likert codes 1..points per column, {@link #MISSING} where missing. */
  public int[][] codes(int points) {
    int[][] codes = new int[latent.length][];
    for (int j = 0; j < latent.length; j++) {
      double[] column = latent[j];
      int[] out = new int[column.length];
      for (int i = 0; i < column.length; i++) {
        // Thresholds spread over ±1.8 standard deviations, slightly skewed towards agreement.
        int code = 1 + (int) Math.floor((column[i] + 1.6) / 3.6 * points);
        out[i] = missing[j][i] ? MISSING : Math.max(1, Math.min(points, code));
      }
      codes[j] = out;
    }
    return codes;
  }

  /** Returns the Likert codes as doubles per column, {@code NaN} where missing. */
  public double[][] codesAsReals(int points) {
    return toReals(codes(points));
  }

  /** Returns the real values per column, {@code NaN} where missing. */
  public double[][] reals() {
    double[][] out = new double[latent.length][];
    for (int j = 0; j < latent.length; j++) {
      out[j] = latent[j].clone();
      for (int i = 0; i < out[j].length; i++) {
        if (missing[j][i]) {
          out[j][i] = Double.NaN;
        }
      }
    }
    return out;
  }

  /** Returns the same values row-major (rows × columns), as Commons Math and Hipparchus take them. */
  public static double[][] rowMajor(double[][] columns) {
    int rows = columns.length == 0 ? 0 : columns[0].length;
    double[][] out = new double[rows][columns.length];
    for (int j = 0; j < columns.length; j++) {
      for (int i = 0; i < rows; i++) {
        out[i][j] = columns[j][i];
      }
    }
    return out;
  }

  private static double[][] toReals(int[][] codes) {
    double[][] out = new double[codes.length][];
    for (int j = 0; j < codes.length; j++) {
      out[j] = new double[codes[j].length];
      for (int i = 0; i < codes[j].length; i++) {
        out[j][i] = codes[j][i] == MISSING ? Double.NaN : codes[j][i];
      }
    }
    return out;
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller; SplittableRandom has no nextGaussian on Java 17.
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
