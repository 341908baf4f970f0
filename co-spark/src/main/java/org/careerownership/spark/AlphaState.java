package org.careerownership.spark;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.function.IntFunction;
import org.careerownership.analytics.reliability.AlphaAccumulator;
import org.jspecify.annotations.Nullable;

/**
 * The buffer of {@link AlphaAggregator}: an {@link AlphaAccumulator} while a partition is aggregated,
 * written between executors in its compact byte form and rebuilt lazily by the aggregator, which knows
 * the scale. Mutable; used only by the aggregator.
 */
public final class AlphaState implements Externalizable {
  private static final long serialVersionUID = 1L;

  private @Nullable AlphaAccumulator accumulator;
  private byte @Nullable [] pending;

  /** Creates an empty state. */
  public AlphaState() {}

  /** Returns whether nothing was accumulated. */
  boolean isEmpty() {
    return accumulator == null && pending == null;
  }

  /**
   * Returns the accumulator, creating it with {@code fresh} for {@code items} items (or as many as the
   * bytes read hold) and adding any bytes read.
   */
  AlphaAccumulator accumulator(IntFunction<AlphaAccumulator> fresh, int items) {
    AlphaAccumulator a = accumulator;
    if (a == null) {
      a = fresh.apply(pending != null ? AlphaAccumulator.itemsOfState(pending.length) : items);
      if (pending != null) {
        a.addAll(pending);
        pending = null;
      }
      accumulator = a;
    }
    return a;
  }

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    byte[] bytes = accumulator != null ? accumulator.toByteArray() : pending != null ? pending : new byte[0];
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  @Override
  public void readExternal(ObjectInput in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    accumulator = null;
    pending = bytes.length == 0 ? null : bytes;
  }
}
