package org.careerownership.analytics.release;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Chooses which cells a release suppresses (package private): every count of 1 to {@code k - 1}
 * (primary suppression), then secondary suppressions until every suppressed cell's interval, under the
 * attacker's linear program over the whole release, meets the rule.
 *
 * <p>The method is constraint-based, in the family of sdcTable's SIMPLEHEURISTIC and τ-ARGUS's
 * modular approach: (1) no relation may hold exactly one suppressed cell (it would give it away by
 * subtraction), so such a relation gets a partner — the shown non-zero member that opens the fewest new
 * lone suppressions and can move at least {@code p + 1}, else the largest; (2) each suppressed cell is
 * then proven protected, cheapest first: by a suppressed hypercube around it, by the attacker's programs
 * over neighbourhoods of 24 and 96 cells with the cells outside held at their true values, or because
 * its component is closed by suppressed cells and zeros (unbounded); (3) a cell not proven gets the
 * cheapest hypercube whose moves reach {@code p}, else a partner, else its whole component's program
 * decides; (4) repeat; (5) show again, largest first, secondary suppressions whose touched components
 * (up to 200 cells) stay safe under their exact programs. Every solution used as a proof is a solution
 * of the whole program, and suppressing a cell only widens every other interval, so a cell once proven
 * stays proven; the loop ends because each round suppresses at least one more cell.
 */
final class CellSuppression {
  /** The first neighbourhood's size; each next one is four times larger, up to the whole component. */
  private static final int NEIGHBOURHOOD = 24;
  /** The largest neighbourhood solved when the component is larger: 24 × 4 cells. */
  private static final int LARGEST_NEIGHBOURHOOD = 96;

  private final Graph graph;
  private final int[] relationDimension;
  private final ProtectionRule rule;
  private final boolean[] locked;
  private final boolean[] verified;
  private final boolean[] dirty;
  private final int[] position;
  /** Per cell, the least and greatest value seen in a solution of the attacker's program. */
  private final long[] lo;
  private final long[] hi;
  private final ArrayDeque<Integer> pending = new ArrayDeque<>();
  private long programs;
  private int largest;
  private final java.util.BitSet gaveUp = new java.util.BitSet();

  private CellSuppression(Graph graph, ProtectionRule rule, boolean[] locked, int[] relationDimension) {
    this.graph = graph;
    this.relationDimension = relationDimension;
    this.rule = rule;
    this.locked = locked;
    this.verified = new boolean[graph.values.length];
    this.dirty = new boolean[graph.values.length];
    this.position = new int[graph.values.length];
    Arrays.fill(position, -1);
    this.lo = graph.values.clone();
    this.hi = graph.values.clone();
  }

  /** The outcome: which cells are suppressed, and what it took. */
  /**
   * @param suppressed which cells are suppressed
   * @param unprotected cells whose interval stays too narrow whatever is suppressed (only where earlier
   *     releases lock cells shown), each with its interval {cell, lower, upper}
   */
  record Result(boolean[] suppressed, long programs, int largestComponent, List<long[]> unprotected) {}

  /**
   * Returns the suppression of {@code values} under {@code rule}: {@code locked} cells are shown as they
   * were published before, {@code forced} ones stay suppressed.
   */
  static Result run(long[] values, int[] relationTotal, int[][] relationParts, int[] relationDimension,
      ProtectionRule rule, boolean[] locked, boolean[] forced) {
    boolean[] suppressed = forced.clone();
    for (int c = 0; c < values.length; c++) {
      if (!rule.showable(values[c])) {
        suppressed[c] = true;
      }
    }
    Graph graph = new Graph(values, suppressed, relationTotal, relationParts);
    CellSuppression engine = new CellSuppression(graph, rule, locked, relationDimension);
    engine.protect();
    engine.dropSuperfluous(forced);
    return new Result(suppressed, engine.programs, engine.largest, engine.unprotected());
  }

