package org.careerownership.analytics.release;

import java.math.BigDecimal;
import java.util.Optional;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * The attacker's linear program over a set of suppressed cells (package private): one variable per
 * cell of the set, at least 1 (zeros are shown, so a suppressed cell is not zero); one equality per
 * relation with a member in the set, every member outside the set moved to the right-hand side at its
 * value. Over a whole connected component of suppressed cells it is the attacker's exact program; over
 * a neighbourhood, with the cells outside it held at their true values, every solution it finds is also
 * a solution of the whole program (so the interval it shows is inside the true one). Solved with
 * ojAlgo's simplex.
 */
final class ComponentProgram {
  /** Inward rounding tolerance: an optimum within this of an integer is that integer. */
  private static final double TOLERANCE = 1e-6;

  static {
    // ojAlgo prints a hardware-profile notice to standard output on first use unless this is set; a
    // library must not write to its host's console. Only set when the host has not chosen.
    if (System.getProperty("shut.up.ojAlgo") == null) {
      System.setProperty("shut.up.ojAlgo", "true");
    }
  }

  private final ExpressionsBasedModel model;
  private final Variable[] variables;
  private long solved;

  /**
   * @param cells the cells that are variables (global ids)
   * @param position global id → position in {@code cells}, or -1 for cells held at their value
   * @param relations the relations with a member in {@code cells}
   */
  ComponentProgram(int[] cells, int[] position, int[] relations, Graph graph) {
    this(cells, position, relations, graph, null);
  }

  /**
   * As above, with the cells outside {@code cells} held at {@code fixed} (a solution of the whole
   * program) instead of their published or true values.
   */
  ComponentProgram(int[] cells, int[] position, int[] relations, Graph graph, double @org.jspecify.annotations.Nullable [] fixed) {
    this.model = new ExpressionsBasedModel();
    this.variables = new Variable[cells.length];
    for (int i = 0; i < cells.length; i++) {
      variables[i] = model.addVariable("c" + cells[i]).lower(BigDecimal.ONE);
    }
    for (int r : relations) {
      double rhs = 0;
      Expression e = model.addExpression("r" + r);
      int total = graph.relationTotal[r];
      if (position[total] >= 0) {
        e.set(variables[position[total]], -1);
      } else {
        rhs += fixed != null && graph.suppressed[total] ? fixed[total] : graph.values[total];
      }
      for (int part : graph.relationParts[r]) {
        if (position[part] >= 0) {
          e.set(variables[position[part]], 1);
        } else {
          rhs -= fixed != null && graph.suppressed[part] ? fixed[part] : graph.values[part];
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
    // The solver minimises; a maximum is the minimum of the negated variable. Built straight from the
    // model, without ExpressionsBasedModel's generic presolve (six times slower on these programs).
    variables[i].weight(maximise ? BigDecimal.ONE.negate() : BigDecimal.ONE);
    Optimisation.Result result = LinearSolver.newSolver(model).solve();
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
