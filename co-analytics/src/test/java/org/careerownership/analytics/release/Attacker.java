package org.careerownership.analytics.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Attacks a release from its published numbers alone, independently of the library's own auditor: by
 * subtraction over every line and every pair of lines, by linear programming over the whole release
 * (Hipparchus' simplex, not the library's ojAlgo), and by exact integer enumeration on small instances.
 * A leak is a suppressed cell that the attack narrows to an interval shorter than the protection width
 * while it may still be below the minimum count.
 */
final class Attacker {
  private Attacker() {}

  /** A suppressed cell narrowed to [lower, upper] (upper = Long.MAX_VALUE when unbounded). */
  record Leak(int cell, long lower, long upper, String how) {}

  /** One relation as a linear form over the unknown cells: sum of coefficients × cells = rhs. */
  private record Line(Map<Integer, Long> unknown, long rhs) {}

  private static List<Line> lines(Release release) {
    List<Line> lines = new ArrayList<>();
    for (Relation r : release.relations()) {
      Map<Integer, Long> unknown = new HashMap<>();
      long rhs = 0;
      Optional<Long> total = release.cells().get(r.total()).count();
      if (total.isPresent()) {
        rhs += total.get();
      } else {
        unknown.merge(r.total(), -1L, Long::sum);
      }
      for (int p : r.parts()) {
        Optional<Long> count = release.cells().get(p).count();
        if (count.isPresent()) {
          rhs -= count.get();
        } else {
          unknown.merge(p, 1L, Long::sum);
        }
      }
      if (!unknown.isEmpty()) {
        lines.add(new Line(unknown, rhs));
      }
    }
    return lines;
  }

  /** Cells given away by one line, or by the sum or difference of two lines that share a cell. */
  static List<Leak> subtraction(Release release) {
    List<Leak> leaks = new ArrayList<>();
    List<Line> lines = lines(release);
    for (Line line : lines) {
      if (line.unknown().size() == 1) {
        var e = line.unknown().entrySet().iterator().next();
        long v = line.rhs() / e.getValue();
        leaks.add(new Leak(e.getKey(), v, v, "one line"));
      }
    }
    Map<Integer, List<Integer>> linesOf = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      for (int c : lines.get(i).unknown().keySet()) {
        linesOf.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> sharing : linesOf.values()) {
      for (int a = 0; a < sharing.size(); a++) {
        for (int b = a + 1; b < sharing.size(); b++) {
          for (int sign : new int[] {1, -1}) {
            Line x = lines.get(sharing.get(a));
            Line y = lines.get(sharing.get(b));
            Map<Integer, Long> sum = new HashMap<>(x.unknown());
            y.unknown().forEach((c, v) -> sum.merge(c, sign * v, Long::sum));
            sum.values().removeIf(v -> v == 0);
            if (sum.size() == 1) {
              var e = sum.entrySet().iterator().next();
              long v = (x.rhs() + sign * y.rhs()) / e.getValue();
              leaks.add(new Leak(e.getKey(), v, v, "two lines"));
            }
          }
        }
      }
    }
    return leaks;
  }

  /**
   * Each suppressed cell's interval under linear programming over every line of the release; the lines
   * are split into groups that share no unknown (each group's program is independent of the others').
   */
  static Map<Integer, long[]> linearIntervals(Release release) {
    return linearIntervals(release, Integer.MAX_VALUE);
  }

  /** As {@link #linearIntervals(Release)}, leaving out groups of more than {@code maxGroup} unknowns. */
  static Map<Integer, long[]> linearIntervals(Release release, int maxGroup) {
    List<Line> lines = lines(release);
    Map<Integer, Integer> group = new HashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    for (ReleaseCell c : release.cells()) {
      if (c.suppressed()) {
        group.put(c.id(), members.size());
        members.add(new ArrayList<>(List.of(c.id())));
      }
    }
    for (Line line : lines) { // merge the groups of every line's unknowns
      Integer first = null;
      for (int c : line.unknown().keySet()) {
        int g = group.get(c);
        if (first == null) {
          first = g;
        } else if (g != first) {
          for (int moved : members.get(g)) {
            group.put(moved, first);
          }
          members.get(first).addAll(members.get(g));
          members.get(g).clear();
        }
      }
    }
    Map<Integer, long[]> out = new HashMap<>();
    for (List<Integer> cells : members) {
      if (cells.isEmpty() || cells.size() > maxGroup) {
        continue;
      }
      Map<Integer, Integer> column = new HashMap<>();
      for (int c : cells) {
        column.put(c, column.size());
      }
      int n = cells.size();
      List<LinearConstraint> constraints = new ArrayList<>();
      for (Line line : lines) {
        if (!column.containsKey(line.unknown().keySet().iterator().next())) {
          continue;
        }
        double[] a = new double[n];
        line.unknown().forEach((c, v) -> a[column.get(c)] = v);
        constraints.add(new LinearConstraint(a, Relationship.EQ, line.rhs()));
      }
      for (int j = 0; j < n; j++) {
        double[] a = new double[n];
        a[j] = 1;
        constraints.add(new LinearConstraint(a, Relationship.GEQ, 1)); // suppressed: not zero
      }
      for (int j = 0; j < n; j++) {
        double[] objective = new double[n];
        objective[j] = 1;
        long lower = (long) Math.ceil(solve(objective, constraints, GoalType.MINIMIZE) - 1e-6);
        double max = solve(objective, constraints, GoalType.MAXIMIZE);
        long upper = Double.isInfinite(max) ? Long.MAX_VALUE : (long) Math.floor(max + 1e-6);
        out.put(cells.get(j), new long[] {lower, upper});
      }
    }
    return out;
  }