  private void protect() {
    for (int c = 0; c < graph.values.length; c++) {
      dirty[c] = graph.suppressed[c];
    }
    for (int r = 0; r < graph.relationTotal.length; r++) {
      pending.add(r);
    }
    closeLoneSuppressions();
    boolean changed = true;
    while (changed) {
      changed = false;
      List<int[]> components = graph.components();
      boolean[] wasDirty = dirty.clone();
      Arrays.fill(dirty, false);
      for (int[] component : components) {
        if (!anyDirty(component, wasDirty)) {
          continue;
        }
        largest = Math.max(largest, component.length);
        // Every cell not yet shown protected gets a partner in this pass; suppressing more only widens
        // the other intervals, so the proofs made later in the pass stay valid.
        for (int cell : component) {
          if (verified[cell]) {
            continue;
          }
          if (prove(cell, component, LARGEST_NEIGHBOURHOOD)) {
            verified[cell] = true;
          } else if (repair(cell, component)) {
            changed = true;
          } else if (homogeneous(component)) {
            // Every relation around the component holds only suppressed cells and zeros: doubling a
            // solution gives another, so every cell of it is unbounded above.
            verified[cell] = true;
          } else if (prove(cell, component, Integer.MAX_VALUE)) {
            // Nothing left to suppress near it: larger programs, up to its whole component, decide.
            verified[cell] = true;
          } else {
            gaveUp.set(cell);
            verified[cell] = true;
          }
        }
      }
      closeLoneSuppressions();
    }
  }

  private static boolean anyDirty(int[] component, boolean[] wasDirty) {
    for (int c : component) {
      if (wasDirty[c]) {
        return true;
      }
    }
    return false;
  }

  /** Gives every relation with exactly one suppressed member a partner. */
  private void closeLoneSuppressions() {
    while (!pending.isEmpty()) {
      int r = pending.poll();
      if (graph.suppressedIn(r) != 1) {
        continue;
      }
      int best = bestPartner(r, -1);
      if (best < 0) {
        gaveUp.set(graph.relationTotal[r]);
        for (int p : graph.relationParts[r]) {
          gaveUp.set(p);
        }
        continue;
      }
      suppress(best);
    }
  }

  private void suppress(int cell) {
    graph.suppressed[cell] = true;
    dirty[cell] = true;
    for (int r : graph.relationsOf[cell]) {
      pending.add(r);
    }
  }

  /** Returns the best shown member of relation {@code r} to suppress, better than {@code incumbent}. */
  private int bestPartner(int r, int incumbent) {
    int best = incumbent;
    best = better(graph.relationTotal[r], best);
    for (int p : graph.relationParts[r]) {
      best = better(p, best);
    }
    return best;
  }

  private int better(int candidate, int best) {
    if (graph.suppressed[candidate] || locked[candidate] || graph.values[candidate] == 0) {
      return best;
    }
    return best < 0 || score(candidate) < score(best) ? candidate : best;
  }

  /** Lower is better: fewest new lone suppressions, then the smallest value that can move p + 1. */
  private long score(int cell) {
    long lone = 0;
    for (int r : graph.relationsOf[cell]) {
      if (graph.suppressedIn(r) == 0) {
        lone++;
      }
    }
    long v = graph.values[cell];
    long room = v > rule.protectionWidth() ? v : (1L << 40) - v;
    return (lone << 42) + room;
  }

  /** Returns the cells given up on whose intervals still do not meet the rule, with their intervals. */
  private List<long[]> unprotected() {
    List<long[]> out = new java.util.ArrayList<>();
    if (gaveUp.isEmpty()) {
      return out;
    }
    for (int[] component : graph.components()) {
      boolean any = false;
      for (int c : component) {
        if (gaveUp.get(c)) {
          any = true;
          verified[c] = false;
        }
      }
      if (!any) {
        continue;
      }
      for (int i = 0; i < component.length; i++) {
        position[component[i]] = i;
      }
      ComponentProgram program = new ComponentProgram(component, position, graph.relationsTouching(component), graph);
      for (int i = 0; i < component.length; i++) {
        if (!gaveUp.get(component[i]) || verified[component[i]]) {
          continue;
        }
        long lower = ComponentProgram.ceil(program.optimise(i, false).orElseThrow()[i]);
        Optional<double[]> max = program.optimise(i, true);
        programs += 2;
        if (max.isPresent()) {
          long upper = ComponentProgram.floor(max.get()[i]);
          if (lower < rule.minimumCount() && upper - lower < rule.protectionWidth()) {
            out.add(new long[] {component[i], lower, upper});
          }
        }
      }
      for (int c : component) {
        position[c] = -1;
      }
    }
    return out;
  }

