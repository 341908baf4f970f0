package org.careerownership.analytics.reliability;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.moments.Moments;
import org.careerownership.analytics.moments.MomentsAccumulator;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.analytics.moments.PairedMomentsAccumulator;
import org.careerownership.core.Outcome;
import org.careerownership.core.instrument.LikertRange;

/**
 * Accumulates a scale's rows for Cronbach's alpha, one row at a time, in O(k²) memory: each item's
 * moments, each pair's, the row scores' (the mean of a row's answered items) and each item's with the
 * row score. Accumulators of parts of the data merge ({@link #addAll}), so a distributed job gets the
 * one-machine result to rounding; {@link CronbachAlpha#compute} is this accumulator over the columns.
 * Mutable and not thread-safe; one per thread or partition.
 *
 * <pre>{@code
 * AlphaAccumulator a = new AlphaAccumulator(List.of("A1", "A2", "A3"), Set.of("A1"), LikertRange.of(1, 6), Deletion.PAIRWISE);
 * a.add(new double[] {2, 5, 4});
 * a.addAll(otherPartition);
 * Outcome<AlphaResult> alpha = a.result();
 * }</pre>
 */
public final class AlphaAccumulator {
  private final ImmutableList<String> items;
  private final boolean[] reverse;
  private final int min;
  private final int max;
  private final Deletion deletion;
  private long rows;
  private final MomentsAccumulator[] itemMoments;
  private final PairedMomentsAccumulator[][] pairs;
  private final MomentsAccumulator score = new MomentsAccumulator();
  private final PairedMomentsAccumulator[] scoreWithItem;
  private final double[] recoded;

  /**
   * Creates an empty accumulator of the scale {@code items}.
   *
   * @throws IllegalArgumentException if there are fewer than two items or a reverse-keyed item is not one
   */
  public AlphaAccumulator(List<String> items, Set<String> reverseKeyed, LikertRange range, Deletion deletion) {
    this.items = ImmutableList.copyOf(requireNonNull(items, "items"));
    requireNonNull(reverseKeyed, "reverseKeyed");
    int k = this.items.size();
    checkArgument(k >= 2, "a scale needs at least two items, had %s", k);
    checkArgument(items.containsAll(reverseKeyed), "reverse-keyed %s are not all items of %s", reverseKeyed, items);
    this.reverse = new boolean[k];
    for (int i = 0; i < k; i++) {
      reverse[i] = reverseKeyed.contains(items.get(i));
    }
    this.min = requireNonNull(range, "range").min();
    this.max = range.max();
    this.deletion = requireNonNull(deletion, "deletion");
    this.itemMoments = new MomentsAccumulator[k];
    this.pairs = new PairedMomentsAccumulator[k][k];
    this.scoreWithItem = new PairedMomentsAccumulator[k];
    for (int i = 0; i < k; i++) {
      itemMoments[i] = new MomentsAccumulator();
      scoreWithItem[i] = new PairedMomentsAccumulator();
      for (int j = i + 1; j < k; j++) {
        pairs[i][j] = new PairedMomentsAccumulator();
      }
    }
    this.recoded = new double[k];
  }

  /** Returns the scale's items, in order. */
  public ImmutableList<String> items() {
    return items;
  }

  /**
   * Adds one row: the answers to the items in order, {@code NaN} missing (with listwise deletion a row
   * with a missing answer is skipped).
   *
   * @throws IllegalArgumentException if the row has another length or a value is infinite
   */
  public void add(double[] row) {
    int k = items.size();
    checkArgument(row.length == k, "a row has %s values, the scale %s items", row.length, k);
    double sum = 0;
    int answered = 0;
    for (int i = 0; i < k; i++) {
      double v = row[i];
      checkArgument(!Double.isInfinite(v), "item '%s': %s is not a finite answer", items.get(i), v);
      recoded[i] = reverse[i] ? min + max - v : v;
      if (!Double.isNaN(v)) {
        sum += recoded[i];
        answered++;
      }
    }
    if (deletion == Deletion.LISTWISE && answered < k) {
      return;
    }
    rows++;
    double mean = answered == 0 ? Double.NaN : sum / answered;
    score.add(mean);
    for (int i = 0; i < k; i++) {
      itemMoments[i].add(recoded[i]);
      scoreWithItem[i].add(mean, recoded[i]);
      for (int j = i + 1; j < k; j++) {
        pairs[i][j].add(recoded[i], recoded[j]);
      }
    }
  }

