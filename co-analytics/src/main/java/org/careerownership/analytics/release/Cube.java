package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerownership.core.org.OrgStructure;

/**
 * The cells of a release plan over a population and the additive relations between them (package
 * private). A cell is a unit × one category or "all" of every dimension; tables that share a cell (a
 * unit's total, say) share it here. Counts are computed once per table from the people's rows.
 */
final class Cube {
  final OrgStructure org;
  final List<Dimension> dimensions;
  final int[] sizes;
  final List<TableSpec> tables;
  /** Per cell: unit index, then one code per dimension ({@code sizes[d]} means "all"). */
  final List<int[]> coordinates = new ArrayList<>();
  final long[] values;
  final int[][] tableCells;
  final int[] relationTotal;
  final int[][] relationParts;
  /** Per relation, the dimension its parts differ in: 0 for the org, {@code 1 + d} for dimension d. */
  final int[] relationDimension;
  private final Map<Long, Integer> index = new HashMap<>();
  /** Per item: cell → {sum of answers, respondents}, for the cells of tables that show its mean. */
  final Map<String, Map<Integer, double[]>> means = new java.util.LinkedHashMap<>();

  Cube(Population population, List<TableSpec> tables) {
    this.org = population.org();
    this.dimensions = population.dimensions();
    this.tables = tables;
    int dims = dimensions.size();
    this.sizes = new int[dims];
    long space = org.size();
    for (int d = 0; d < dims; d++) {
      sizes[d] = dimensions.get(d).size();
      space = Math.multiplyExact(space, sizes[d] + 1L);
    }
    List<Long> valueList = new ArrayList<>();
    this.tableCells = new int[tables.size()][];
    List<int[]> totals = new ArrayList<>();
    List<int[]> parts = new ArrayList<>();
    Set<Long> related = new HashSet<>();
    for (int t = 0; t < tables.size(); t++) {
      TableSpec spec = tables.get(t);
      int[] spanned = new int[spec.dimensions().size()];
      for (int s = 0; s < spanned.length; s++) {
        spanned[s] = population.dimensionIndex(spec.dimensions().get(s));
        checkArgument(spanned[s] >= 0, "table '%s' names dimension '%s', which the population does not have",
            spec.id(), spec.dimensions().get(s));
      }
      boolean byOrg = spec.breakdown() == TableSpec.Breakdown.EVERY_UNIT;
      int units = byOrg ? org.size() : 1;
      int local = units;
      for (int d : spanned) {
        local = Math.multiplyExact(local, sizes[d] + 1);
      }
      long[] counts = count(population, spanned, byOrg, local, i -> population.weight(i));
      int[] cells = new int[local];
      int[] coordinate = new int[1 + dims];
      for (int pos = 0; pos < local; pos++) {
        decode(pos, byOrg, spanned, coordinate);
        long key = key(coordinate);
        Integer cell = index.get(key);
        if (cell == null) {
          cell = coordinates.size();
          index.put(key, cell);
          coordinates.add(coordinate.clone());
          valueList.add(counts[pos]);
        }
        cells[pos] = cell;
      }
      tableCells[t] = cells;
      for (String item : spec.means()) {
        long[] respondents = count(population, spanned, byOrg, local,
            i -> Double.isNaN(population.answer(item, i)) ? 0 : 1);
        double[] sums = sum(population, spanned, byOrg, local, item);
        Map<Integer, double[]> byCell = means.computeIfAbsent(item, k -> new HashMap<>());
        for (int pos = 0; pos < local; pos++) {
          byCell.put(cells[pos], new double[] {sums[pos], respondents[pos]});
        }
      }
      for (int pos = 0; pos < local; pos++) {
        decode(pos, byOrg, spanned, coordinate);
        int cell = cells[pos];
        if (byOrg && !org.isLeaf(coordinate[0]) && related.add((long) cell * 64)) {
          List<Integer> kids = org.childIndexes(coordinate[0]);
          int[] p = new int[kids.size()];
          for (int k = 0; k < p.length; k++) {
            int[] child = coordinate.clone();
            child[0] = kids.get(k);
            p[k] = cell(child);
          }
          totals.add(new int[] {cell, 0});
          parts.add(p);
        }
        for (int d : spanned) {
          if (coordinate[1 + d] == sizes[d] && related.add((long) cell * 64 + 1 + d)) {
            int[] p = new int[sizes[d]];
            for (int c = 0; c < sizes[d]; c++) {
              int[] child = coordinate.clone();
              child[1 + d] = c;
              p[c] = cell(child);
            }
            totals.add(new int[] {cell, 1 + d});
            parts.add(p);
          }
        }
      }
    }
    this.values = valueList.stream().mapToLong(Long::longValue).toArray();
    this.relationTotal = totals.stream().mapToInt(a -> a[0]).toArray();
    this.relationDimension = totals.stream().mapToInt(a -> a[1]).toArray();
    this.relationParts = parts.toArray(new int[0][]);
  }

