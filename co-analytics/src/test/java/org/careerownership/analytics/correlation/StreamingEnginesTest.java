package org.careerownership.analytics.correlation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.careerownership.core.instrument.LikertRange;
import org.junit.jupiter.api.Test;

/**
 * The README's examples: the library's accumulators as a Flink {@code AggregateFunction} and an Apache
 * Beam {@code CombineFn}, driven the way those engines drive them (an accumulator per partition, inputs
 * added, accumulators merged in any order), give the one-shot table bit for bit.
 */
final class StreamingEnginesTest {
  private static final LikertRange FIVE = LikertRange.of(1, 5);

  /** A Flink aggregate of (x, y) code pairs into their exact table. */
  static final class LikertTableFunction implements AggregateFunction<int[], LikertPairsAccumulator, LikertPairs> {
    private static final long serialVersionUID = 1L;

    @Override
    public LikertPairsAccumulator createAccumulator() {
      return new LikertPairsAccumulator(FIVE, 0);
    }

    @Override
    public LikertPairsAccumulator add(int[] pair, LikertPairsAccumulator acc) {
      acc.add(pair[0], pair[1]);
      return acc;
    }

    @Override
    public LikertPairs getResult(LikertPairsAccumulator acc) {
      return acc.snapshot();
    }

    @Override
    public LikertPairsAccumulator merge(LikertPairsAccumulator a, LikertPairsAccumulator b) {
      a.addAll(b);
      return a;
    }
  }

  /** A Beam combine of (x, y) code pairs into their exact table. */
  static final class LikertTableCombineFn extends Combine.CombineFn<int[], LikertPairsAccumulator, LikertPairs> {
    private static final long serialVersionUID = 1L;

    @Override
    public LikertPairsAccumulator createAccumulator() {
      return new LikertPairsAccumulator(FIVE, 0);
    }

    @Override
    public LikertPairsAccumulator addInput(LikertPairsAccumulator acc, int[] pair) {
      acc.add(pair[0], pair[1]);
      return acc;
    }

    @Override
    public LikertPairsAccumulator mergeAccumulators(Iterable<LikertPairsAccumulator> accumulators) {
      LikertPairsAccumulator merged = createAccumulator();
      accumulators.forEach(merged::addAll);
      return merged;
    }

    @Override
    public LikertPairs extractOutput(LikertPairsAccumulator acc) {
      return acc.snapshot();
    }
  }

  private static List<int[]> pairs(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      int x = random.nextDouble() < 0.05 ? 0 : 1 + random.nextInt(5);
      int y = random.nextDouble() < 0.05 ? 0 : Math.max(1, Math.min(5, (x == 0 ? 3 : x) + random.nextInt(3) - 1));
      pairs.add(new int[] {x, y});
    }
    return pairs;
  }

  private static byte[] oneShot(List<int[]> pairs) {
    LikertPairsAccumulator acc = new LikertPairsAccumulator(FIVE, 0);
    pairs.forEach(p -> acc.add(p[0], p[1]));
    return acc.snapshot().toByteArray();
  }

  @Test
  void aFlinkAggregateFunctionGivesTheOneShotTable() {
    List<int[]> pairs = pairs(1);
    LikertTableFunction f = new LikertTableFunction();
    SplittableRandom random = new SplittableRandom(2);
    List<LikertPairsAccumulator> partitions = new ArrayList<>();
    for (int p = 0; p < 7; p++) {
      partitions.add(f.createAccumulator());
    }
    pairs.forEach(pair -> f.add(pair, partitions.get(random.nextInt(7))));
    Collections.shuffle(partitions, new java.util.Random(3));
    LikertPairsAccumulator merged = partitions.get(0);
    for (int p = 1; p < partitions.size(); p++) {
      merged = f.merge(merged, partitions.get(p));
    }
    assertArrayEquals(oneShot(pairs), f.getResult(merged).toByteArray());
  }

  @Test
  void aBeamCombineFnGivesTheOneShotTable() {
    List<int[]> pairs = pairs(4);
    LikertTableCombineFn fn = new LikertTableCombineFn();
    SplittableRandom random = new SplittableRandom(5);
    List<LikertPairsAccumulator> bundles = new ArrayList<>();
    for (int b = 0; b < 5; b++) {
      bundles.add(fn.createAccumulator());
    }
    pairs.forEach(pair -> fn.addInput(bundles.get(random.nextInt(5)), pair));
    assertArrayEquals(oneShot(pairs), fn.extractOutput(fn.mergeAccumulators(bundles)).toByteArray());
  }
}