  /**
   * Adds everything {@code other} accumulated.
   *
   * @throws IllegalArgumentException if {@code other} is of another scale or deletion
   */
  public void addAll(AlphaAccumulator other) {
    checkArgument(other.items.equals(items) && other.deletion == deletion && other.min == min && other.max == max
        && java.util.Arrays.equals(other.reverse, reverse), "accumulators of different scales");
    rows += other.rows;
    score.addAll(other.score);
    for (int i = 0; i < items.size(); i++) {
      itemMoments[i].addAll(other.itemMoments[i]);
      scoreWithItem[i].addAll(other.scoreWithItem[i]);
      for (int j = i + 1; j < items.size(); j++) {
        pairs[i][j].addAll(other.pairs[i][j]);
      }
    }
  }

  /**
   * Returns the accumulated state in a compact byte form — the row count, then the moments' own byte
   * forms (items, pairs, row scores, items with the row score) — for shipping between workers; the
   * scale's definition is not included.
   */
  public byte[] toByteArray() {
    int k = items.size();
    ByteBuffer out = ByteBuffer.allocate(bytes(k));
    out.putLong(rows);
    for (int i = 0; i < k; i++) {
      out.put(itemMoments[i].snapshot().toByteArray());
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        out.put(pairs[i][j].snapshot().toByteArray());
      }
    }
    out.put(score.snapshot().toByteArray());
    for (int i = 0; i < k; i++) {
      out.put(scoreWithItem[i].snapshot().toByteArray());
    }
    return out.array();
  }

  /**
   * Adds the state {@link #toByteArray()} wrote for an accumulator of the same scale.
   *
   * @throws IllegalArgumentException if the bytes do not fit this scale
   */
  public void addAll(byte[] bytes) {
    int k = items.size();
    checkArgument(bytes.length == bytes(k), "%s bytes are not the state of a %s-item scale", bytes.length, k);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    rows += in.getLong();
    for (int i = 0; i < k; i++) {
      itemMoments[i].addAll(Moments.fromByteArray(next(in, Moments.BYTES)));
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        pairs[i][j].addAll(PairedMoments.fromByteArray(next(in, PairedMoments.BYTES)));
      }
    }
    score.addAll(Moments.fromByteArray(next(in, Moments.BYTES)));
    for (int i = 0; i < k; i++) {
      scoreWithItem[i].addAll(PairedMoments.fromByteArray(next(in, PairedMoments.BYTES)));
    }
  }

  private static byte[] next(ByteBuffer in, int length) {
    byte[] out = new byte[length];
    in.get(out);
    return out;
  }

  /**
   * Returns the item count of a scale whose {@link #toByteArray()} state has {@code length} bytes.
   *
   * @throws IllegalArgumentException if no scale's state has that length
   */
  public static int itemsOfState(int length) {
    for (int k = 2; bytes(k) <= length; k++) {
      if (bytes(k) == length) {
        return k;
      }
    }
    throw new IllegalArgumentException(length + " bytes are not the state of any scale");
  }

  private static int bytes(int k) {
    return Long.BYTES + (k + 1) * Moments.BYTES + (k * (k - 1) / 2 + k) * PairedMoments.BYTES;
  }

  /** Returns alpha and the item statistics of the rows so far, or why they are undefined. */
  public Outcome<AlphaResult> result() {
    int k = items.size();
    Moments[] moments = new Moments[k];
    PairedMoments[][] paired = new PairedMoments[k][k];
    PairedMoments[] withScore = new PairedMoments[k];
    for (int i = 0; i < k; i++) {
      moments[i] = itemMoments[i].snapshot();
      withScore[i] = scoreWithItem[i].snapshot();
      for (int j = i + 1; j < k; j++) {
        paired[i][j] = pairs[i][j].snapshot();
      }
    }
    return CronbachAlpha.fromMoments(items, moments, paired, score.snapshot(), withScore, rows);
  }
}