  /** Returns the cell at {@code coordinate}, or -1. */
  int cell(int[] coordinate) {
    Integer i = index.get(key(coordinate));
    return i == null ? -1 : i;
  }

  int size() {
    return values.length;
  }

  private long key(int[] coordinate) {
    long key = 0;
    for (int d = sizes.length - 1; d >= 0; d--) {
      key = key * (sizes[d] + 1) + coordinate[1 + d];
    }
    return key * org.size() + coordinate[0];
  }

  /** Decodes a table-local position: the unit first, then each spanned dimension's code. */
  private void decode(int pos, boolean byOrg, int[] spanned, int[] coordinate) {
    int units = byOrg ? org.size() : 1;
    coordinate[0] = byOrg ? pos % units : 0;
    int rest = pos / units;
    for (int d = 0; d < sizes.length; d++) {
      coordinate[1 + d] = sizes[d];
    }
    for (int d : spanned) {
      coordinate[1 + d] = rest % (sizes[d] + 1);
      rest /= sizes[d] + 1;
    }
  }

  /** Adds the value at one table-local position into another. */
  private interface Move {
    void apply(int from, int to);
  }

  /** Adds up {@code weight} over the people of every table-local cell: exact counts. */
  private long[] count(Population population, int[] spanned, boolean byOrg, int local,
      java.util.function.IntToLongFunction weight) {
    long[] counts = new long[local];
    int[] stride = strides(spanned, byOrg);
    for (int i = 0; i < population.size(); i++) {
      counts[leaf(population, i, spanned, stride, byOrg)] += weight.applyAsLong(i);
    }
    roll(counts.length, stride, spanned, byOrg, (from, to) -> counts[to] += counts[from]);
    return counts;
  }

  /** Adds up the answers to {@code item} over the people of every table-local cell. */
  private double[] sum(Population population, int[] spanned, boolean byOrg, int local, String item) {
    double[] sums = new double[local];
    int[] stride = strides(spanned, byOrg);
    for (int i = 0; i < population.size(); i++) {
      double v = population.answer(item, i);
      if (!Double.isNaN(v)) {
        sums[leaf(population, i, spanned, stride, byOrg)] += v;
      }
    }
    roll(sums.length, stride, spanned, byOrg, (from, to) -> sums[to] += sums[from]);
    return sums;
  }

  private int[] strides(int[] spanned, boolean byOrg) {
    int[] stride = new int[spanned.length];
    int acc = byOrg ? org.size() : 1;
    for (int k = 0; k < spanned.length; k++) {
      stride[k] = acc;
      acc *= sizes[spanned[k]] + 1;
    }
    return stride;
  }

  /** Returns the table-local position of person {@code i}'s own cell: their unit and categories. */
  private static int leaf(Population population, int i, int[] spanned, int[] stride, boolean byOrg) {
    int pos = byOrg ? population.unit(i) : 0;
    for (int k = 0; k < spanned.length; k++) {
      pos += stride[k] * population.code(spanned[k], i);
    }
    return pos;
  }

  /**
   * Adds every cell into its totals: each category into its dimension's "all", then each unit into its
   * parent, deepest first (children come after their parents in depth-first order).
   */
  private void roll(int local, int[] stride, int[] spanned, boolean byOrg, Move add) {
    for (int k = 0; k < spanned.length; k++) {
      int size = sizes[spanned[k]];
      for (int pos = 0; pos < local; pos++) {
        int code = (pos / stride[k]) % (size + 1);
        if (code != size) {
          add.apply(pos, pos + (size - code) * stride[k]);
        }
      }
    }
    if (byOrg) {
      int units = org.size();
      for (int u = units - 1; u >= 1; u--) {
        int parent = org.parentIndex(u);
        for (int pos = u; pos < local; pos += units) {
          add.apply(pos, pos - u + parent);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Cube{" + values.length + " cells, " + relationTotal.length + " relations, " + Arrays.toString(sizes) + "}";
  }
}