  private static double solve(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
    try {
      PointValuePair p = new SimplexSolver().optimize(new MaxIter(100_000),
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

  /** The leaks linear programming finds. */
  static List<Leak> linearProgram(Release release) {
    List<Leak> leaks = new ArrayList<>();
    ProtectionRule rule = release.rule();
    linearIntervals(release).forEach((cell, i) -> {
      if (i[0] < rule.minimumCount() && i[1] - i[0] < rule.protectionWidth()) {
        leaks.add(new Leak(cell, i[0], i[1], "linear programming"));
      }
    });
    return leaks;
  }

  /**
   * Each suppressed cell's exact integer interval, by enumerating every integer solution with the
   * unknowns at most {@code bound}; empty when the release has more than {@code maxUnknowns} unknowns.
   */
  static Optional<Map<Integer, long[]>> integerIntervals(Release release, int maxUnknowns, int bound) {
    List<Integer> unknown = new ArrayList<>();
    for (ReleaseCell c : release.cells()) {
      if (c.suppressed()) {
        unknown.add(c.id());
      }
    }
    if (unknown.size() > maxUnknowns) {
      return Optional.empty();
    }
    List<Line> lines = lines(release);
    Map<Integer, Integer> index = new HashMap<>();
    for (int j = 0; j < unknown.size(); j++) {
      index.put(unknown.get(j), j);
    }
    long[] lo = new long[unknown.size()];
    long[] hi = new long[unknown.size()];
    java.util.Arrays.fill(lo, Long.MAX_VALUE);
    java.util.Arrays.fill(hi, Long.MIN_VALUE);
    long[] x = new long[unknown.size()];
    enumerate(0, x, bound, lines, index, lo, hi);
    Map<Integer, long[]> out = new HashMap<>();
    for (int j = 0; j < unknown.size(); j++) {
      out.put(unknown.get(j), new long[] {lo[j], hi[j]});
    }
    return Optional.of(out);
  }

  private static void enumerate(int j, long[] x, int bound, List<Line> lines, Map<Integer, Integer> index,
      long[] lo, long[] hi) {
    for (Line line : lines) {
      long sum = 0;
      boolean complete = true;
      for (var e : line.unknown().entrySet()) {
        int k = index.get(e.getKey());
        if (k >= j) {
          complete = false;
          break;
        }
        sum += e.getValue() * x[k];
      }
      if (complete && sum != line.rhs()) {
        return;
      }
    }
    if (j == x.length) {
      for (int k = 0; k < x.length; k++) {
        lo[k] = Math.min(lo[k], x[k]);
        hi[k] = Math.max(hi[k], x[k]);
      }
      return;
    }
    // A line whose other unknowns are all set forces this one.
    for (Line line : lines) {
      Long coefficient = null;
      long sum = 0;
      boolean forcing = true;
      for (var e : line.unknown().entrySet()) {
        int k = index.get(e.getKey());
        if (k == j) {
          coefficient = e.getValue();
        } else if (k > j) {
          forcing = false;
          break;
        } else {
          sum += e.getValue() * x[k];
        }
      }
      if (forcing && coefficient != null) {
        long rest = line.rhs() - sum;
        if (rest % coefficient != 0 || rest / coefficient < 1 || rest / coefficient > bound) {
          return;
        }
        x[j] = rest / coefficient;
        enumerate(j + 1, x, bound, lines, index, lo, hi);
        return;
      }
    }
    for (long v = 1; v <= bound; v++) {
      x[j] = v;
      enumerate(j + 1, x, bound, lines, index, lo, hi);
    }
  }
}
