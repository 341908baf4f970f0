package org.careerownership.spark;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Map;
import java.util.TreeMap;

/**
 * The buffer of {@link PhaseMixAggregator}: people per phase in each group, exact counts. Mutable; used
 * only by the aggregator.
 */
public final class PhaseMixState implements Externalizable {
  private static final long serialVersionUID = 1L;

  final Map<String, long[]> counts = new TreeMap<>();

  /** Creates an empty state. */
  public PhaseMixState() {}

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
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
    int groups = in.readInt();
    for (int g = 0; g < groups; g++) {
      String name = in.readUTF();
      long[] c = new long[PhaseMixAggregator.PHASES.size()];
      for (int k = 0; k < c.length; k++) {
        c[k] = in.readLong();
      }
      counts.put(name, c);
    }
  }
}