  /**
   * Returns whether {@code cell}'s interval is shown to meet the rule: by solutions already found, else
   * by the programs of ever larger neighbourhoods (cells outside held at their true values, so each
   * solution is one of the whole program and the interval it shows lies inside the true one), up to
   * {@link #LARGEST_NEIGHBOURHOOD} cells or the whole component if that is smaller. A cell not shown
   * protected gets another partner: suppressing more never narrows an interval, so this is safe, and it
   * keeps every program small.
   */
  private boolean prove(int cell, int[] component, int largest) {
    int width = rule.protectionWidth();
    if (hi[cell] - lo[cell] < width) {
      hypercube(cell);
    }
    for (int size = NEIGHBOURHOOD; ; size *= 4) {
      if (hi[cell] - lo[cell] >= width) {
        return true;
      }
      boolean whole = size >= component.length;
      if (!whole && size > largest) {
        return false;
      }
      int[] cells = whole ? component : neighbourhood(cell, size);
      for (int i = 0; i < cells.length; i++) {
        position[cells[i]] = i;
      }
      try {
        ComponentProgram program = new ComponentProgram(cells, position, graph.relationsTouching(cells), graph);
        int at = position[cell];
        Optional<double[]> max = program.optimise(at, true);
        programs++;
        if (max.isEmpty()) {
          return true; // unbounded above
        }
        widen(cells, max.get());
        if (hi[cell] - lo[cell] < width) {
          widen(cells, program.optimise(at, false).orElseThrow());
          programs++;
        }
        if (whole) {
          // Exact: the least and greatest of the whole program.
          return hi[cell] - lo[cell] >= width || lo[cell] >= rule.minimumCount();
        }
      } finally {
        for (int c : cells) {
          position[c] = -1;
        }
      }
    }
  }

  /** The most sibling choices tried per cell when looking for a suppressed hypercube around it. */
  private static final int HYPERCUBES = 256;

  /**
   * Looks for a hypercube of suppressed cells around {@code cell} — one sibling in each dimension the
   * cell is a part along, all 2^d corners suppressed, none of them a total — and widens the corners'
   * known ranges by the moves it allows. Adding +δ at the corners an even number of moves away and −δ at
   * the others changes no relation (every relation's parts differ in one dimension, where the corners
   * pair up), so every move keeps all published numbers: each is a solution of the attacker's program.
   * This is the hypercube method's geometry (Repsilber; τ-ARGUS's GHMITER), used here as a proof.
   */
  private void hypercube(int cell) {
    int[] along = partRelations(cell);
    if (along == null) {
      return;
    }
    int d = along.length;
    int[] choice = new int[d];
    int[] position = new int[d];
    for (int k = 0; k < d; k++) {
      if (graph.relationParts[along[k]].length < 2) {
        return; // no sibling to move to
      }
      position[k] = indexOf(graph.relationParts[along[k]], cell);
      choice[k] = position[k] == 0 ? 1 : 0;
    }
    choice[0] = -1;
    int[] corners = new int[1 << d];
    for (int tried = 0; tried < HYPERCUBES; tried++) {
      if (!next(choice, position, along)) {
        return;
      }
      if (corners(cell, along, choice, corners)) {
        long up = Long.MAX_VALUE;
        long down = Long.MAX_VALUE;
        for (int a = 0; a < corners.length; a++) {
          long room = graph.values[corners[a]] - 1;
          if (Integer.bitCount(a) % 2 == 0) {
            down = Math.min(down, room);
          } else {
            up = Math.min(up, room);
          }
        }
        for (int a = 0; a < corners.length; a++) {
          long v = graph.values[corners[a]];
          boolean plus = Integer.bitCount(a) % 2 == 0;
          hi[corners[a]] = Math.max(hi[corners[a]], v + (plus ? up : down));
          lo[corners[a]] = Math.min(lo[corners[a]], v - (plus ? down : up));
        }
        if (hi[cell] - lo[cell] >= rule.protectionWidth()) {
          return;
        }
      }
    }
  }

