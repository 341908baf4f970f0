package org.careerownership.analytics.release;

import java.math.BigDecimal;
import java.util.Optional;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's linear program over one connected component of suppressed cells (package private):
 * one variable per suppressed cell, at least 1 (zeros are shown, so a suppressed cell is not zero); one
 * equality per relation that has a suppressed member in the component, with the shown members moved
 * to the right-hand side. Solved with ojAlgo's simplex.
 */
final class ComponentProgram {
  /** Inward rounding tolerance: an optimum within this of an integer is that integer. */
  private static final double TOLERANCE = 1e-6;

  private final ExpressionsBasedModel model;
  private final Variable[] variables;
  private long solved;

  /**
   * @param cells the component's cells (global ids)
   * @param position global id → position in {@code cells}, or -1 for cells outside the component
   * @param relations the relations with a member in the component
   */
  ComponentProgram(int[] cells, int[] position, int[] relations, Graph graph) {
    this.model = new ExpressionsBasedModel();
    this.variables = new Variable[cells.length];
    for (int i = 0; i < cells.length; i++) {
      variables[i] = model.addVariable("c" + cells[i]).lower(BigDecimal.ONE);
    }
    for (int r : relations) {
      long rhs = 0;
      Expression e = model.addExpression("r" + r);
      int total = graph.relationTotal[r];
      if (graph.suppressed[total]) {
        e.set(variables[position[total]], -1);
      } else {
        rhs += graph.values[total];
      }
      for (int part : graph.relationParts[r]) {
        if (graph.suppressed[part]) {
          e.set(variables[position[part]], 1);
        } else {
          rhs -= graph.values[part];
        }
      }
      e.level(rhs);
    }
  }

  /**
   * Returns the optimum of variable {@code i} ({@code maximise} or not) and a solution reaching it, or
   * empty when the maximum is unbounded.
   *
   * @throws IllegalArgumentException if the numbers admit no solution (they are inconsistent)
   */
  Optional<double[]> optimise(int i, boolean maximise) {
    for (Variable v : variables) {
      v.weight(BigDecimal.ZERO);
    }
    variables[i].weight(BigDecimal.ONE);
    Optimisation.Result result = maximise ? model.maximise() : model.minimise();
    solved++;
    Optimisation.State state = result.getState();
    if (state == Optimisation.State.UNBOUNDED) {
      return Optional.empty();
    }
    if (!state.isFeasible()) {
      throw new IllegalArgumentException("the published numbers around cell " + variables[i].getName()
          + " admit no solution (" + state + "): the release is inconsistent");
    }
    double[] x = new double[variables.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = result.doubleValue(j);
    }
    return Optional.of(x);
  }

  long solved() {
    return solved;
  }

  static long floor(double v) {
    return (long) Math.floor(v + TOLERANCE);
  }

  static long ceil(double v) {
    return (long) Math.ceil(v - TOLERANCE);
  }
}
