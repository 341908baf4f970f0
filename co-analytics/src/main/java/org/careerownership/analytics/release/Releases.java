package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;

/**
 * Builds and audits {@link Release}s: the one way group-level counts leave the library.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Release release = Releases.build(population, plan);          // small counts suppressed, protected
 * ReleaseAudit audit = Releases.audit(release);                // from the published numbers alone
 * Release next = Releases.build(population, laterPlan, List.of(release)); // a new cut of the same people
 * }</pre>
 *
 * <h2>Method</h2>
 *
 * <p>Every cell of the plan's tables is counted from the people's rows (never from published tables),
 * with every unit at every level and every "all". Counts of 1 to {@code k - 1} are suppressed; then
 * secondary suppressions are added until each suppressed cell's interval under the attacker's linear
 * program — over every shown count, every relation (unit = sum of its sub-units, "all" = sum of the
 * categories), non-negativity and "suppressed means not zero" — is at least {@code p} wide or lies wholly
 * at or above {@code k}. The linear programs are solved per connected component of suppressed cells with
 * ojAlgo's simplex; the choice of partners is a constraint-based heuristic in the family of sdcTable's
 * SIMPLEHEURISTIC (see the package's engine). Zeros are shown.
 *
 * @since 0.1
 */
public final class Releases {
  private Releases() {}

  /**
   * Returns the release of {@code plan} over {@code population}.
   *
   * @throws IllegalArgumentException if a table names a dimension the population does not have
   */
  public static Release build(Population population, ReleasePlan plan) {
    // With nothing locked, suppressing more always widens intervals; it never gives up.
    return build(population, plan, List.of()).orElseThrow();
  }

  /**
   * Returns the release of {@code plan} over {@code population}, given that {@code earlier} releases of
   * the same people were published: their tables are published again as they were (shown counts shown,
   * suppressed ones suppressed), and new suppressions are made only among the new cells, so that every
   * number published so far, taken together, still meets the rule. Where the earlier numbers pin a new
   * cell down whatever is suppressed (a shown total of 6 split into small slices, say), the outcome fails
   * with one {@code release.cannot-protect} problem per such cell: drop or coarsen that cut.
   *
   * @throws IllegalArgumentException if a table names a dimension the population does not have, an
   *     earlier release uses the same table id for a different table, its rule differs, or its shown
   *     counts are not this population's
   */
  public static Outcome<Release> build(Population population, ReleasePlan plan, List<Release> earlier) {
    requireNonNull(population, "population");
    requireNonNull(plan, "plan");
    requireNonNull(earlier, "earlier");
    Map<String, TableSpec> tables = new LinkedHashMap<>();
    for (Release e : earlier) {
      checkArgument(e.rule().equals(plan.rule()), "an earlier release used rule %s, this plan %s", e.rule(), plan.rule());
      for (ReleaseTable t : e.tables()) {
        TableSpec before = tables.putIfAbsent(t.spec().id(), t.spec());
        checkArgument(before == null || before.equals(t.spec()), "table '%s' differs between earlier releases", t.spec().id());
      }
    }
    for (TableSpec t : plan.tables()) {
      TableSpec before = tables.putIfAbsent(t.id(), t);
      checkArgument(before == null || before.equals(t), "table '%s' differs from the earlier release's", t.id());
    }
    Cube cube = new Cube(population, List.copyOf(tables.values()));
    boolean[] locked = new boolean[cube.size()];
    boolean[] forced = new boolean[cube.size()];
    for (Release e : earlier) {
      for (ReleaseCell c : e.cells()) {
        int cell = cube.cell(coordinate(cube, c));
        checkArgument(cell >= 0, "earlier cell %s is not in this release", c);
        if (c.count().isPresent()) {
          checkArgument(c.count().get() == cube.values[cell],
              "earlier cell %s shows %s, but these people give %s: an earlier release must be of the same people",
              c, c.count().get(), cube.values[cell]);
          locked[cell] = true;
        } else {
          forced[cell] = true;
        }
      }
    }
    CellSuppression.Result result = CellSuppression.run(
        cube.values, cube.relationTotal, cube.relationParts, cube.relationDimension, plan.rule(), locked, forced);
    Release release = release(cube, plan.rule(), result.suppressed());
    if (result.unprotected().isEmpty()) {
      return Outcome.ok(release);
    }
    List<Problem> problems = new ArrayList<>();
    for (long[] u : result.unprotected()) {
      ReleaseCell cell = release.cells().get((int) u[0]);
      problems.add(Problem.of(ProblemCode.CANNOT_PROTECT, Location.nowhere().withRecord(describe(cell)),
          ImmutableMap.of("cell", describe(cell), "lower", String.valueOf(u[1]), "upper", String.valueOf(u[2]))));
    }
    return Outcome.failed(problems);
  }

  private static String describe(ReleaseCell cell) {
    StringBuilder s = new StringBuilder(cell.unit().value());
    cell.categories().forEach((d, c) -> s.append(" / ").append(d).append(" = ").append(c));
    return s.toString();
  }

