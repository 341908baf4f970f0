package org.careerownership.analytics.release;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells, their values and suppression marks, and the relations between them, with each cell's
 * relations and the connected components of suppressed cells (package private). Shared by the
 * suppression engine, which knows every value, and the auditor, which knows only the shown ones.
 */
final class Graph {
  final long[] values;
  final boolean[] suppressed;
  final int[] relationTotal;
  final int[][] relationParts;
  final int[][] relationsOf;

  Graph(long[] values, boolean[] suppressed, int[] relationTotal, int[][] relationParts) {
    this.values = values;
    this.suppressed = suppressed;
    this.relationTotal = relationTotal;
    this.relationParts = relationParts;
    int[] degree = new int[values.length];
    for (int r = 0; r < relationTotal.length; r++) {
      degree[relationTotal[r]]++;
      for (int p : relationParts[r]) {
        degree[p]++;
      }
    }
    relationsOf = new int[values.length][];
    for (int c = 0; c < values.length; c++) {
      relationsOf[c] = new int[degree[c]];
      degree[c] = 0;
    }
    for (int r = 0; r < relationTotal.length; r++) {
      int t = relationTotal[r];
      relationsOf[t][degree[t]++] = r;
      for (int p : relationParts[r]) {
        relationsOf[p][degree[p]++] = r;
      }
    }
  }

  /** Returns how many members of relation {@code r} are suppressed. */
  int suppressedIn(int r) {
    int n = suppressed[relationTotal[r]] ? 1 : 0;
    for (int p : relationParts[r]) {
      if (suppressed[p]) {
        n++;
      }
    }
    return n;
  }

  /** Returns the components of suppressed cells: cells linked when a relation has both suppressed. */
  List<int[]> components() {
    int n = values.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < relationTotal.length; r++) {
      int first = suppressed[relationTotal[r]] ? relationTotal[r] : -1;
      for (int p : relationParts[r]) {
        if (suppressed[p]) {
          if (first < 0) {
            first = p;
          } else {
            union(parent, first, p);
          }
        }
      }
    }
    int[] root = new int[n];
    int[] sizes = new int[n];
    for (int i = 0; i < n; i++) {
      if (suppressed[i]) {
        root[i] = find(parent, i);
        sizes[root[i]]++;
      }
    }
    int[][] byRoot = new int[n][];
    List<int[]> out = new ArrayList<>();
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) {
      if (suppressed[i]) {
        int r = root[i];
        if (byRoot[r] == null) {
          byRoot[r] = new int[sizes[r]];
          out.add(byRoot[r]);
        }
        byRoot[r][fill[r]++] = i;
      }
    }
    return out;
  }

  /** Returns the relations with a suppressed member among {@code cells}. */
  int[] relationsTouching(int[] cells) {
    java.util.BitSet seen = new java.util.BitSet(relationTotal.length);
    for (int c : cells) {
      for (int r : relationsOf[c]) {
        seen.set(r);
      }
    }
    return seen.stream().toArray();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
