package org.careerownership.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * An attacker independent of the library's auditor (Hipparchus' simplex, not ojAlgo): the least and
 * greatest value of each target suppressed cell under every published relation, non-negativity,
 * "suppressed means not zero", and any further lines the attacker knows. Lines are grouped into
 * independent components (sharing no unknown); only the targets' components are solved.
 */
final class LinearAttacker {
  private LinearAttacker() {}

  /** Returns, per target cell, {lower, upper} (upper = Long.MAX_VALUE when unbounded). */
  static Map<Integer, long[]> intervals(List<PublishedRelease.Line> lines, List<Integer> targets) {
    Map<Integer, Integer> parent = new HashMap<>();
    for (PublishedRelease.Line line : lines) {
      Integer first = null;
      for (int c : line.unknown().keySet()) {
        parent.putIfAbsent(c, c);
        if (first == null) {
          first = c;
        } else {
          union(parent, first, c);
        }
      }
    }
    Map<Integer, long[]> out = new HashMap<>();
    Map<Integer, List<Integer>> solvedComponents = new HashMap<>();
    for (int target : targets) {
      if (out.containsKey(target)) {
        continue;
      }
      parent.putIfAbsent(target, target);
      int root = find(parent, target);
      List<Integer> members = solvedComponents.computeIfAbsent(root, r -> {
        List<Integer> m = new ArrayList<>();
        parent.keySet().forEach(c -> {
          if (find(parent, c) == r) {
            m.add(c);
          }
        });
        return m;
      });
      Map<Integer, Integer> column = new HashMap<>();
      members.forEach(c -> column.put(c, column.size()));
      int n = members.size();
      List<LinearConstraint> constraints = new ArrayList<>();
      for (PublishedRelease.Line line : lines) {
        if (!column.containsKey(line.unknown().keySet().iterator().next())) {
          continue;
        }
        double[] a = new double[n];
        line.unknown().forEach((c, v) -> a[column.get(c)] += v);
        constraints.add(new LinearConstraint(a, line.equation() ? Relationship.EQ : Relationship.LEQ, line.rhs()));
      }
      for (int j = 0; j < n; j++) {
        double[] a = new double[n];
        a[j] = 1;
        constraints.add(new LinearConstraint(a, Relationship.GEQ, 1));
      }
      for (int c : members) {
        if (!targets.contains(c) || out.containsKey(c)) {
          continue;
        }
        double[] objective = new double[n];
        objective[column.get(c)] = 1;
        long lower = (long) Math.ceil(solve(objective, constraints, GoalType.MINIMIZE) - 1e-6);
        double max = solve(objective, constraints, GoalType.MAXIMIZE);
        out.put(c, new long[] {lower, Double.isInfinite(max) ? Long.MAX_VALUE : (long) Math.floor(max + 1e-6)});
      }
    }
    return out;
  }

  private static int find(Map<Integer, Integer> parent, int c) {
    int root = c;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    while (parent.get(c) != root) {
      int next = parent.get(c);
      parent.put(c, root);
      c = next;
    }
    return root;
  }

  private static void union(Map<Integer, Integer> parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent.put(rb, ra);
    }
  }

  private static double solve(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
    try {
      PointValuePair p = new SimplexSolver().optimize(new MaxIter(1_000_000),
          new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
          new NonNegativeConstraint(true));
      return p.getValue();
    } catch (MathIllegalStateException unbounded) {
      if (goal == GoalType.MAXIMIZE && unbounded.getMessage().contains("unbounded")) {
        return Double.POSITIVE_INFINITY;
      }
      throw unbounded;
    }
  }
}