  private static int[] coordinate(Cube cube, ReleaseCell c) {
    int[] coordinate = new int[1 + cube.sizes.length];
    coordinate[0] = cube.org.index(c.unit());
    checkArgument(coordinate[0] >= 0, "earlier cell %s names a unit this organisation does not have", c);
    for (int d = 0; d < cube.sizes.length; d++) {
      Dimension dim = cube.dimensions.get(d);
      String category = c.categories().get(dim.id());
      coordinate[1 + d] = category == null ? cube.sizes[d] : dim.indexOf(category);
      checkArgument(coordinate[1 + d] >= 0, "earlier cell %s names a category this population does not have", c);
    }
    return coordinate;
  }

  private static Release release(Cube cube, ProtectionRule rule, boolean[] suppressed) {
    List<ReleaseCell> cells = new ArrayList<>(cube.size());
    for (int i = 0; i < cube.size(); i++) {
      int[] coordinate = cube.coordinates.get(i);
      ImmutableMap.Builder<String, String> categories = ImmutableMap.builder();
      for (int d = 0; d < cube.sizes.length; d++) {
        if (coordinate[1 + d] != cube.sizes[d]) {
          Dimension dim = cube.dimensions.get(d);
          categories.put(dim.id(), dim.categories().get(coordinate[1 + d]).id());
        }
      }
      cells.add(new ReleaseCell(i, cube.org.units().get(coordinate[0]).id(), categories.buildOrThrow(),
          suppressed[i] ? Optional.empty() : Optional.of(cube.values[i])));
    }
    List<ReleaseTable> tables = new ArrayList<>();
    for (int t = 0; t < cube.tables.size(); t++) {
      tables.add(new ReleaseTable(cube.tables.get(t), ImmutableList.copyOf(
          java.util.Arrays.stream(cube.tableCells[t]).boxed().toList())));
    }
    List<Relation> relations = new ArrayList<>(cube.relationTotal.length);
    for (int r = 0; r < cube.relationTotal.length; r++) {
      relations.add(new Relation(cube.relationTotal[r],
          java.util.Arrays.stream(cube.relationParts[r]).boxed().toList()));
    }
    return new Release(rule, cube.org, cube.dimensions, tables, cells, relations, means(cube, rule, suppressed));
  }