  /**
   * Advances {@code choice} to the next choice of one other part in each dimension, in odometer order
   * (never the cell's own position); returns false when every choice has been made.
   */
  private boolean next(int[] choice, int[] position, int[] along) {
    for (int k = 0; k < choice.length; k++) {
      choice[k]++;
      if (choice[k] == position[k]) {
        choice[k]++;
      }
      if (choice[k] < graph.relationParts[along[k]].length) {
        return true;
      }
      choice[k] = position[k] == 0 ? 1 : 0;
    }
    return false;
  }

  /**
   * Returns the relations {@code cell} is a part along, one per dimension, or null when it is also a
   * total (a move would have to change its parts too) or is a part twice along one dimension.
   */
  private int @org.jspecify.annotations.Nullable [] partRelations(int cell) {
    int[] out = new int[graph.relationsOf[cell].length];
    int n = 0;
    for (int r : graph.relationsOf[cell]) {
      if (graph.relationTotal[r] == cell) {
        return null;
      }
      for (int k = 0; k < n; k++) {
        if (relationDimension[out[k]] == relationDimension[r]) {
          return null;
        }
      }
      out[n++] = r;
    }
    return n == 0 || n > 4 ? null : Arrays.copyOf(out, n);
  }

  /** Fills the corners of the hypercube; returns false unless every corner is a suppressed part-only cell. */
  private boolean corners(int cell, int[] along, int[] choice, int[] corners) {
    int d = along.length;
    corners[0] = cell;
    for (int a = 1; a < corners.length; a++) {
      int low = Integer.numberOfTrailingZeros(a);
      int from = corners[a & (a - 1)];
      // Move {@code from} along dimension {@code low} to the chosen part.
      int r = relationAlong(from, relationDimension[along[low]]);
      if (r < 0) {
        return false;
      }
      int next = graph.relationParts[r][choice[low]];
      if (!graph.suppressed[next] || locked[next] || isTotal(next)) {
        return false;
      }
      corners[a] = next;
    }
    return d > 0;
  }

  private int relationAlong(int cell, int dimension) {
    for (int r : graph.relationsOf[cell]) {
      if (relationDimension[r] == dimension && graph.relationTotal[r] != cell) {
        return r;
      }
    }
    return -1;
  }

