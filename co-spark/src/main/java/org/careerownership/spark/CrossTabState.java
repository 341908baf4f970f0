package org.careerownership.spark;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Map;
import java.util.TreeMap;

/** The buffer of {@link CrossTabAggregator}: exact counts per (row, column) label. Mutable. */
public final class CrossTabState implements Externalizable {
  private static final long serialVersionUID = 1L;

  final Map<String, Map<String, Long>> counts = new TreeMap<>();

  /** Creates an empty state. */
  public CrossTabState() {}

  void add(String row, String column, long n) {
    counts.computeIfAbsent(row, r -> new TreeMap<>()).merge(column, n, Long::sum);
  }

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<String, Map<String, Long>> row : counts.entrySet()) {
      out.writeUTF(row.getKey());
      out.writeInt(row.getValue().size());
      for (Map.Entry<String, Long> cell : row.getValue().entrySet()) {
        out.writeUTF(cell.getKey());
        out.writeLong(cell.getValue());
      }
    }
  }

  @Override
  public void readExternal(ObjectInput in) throws IOException {
    int rows = in.readInt();
    for (int r = 0; r < rows; r++) {
      String row = in.readUTF();
      int cells = in.readInt();
      for (int c = 0; c < cells; c++) {
        add(row, in.readUTF(), in.readLong());
      }
    }
  }
}
