package org.careerownership.analytics.drivers;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Johnson's (2000) relative weights: how much of an outcome's explained variance each of several
 * correlated predictors accounts for. The weights are non-negative and sum to R², so their shares sum
 * to 1.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * DriverAnalysis d = RelativeWeights.analyse(factorNames, factorColumns, engagement).orElseThrow();
 * d.ranked().get(0).name(); // the strongest driver
 * }</pre>
 *
 * <h2>Definition</h2>
 *
 * <p>With R the predictors' correlation matrix and r their correlations with the outcome, R = V Λ Vᵀ
 * (Hipparchus' symmetric eigen-decomposition) and Λ_XZ = V Λ^{1/2} Vᵀ relates the predictors to their
 * closest orthogonal counterparts Z; β = Λ_XZ⁻¹ r, and predictor j's raw weight is {@code Σ_k Λ_XZ[j,
 * k]² β_k²} (Johnson, Multivariate Behavioral Research 35, 2000). Rows missing any value are left out.
 *
 * <h2>Undefined</h2>
 *
 * <p>Fewer rows than predictors + 2, a constant variable, or (nearly) collinear predictors give a
 * failed outcome naming the reason.
 *
 * @since 0.1
 */
public final class RelativeWeights {
  private static final double COLLINEARITY = 1e-10;

  private RelativeWeights() {}

  /**
   * Returns the driver analysis of {@code outcome} on the predictors.
   *
   * @param names the predictors' names
   * @param predictors one column per predictor; {@code NaN} is missing
   * @param outcome the outcome; {@code NaN} is missing
   * @throws IllegalArgumentException if there is no predictor, or the counts or lengths disagree
   */
  public static Outcome<DriverAnalysis> analyse(List<String> names, double[][] predictors, double[] outcome) {
    requireNonNull(names, "names");
    requireNonNull(predictors, "predictors");
    requireNonNull(outcome, "outcome");
    int p = predictors.length;
    checkArgument(p >= 1 && names.size() == p, "%s names for %s predictors (at least one)", names.size(), p);
    for (double[] column : predictors) {
      checkArgument(column.length == outcome.length, "every column needs %s values", outcome.length);
    }
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < outcome.length; i++) {
      boolean complete = !Double.isNaN(outcome[i]);
      for (double[] column : predictors) {
        complete &= !Double.isNaN(column[i]);
      }
      if (complete) {
        rows.add(i);
      }
    }
    int n = rows.size();
    if (n < p + 2) {
      return Outcome.failed(List.of(Problem.of(ProblemCode.TOO_FEW_OBSERVATIONS, Location.nowhere(),
          ImmutableMap.of("n", Integer.toString(n), "minimum", Integer.toString(p + 2)))));
    }
    double[][] x = new double[p][n];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      y[k] = outcome[rows.get(k)];
      for (int j = 0; j < p; j++) {
        x[j][k] = predictors[j][rows.get(k)];
      }
    }
    double[][] r = new double[p][p];
    double[] rxy = new double[p];
    for (int j = 0; j < p; j++) {
      PairedMoments withOutcome = PairedMoments.of(x[j], y);
      if (withOutcome.xMoments().sumOfSquaredDeviations() == 0 || withOutcome.yMoments().sumOfSquaredDeviations() == 0) {
        String variable = withOutcome.xMoments().sumOfSquaredDeviations() == 0 ? names.get(j) : "outcome";
        return Outcome.failed(List.of(Problem.of(ProblemCode.CONSTANT_VARIABLE, Location.nowhere().withField(variable),
            ImmutableMap.of("variable", variable))));
      }
      rxy[j] = withOutcome.pearsonsCorrelation();
      r[j][j] = 1;
      for (int k = j + 1; k < p; k++) {
        r[j][k] = PairedMoments.of(x[j], x[k]).pearsonsCorrelation();
        r[k][j] = r[j][k];
      }
    }
    EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(r));
    double[] values = eigen.getEigenvalues();
    double smallest = Double.POSITIVE_INFINITY;
    for (double value : values) {
      smallest = Math.min(smallest, value);
    }
    if (smallest <= COLLINEARITY) {
      return Outcome.failed(List.of(Problem.of(ProblemCode.COLLINEAR_PREDICTORS, Location.nowhere(),
          ImmutableMap.of("eigenvalue", Double.toString(smallest)))));
    }
    RealMatrix v = eigen.getV();
    double[][] root = new double[p][p];
    for (int k = 0; k < p; k++) {
      root[k][k] = Math.sqrt(values[k]);
    }
    RealMatrix lambda = v.multiply(new Array2DRowRealMatrix(root)).multiply(v.transpose());
    RealVector beta = new LUDecomposition(lambda).getSolver().solve(new ArrayRealVector(rxy));
    double[] raw = new double[p];
    double rSquared = 0;
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < p; k++) {
        double l = lambda.getEntry(j, k);
        raw[j] += l * l * beta.getEntry(k) * beta.getEntry(k);
      }
      rSquared += raw[j];
    }
    List<Driver> drivers = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      drivers.add(new Driver(names.get(j), rxy[j], raw[j], raw[j] / rSquared));
    }
    return Outcome.ok(new DriverAnalysis(n, rSquared, drivers));
  }
}
