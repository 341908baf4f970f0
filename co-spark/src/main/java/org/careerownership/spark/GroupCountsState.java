package org.careerownership.spark;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Map;
import java.util.TreeMap;

/**
 * The buffer of the counting aggregators ({@link PhaseMixAggregator}, {@link ImmobileLayerAggregator}):
 * people per column in each group, exact counts. Mutable; used only by the aggregators.
 */
public final class GroupCountsState implements Externalizable {
  private static final long serialVersionUID = 1L;

  final Map<String, long[]> counts = new TreeMap<>();
  int columns;

  /** Creates an empty state (for deserialisation). */
  public GroupCountsState() {}

  GroupCountsState(int columns) {
    this.columns = columns;
  }

  /** Counts one person of {@code group} in {@code column}. */
  void add(String group, int column) {
    counts.computeIfAbsent(group, g -> new long[columns])[column]++;
  }

  /** Adds {@code other}'s counts, exactly. */
  GroupCountsState merge(GroupCountsState other) {
    other.counts.forEach((group, c) -> {
      long[] mine = counts.computeIfAbsent(group, g -> new long[columns]);
      for (int k = 0; k < c.length; k++) {
        mine[k] += c[k];
      }
    });
    return this;
  }

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    out.writeInt(columns);
    out.writeInt(counts.size());
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      out.writeUTF(e.getKey());
      for (long c : e.getValue()) {
        out.writeLong(c);
      }
    }
  }

  @Override
  public void readExternal(ObjectInput in) throws IOException {
    columns = in.readInt();
    int groups = in.readInt();
    for (int g = 0; g < groups; g++) {
      String name = in.readUTF();
      long[] c = new long[columns];
      for (int k = 0; k < c.length; k++) {
        c[k] = in.readLong();
      }
      counts.put(name, c);
    }
  }
}
