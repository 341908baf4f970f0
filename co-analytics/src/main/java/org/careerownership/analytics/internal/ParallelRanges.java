package org.careerownership.analytics.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a computation over indexes (rows of columns, or pairs of a matrix) into contiguous ranges, one
 * per worker, and runs them on the common fork-join pool. Range starts are aligned to a block size so
 * that each worker sees the same blocks a single pass would; results come back in index order, for the
 * caller to merge.
 */
public final class ParallelRanges {
  private ParallelRanges() {}

  /** A computation over the indexes {@code [from, to)}. */
  @FunctionalInterface
  public interface RangeTask<T> {
    /** Returns the result over the indexes {@code [from, to)}. */
    T apply(int from, int to);
  }

  /**
   * Runs {@code task} over {@code [0, size)} split into at most {@code parallelism} ranges whose starts
   * are multiples of {@code blockRows}; with one range it runs on the calling thread.
   *
   * @return the results, first range first (at least one, possibly over no indexes)
   * @throws IllegalArgumentException if {@code parallelism} or {@code blockRows} is below 1
   */
  public static <T> List<T> map(int size, int parallelism, int blockRows, RangeTask<T> task) {
    checkArgument(parallelism >= 1, "parallelism (%s) must be at least 1", parallelism);
    checkArgument(blockRows >= 1, "block rows (%s) must be at least 1", blockRows);
    long blocks = (size + (long) blockRows - 1) / blockRows;
    int parts = (int) Math.max(1, Math.min(parallelism, blocks));
    if (parts == 1) {
      return List.of(task.apply(0, size));
    }
    try {
      return IntStream.range(0, parts)
          .parallel()
          .mapToObj(p -> task.apply(boundary(p, parts, blocks, blockRows, size),
              boundary(p + 1, parts, blocks, blockRows, size)))
          .toList();
    } catch (RuntimeException e) {
      // The pool rethrows a worker's exception as a copy of the same type wrapping it: throw the
      // original, so callers see the same exception (and message) as from a one-thread run.
      if (e.getCause() instanceof RuntimeException cause && cause.getClass() == e.getClass()) {
        throw cause;
      }
      throw e;
    }
  }

  private static int boundary(int part, int parts, long blocks, int blockRows, int size) {
    return (int) Math.min(size, blocks * part / parts * blockRows);
  }
}
