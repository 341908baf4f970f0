package org.careerownership.spark;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.analytics.moments.PairedMomentsAccumulator;

/**
 * The buffer of {@link PairedMomentsAggregator}: one accumulator per pair of columns, kept as objects
 * while a partition is aggregated and written between executors in the accumulators' compact byte form
 * ({@link PairedMoments#toByteArray()}, one after another). Mutable; used only by the aggregator.
 */
public final class MomentsState implements Externalizable {
  private static final long serialVersionUID = 1L;

  PairedMomentsAccumulator[] pairs = new PairedMomentsAccumulator[0];

  /** Creates an empty state (for deserialisation). */
  public MomentsState() {}

  MomentsState(int pairCount) {
    pairs = new PairedMomentsAccumulator[pairCount];
    for (int k = 0; k < pairCount; k++) {
      pairs[k] = new PairedMomentsAccumulator();
    }
  }

  /** Returns the state's moments in the compact byte form, pair after pair. */
  byte[] toByteArray() {
    byte[] out = new byte[pairs.length * PairedMoments.BYTES];
    for (int k = 0; k < pairs.length; k++) {
      System.arraycopy(pairs[k].snapshot().toByteArray(), 0, out, k * PairedMoments.BYTES, PairedMoments.BYTES);
    }
    return out;
  }

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    byte[] bytes = toByteArray();
    out.writeInt(pairs.length);
    out.write(bytes);
  }

  @Override
  public void readExternal(ObjectInput in) throws IOException {
    int count = in.readInt();
    byte[] bytes = new byte[count * PairedMoments.BYTES];
    in.readFully(bytes);
    pairs = new PairedMomentsAccumulator[count];
    for (int k = 0; k < count; k++) {
      byte[] one = java.util.Arrays.copyOfRange(bytes, k * PairedMoments.BYTES, (k + 1) * PairedMoments.BYTES);
      pairs[k] = new PairedMomentsAccumulator();
      pairs[k].addAll(PairedMoments.fromByteArray(one));
    }
  }
}