  /** Applies the rule for means: count shown, k answers, no small differencing complement. */
  private static List<ReleaseMean> means(Cube cube, ProtectionRule rule, boolean[] suppressed) {
    List<ReleaseMean> out = new ArrayList<>();
    int k = rule.minimumCount();
    cube.means.forEach((item, byCell) -> {
      java.util.Set<Integer> shown = new java.util.HashSet<>();
      byCell.forEach((cell, sr) -> {
        if (!suppressed[cell] && sr[1] >= k) {
          shown.add(cell);
        }
      });
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int r = 0; r < cube.relationTotal.length; r++) {
          int total = cube.relationTotal[r];
          if (!shown.contains(total)) {
            continue;
          }
          double outside = answered(byCell, total);
          int smallest = -1;
          for (int p : cube.relationParts[r]) {
            if (shown.contains(p)) {
              outside -= answered(byCell, p);
              if (smallest < 0 || answered(byCell, p) < answered(byCell, smallest)) {
                smallest = p;
              }
            }
          }
          if (outside > 0 && outside < k) {
            shown.remove(smallest >= 0 ? smallest : total);
            changed = true;
          }
        }
      }
      List<Integer> cells = new ArrayList<>(byCell.keySet());
      java.util.Collections.sort(cells);
      for (int cell : cells) {
        double[] sr = com.google.common.base.Verify.verifyNotNull(byCell.get(cell));
        out.add(new ReleaseMean(cell, item, shown.contains(cell) ? Optional.of(sr[0] / sr[1]) : Optional.empty()));
      }
    });
    return out;
  }

  /** Returns how many people of {@code cell} answered; cells in the map by construction. */
  private static double answered(Map<Integer, double[]> byCell, int cell) {
    return com.google.common.base.Verify.verifyNotNull(byCell.get(cell), "cell %s has no mean", cell)[1];
  }

  /** Components larger than this are audited from one solution and neighbourhood programs first. */
  private static final int EXACT_COMPONENT = 150;

  /** Returns up to {@code size} suppressed cells nearest {@code cell} through relations, it first. */
  private static int[] nearby(Graph graph, int cell, int size, int[] mark) {
    int[] out = new int[size];
    int n = 0;
    out[n++] = cell;
    mark[cell] = 0;
    for (int head = 0; head < n && n < size; head++) {
      for (int r : graph.relationsOf[out[head]]) {
        int[] members = graph.relationParts[r];
        for (int k = -1; k < members.length && n < size; k++) {
          int c = k < 0 ? graph.relationTotal[r] : members[k];
          if (graph.suppressed[c] && mark[c] < 0) {
            mark[c] = n;
            out[n++] = c;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      mark[out[i]] = -1;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static void observe(int[] component, double[] x, long[] lo, long[] hi) {
    for (int j = 0; j < x.length; j++) {
      lo[component[j]] = Math.min(lo[component[j]], ComponentProgram.ceil(x[j]));
      hi[component[j]] = Math.max(hi[component[j]], ComponentProgram.floor(x[j]));
    }
  }

  /**
   * Returns the audit of {@code release} from its published numbers alone: each suppressed cell's
   * interval under linear programming over every shown count and relation.
   *
   * @throws IllegalArgumentException if the published numbers admit no solution
   */
  public static ReleaseAudit audit(Release release) {
    requireNonNull(release, "release");
    int n = release.cells().size();
    long[] values = new long[n];
    boolean[] suppressed = new boolean[n];
    for (ReleaseCell c : release.cells()) {
      values[c.id()] = c.count().orElse(0L);
      suppressed[c.id()] = c.suppressed();
    }
    int[] totals = new int[release.relations().size()];
    int[][] parts = new int[totals.length][];
    for (int r = 0; r < totals.length; r++) {
      totals[r] = release.relations().get(r).total();
      parts[r] = release.relations().get(r).parts().stream().mapToInt(Integer::intValue).toArray();
    }
    Graph graph = new Graph(values, suppressed, totals, parts);
    CellInterval[] intervals = new CellInterval[n];
    int[] position = new int[n];
    java.util.Arrays.fill(position, -1);
    long programs = 0;
    int largest = 0;
    long[] lo = new long[n];
    long[] hi = new long[n];
    java.util.Arrays.fill(lo, Long.MAX_VALUE);
    java.util.Arrays.fill(hi, Long.MIN_VALUE);
    int width = release.rule().protectionWidth();
    double[] point = new double[n];
    for (int[] component : graph.components()) {
      largest = Math.max(largest, component.length);
      for (int i = 0; i < component.length; i++) {
        position[component[i]] = i;
      }
      ComponentProgram program = new ComponentProgram(component, position, graph.relationsTouching(component), graph);
      if (component.length > EXACT_COMPONENT) {
        // One solution of the whole program, then small programs around each cell with the rest held at
        // it: every solution they find is one of the whole program.
        // The average of a few vertices (least and greatest of two cells, where bounded) is a solution
        // too, and lies inside the polytope, where neighbourhood programs have room to move.
        double[] y = new double[component.length];
        int vertices = 0;
        for (int target : new int[] {0, component.length - 1}) {
          for (boolean maximise : new boolean[] {false, true}) {
            Optional<double[]> v = program.optimise(target, maximise);
            programs++;
            if (v.isPresent()) {
              observe(component, v.get(), lo, hi);
              for (int i = 0; i < y.length; i++) {
                y[i] += v.get()[i];
              }
              vertices++;
            }
          }
        }
        for (int i = 0; i < component.length; i++) {
          point[component[i]] = y[i] / vertices;
        }
      }
      for (int c : component) {
        position[c] = -1;
      }
      for (int i = 0; i < component.length; i++) {
        int cell = component[i];
        if (component.length > EXACT_COMPONENT && !(hi[cell] - lo[cell] >= width)) {
          for (int size : new int[] {24, 96}) {
            int[] near = nearby(graph, cell, size, position);
            for (int j = 0; j < near.length; j++) {
              position[near[j]] = j;
            }
            ComponentProgram local = new ComponentProgram(near, position, graph.relationsTouching(near), graph, point);
            Optional<double[]> up = local.optimise(0, true);
            programs++;
            if (up.isEmpty()) {
              hi[cell] = Long.MAX_VALUE;
            } else {
              observe(near, up.get(), lo, hi);
              observe(near, local.optimise(0, false).orElseThrow(), lo, hi);
              programs++;
            }
            for (int c : near) {
              position[c] = -1;
            }
            if (hi[cell] - lo[cell] >= width) {
              break;
            }
          }
        }
        if (hi[cell] != Long.MIN_VALUE && hi[cell] - lo[cell] >= width) {
          // Two solutions already found are at least the protection width apart (or none is bounded).
          intervals[cell] = new CellInterval(cell, Math.max(1, lo[cell]),
              hi[cell] == Long.MAX_VALUE ? Optional.empty() : Optional.of(hi[cell]), false);
          continue;
        }
        for (int j = 0; j < component.length; j++) {
          position[component[j]] = j;
        }
        double[] low = program.optimise(i, false).orElseThrow();
        observe(component, low, lo, hi);
        Optional<double[]> max = program.optimise(i, true);
        programs += 2;
        max.ifPresent(x -> observe(component, x, lo, hi));
        intervals[cell] = new CellInterval(cell, Math.max(1, ComponentProgram.ceil(low[i])),
            max.isPresent() ? Optional.of(hi[cell]) : Optional.empty(), true);
        for (int c : component) {
          position[c] = -1;
        }
      }
    }
    List<CellInterval> out = new ArrayList<>();
    for (CellInterval i : intervals) {
      if (i != null) {
        out.add(i);
      }
    }
    return new ReleaseAudit(release.rule(), out, programs, largest);
  }
}