  private boolean isTotal(int cell) {
    for (int r : graph.relationsOf[cell]) {
      if (graph.relationTotal[r] == cell) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(int[] parts, int cell) {
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] == cell) {
        return i;
      }
    }
    throw new IllegalStateException("cell " + cell + " is not a part of its relation");
  }

  /** The largest component in which superfluous suppressions are looked for (each try solves it whole). */
  private static final int CLEAN_UP_LIMIT = 200;

  /**
   * Shows again, largest first, every secondary suppression whose component (up to {@link
   * #CLEAN_UP_LIMIT} cells) stays protected without it — the clean-up step of τ-ARGUS's and sdcTable's
   * heuristics. Each try is checked with the exact programs of the components it touches.
   */
  private void dropSuperfluous(boolean[] forced) {
    List<Integer> secondary = new java.util.ArrayList<>();
    for (int c = 0; c < graph.values.length; c++) {
      if (graph.suppressed[c] && !forced[c] && rule.showable(graph.values[c]) && graph.values[c] > 0) {
        secondary.add(c);
      }
    }
    secondary.sort((a, b) -> Long.compare(graph.values[b], graph.values[a]));
    int[] componentOf = new int[graph.values.length];
    for (int c : secondary) {
      graph.suppressed[c] = false;
      boolean keep = loneFree(c);
      if (keep) {
        for (int[] component : touching(c)) {
          if (component.length > CLEAN_UP_LIMIT || !exactlySafe(component)) {
            keep = false;
            break;
          }
        }
      }
      if (!keep) {
        graph.suppressed[c] = true;
      }
    }
  }

  /** Returns whether no relation of {@code cell} holds exactly one suppressed cell. */
  private boolean loneFree(int cell) {
    for (int r : graph.relationsOf[cell]) {
      if (graph.suppressedIn(r) == 1) {
        return false;
      }
    }
    return true;
  }

  /** Returns the components of suppressed cells in the relations of {@code cell}. */
  private List<int[]> touching(int cell) {
    List<int[]> out = new java.util.ArrayList<>();
    java.util.BitSet seen = new java.util.BitSet();
    for (int r : graph.relationsOf[cell]) {
      int[] members = new int[graph.relationParts[r].length + 1];
      members[0] = graph.relationTotal[r];
      System.arraycopy(graph.relationParts[r], 0, members, 1, graph.relationParts[r].length);
      for (int m : members) {
        if (graph.suppressed[m] && !seen.get(m)) {
          int[] component = neighbourhood(m, CLEAN_UP_LIMIT + 1);
          for (int x : component) {
            seen.set(x);
          }
          out.add(component);
        }
      }
    }
    return out;
  }

  /** Returns whether every cell of {@code component} meets the rule under its whole program. */
  private boolean exactlySafe(int[] component) {
    for (int i = 0; i < component.length; i++) {
      position[component[i]] = i;
    }
    try {
      ComponentProgram program = new ComponentProgram(component, position, graph.relationsTouching(component), graph);
      long[] low = new long[component.length];
      long[] high = new long[component.length];
      for (int i = 0; i < component.length; i++) {
        low[i] = high[i] = graph.values[component[i]];
      }
      int width = rule.protectionWidth();
      for (int i = 0; i < component.length; i++) {
        if (high[i] - low[i] >= width) {
          continue;
        }
        Optional<double[]> max = program.optimise(i, true);
        programs++;
        if (max.isEmpty()) {
          continue;
        }
        observe(max.get(), low, high);
        if (high[i] - low[i] >= width) {
          continue;
        }
        observe(program.optimise(i, false).orElseThrow(), low, high);
        programs++;
        if (high[i] - low[i] < width && low[i] < rule.minimumCount()) {
          return false;
        }
      }
      return true;
    } finally {
      for (int c : component) {
        position[c] = -1;
      }
    }
  }

  private static void observe(double[] x, long[] low, long[] high) {
    for (int j = 0; j < x.length; j++) {
      low[j] = Math.min(low[j], ComponentProgram.ceil(x[j]));
      high[j] = Math.max(high[j], ComponentProgram.floor(x[j]));
    }
  }

  /** Returns whether every shown member of every relation touching {@code component} is zero. */
  private boolean homogeneous(int[] component) {
    for (int r : graph.relationsTouching(component)) {
      if (!graph.suppressed[graph.relationTotal[r]] && graph.values[graph.relationTotal[r]] != 0) {
        return false;
      }
      for (int p : graph.relationParts[r]) {
        if (!graph.suppressed[p] && graph.values[p] != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Returns up to {@code size} suppressed cells nearest {@code cell} through relations, it first. */
  private int[] neighbourhood(int cell, int size) {
    int[] out = new int[size];
    int n = 0;
    out[n++] = cell;
    position[cell] = 0;
    for (int head = 0; head < n && n < size; head++) {
      for (int r : graph.relationsOf[out[head]]) {
        n = take(graph.relationTotal[r], out, n, size);
        for (int p : graph.relationParts[r]) {
          n = take(p, out, n, size);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      position[out[i]] = -1;
    }
    return Arrays.copyOf(out, n);
  }

  private int take(int c, int[] out, int n, int size) {
    if (n < size && graph.suppressed[c] && position[c] < 0) {
      position[c] = n;
      out[n++] = c;
    }
    return n;
  }

  private void widen(int[] cells, double[] x) {
    for (int j = 0; j < x.length; j++) {
      lo[cells[j]] = Math.min(lo[cells[j]], ComponentProgram.ceil(x[j]));
      hi[cells[j]] = Math.max(hi[cells[j]], ComponentProgram.floor(x[j]));
    }
  }

  /**
   * Suppresses the cheapest hypercube around {@code cell} whose moves give it the protection width:
   * every corner non-zero, not locked, not a total, the smallest number of people newly hidden (the
   * hypercube method's choice). Returns false where there is none (the cell is a total, or no siblings
   * are large enough).
   */
  private boolean repairByHypercube(int cell) {
    int[] along = partRelations(cell);
    if (along == null) {
      return false;
    }
    int d = along.length;
    int[] choice = new int[d];
    int[] position = new int[d];
    for (int k = 0; k < d; k++) {
      if (graph.relationParts[along[k]].length < 2) {
        return false;
      }
      position[k] = indexOf(graph.relationParts[along[k]], cell);
      choice[k] = position[k] == 0 ? 1 : 0;
    }
    choice[0] = -1;
    int[] corners = new int[1 << d];
    int[] best = null;
    long bestCost = Long.MAX_VALUE;
    for (int tried = 0; tried < HYPERCUBES * 4; tried++) {
      if (!next(choice, position, along)) {
        break;
      }
      long cost = candidateCorners(cell, along, choice, corners, bestCost);
      if (cost < bestCost) {
        bestCost = cost;
        best = corners.clone();
      }
    }
    if (best == null || bestCost == 0) {
      return false; // none, or one already suppressed that the proof did not reach: a partner instead
    }
    for (int c : best) {
      if (!graph.suppressed[c]) {
        suppress(c);
      }
    }
    return true;
  }

  /**
   * Fills the corners of a candidate hypercube and returns the people it would newly hide, or
   * Long.MAX_VALUE when a corner is zero, locked or a total, or the moves would not reach the width.
   */
  private long candidateCorners(int cell, int[] along, int[] choice, int[] corners, long bound) {
    corners[0] = cell;
    long cost = 0;
    long up = Long.MAX_VALUE;
    long down = graph.values[cell] - 1;
    for (int a = 1; a < corners.length; a++) {
      int low = Integer.numberOfTrailingZeros(a);
      int r = relationAlong(corners[a & (a - 1)], relationDimension[along[low]]);
      if (r < 0) {
        return Long.MAX_VALUE;
      }
      int next = graph.relationParts[r][choice[low]];
      long v = graph.values[next];
      if (v == 0 || locked[next] || isTotal(next)) {
        return Long.MAX_VALUE;
      }
      if (!graph.suppressed[next]) {
        cost += v;
        if (cost >= bound) {
          return Long.MAX_VALUE;
        }
      }
      if (Integer.bitCount(a) % 2 == 0) {
        down = Math.min(down, v - 1);
      } else {
        up = Math.min(up, v - 1);
      }
      corners[a] = next;
    }
    return up + down >= rule.protectionWidth() ? cost : Long.MAX_VALUE;
  }

  /** Suppresses one more partner for {@code cell}; returns whether one could be found. */
  private boolean repair(int cell, int[] component) {
    if (repairByHypercube(cell)) {
      return true;
    }
    int best = -1;
    for (int r : graph.relationsOf[cell]) {
      best = bestPartner(r, best);
    }
    if (best < 0) {
      // Nearest first: the cell's neighbourhood, then (rarely) the whole component.
      for (int c : neighbourhood(cell, Math.min(component.length, LARGEST_NEIGHBOURHOOD))) {
        for (int r : graph.relationsOf[c]) {
          best = bestPartner(r, best);
        }
      }
    }
    if (best < 0 && component.length > LARGEST_NEIGHBOURHOOD) {
      for (int c : component) {
        for (int r : graph.relationsOf[c]) {
          best = bestPartner(r, best);
        }
      }
    }
    if (best < 0) {
      return false;
    }
    suppress(best);
    return true;
  }
}
