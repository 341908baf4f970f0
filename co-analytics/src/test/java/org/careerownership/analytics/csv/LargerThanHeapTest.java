package org.careerownership.analytics.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.careerownership.analytics.correlation.LikertPairs;
import org.careerownership.analytics.correlation.LikertPairsAccumulator;
import org.careerownership.analytics.moments.MomentsAccumulator;
import org.careerownership.core.instrument.LikertRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Streams a generated survey export four times larger than the heap through {@link SurveyCsv#stream}
 * into the analytics accumulators, and checks every figure against the generator's own tally. Tagged
 * {@code large}: not part of the normal test run; {@code .ci/large-input.sh} runs it in a forked JVM
 * with {@code -Xmx256m} (about 1 GiB of CSV).
 */
@Tag("large")
final class LargerThanHeapTest {
  private static final int ITEMS = 10;
  private static final LikertRange RANGE = LikertRange.of(1, 5);

  @Test
  void aFileFourTimesTheHeapStreamsInConstantMemory() {
    long heap = Runtime.getRuntime().maxMemory();
    assertTrue(heap <= 512L << 20, "run with a small heap (-Xmx256m, see .ci/large-input.sh), not " + heap);
    GeneratedExport export = new GeneratedExport(4 * heap, 20261125L);

    LikertPairsAccumulator firstPair = new LikertPairsAccumulator(RANGE, -1);
    MomentsAccumulator[] items = new MomentsAccumulator[ITEMS];
    for (int j = 0; j < ITEMS; j++) {
      items[j] = new MomentsAccumulator();
    }
    SurveyData data = SurveyCsv.reader().withTextColumns(java.util.List.of("id")).withLikertRange(RANGE)
        .stream(export, (row, values) -> {
          firstPair.add(code(values[0]), code(values[1]));
          for (int j = 0; j < ITEMS; j++) {
            if (!Double.isNaN(values[j])) {
              items[j].add(values[j]);
            }
          }
        });

    assertTrue(export.bytes >= 4 * heap, export.bytes + " bytes read, heap " + heap);
    assertEquals(export.rows, data.rows());
    assertEquals(0, data.problems().size() + data.problemsNotListed());
    LikertPairs table = firstPair.snapshot();
    for (int x = 1; x <= 5; x++) {
      for (int y = 1; y <= 5; y++) {
        assertEquals(export.pairCounts[x - 1][y - 1], table.count(x, y), "pair (" + x + ", " + y + ")");
      }
    }
    for (int j = 0; j < ITEMS; j++) {
      assertEquals(export.answered[j], items[j].count(), "answers to q" + j);
      assertEquals((double) export.sums[j] / export.answered[j], items[j].snapshot().mean(), 1e-12, "mean of q" + j);
    }
    System.out.printf("streamed %,d bytes (%,d rows) with a heap of %,d bytes (%.1f×)%n",
        export.bytes, export.rows, heap, (double) export.bytes / heap);
  }

  private static int code(double value) {
    return Double.isNaN(value) ? -1 : (int) value;
  }

  /**
   * A survey export generated row by row as it is read — id and 10 Likert items, about 2% missing — that
   * tallies what it wrote: rows, bytes, answers and sums per item, and the table of the first two items.
   */
  private static final class GeneratedExport extends InputStream {
    private final long targetBytes;
    private final SplittableRandom random;
    private byte[] line = ("id," + String.join(",", java.util.stream.IntStream.range(0, ITEMS)
        .mapToObj(j -> "q" + j).toList()) + "\n").getBytes(StandardCharsets.US_ASCII);
    private int position;
    long bytes;
    long rows;
    final long[] answered = new long[ITEMS];
    final long[] sums = new long[ITEMS];
    final long[][] pairCounts = new long[5][5];

    GeneratedExport(long targetBytes, long seed) {
      this.targetBytes = targetBytes;
      this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position == line.length && !nextLine()) {
        return -1;
      }
      int n = Math.min(length, line.length - position);
      System.arraycopy(line, position, buffer, offset, n);
      position += n;
      bytes += n;
      return n;
    }

    private boolean nextLine() {
      if (bytes >= targetBytes) {
        return false;
      }
      StringBuilder row = new StringBuilder(40).append('E').append(rows);
      int[] codes = new int[ITEMS];
      for (int j = 0; j < ITEMS; j++) {
        row.append(',');
        if (random.nextInt(50) == 0) {
          codes[j] = 0;
        } else {
          codes[j] = 1 + random.nextInt(5);
          row.append(codes[j]);
          answered[j]++;
          sums[j] += codes[j];
        }
      }
      if (codes[0] > 0 && codes[1] > 0) {
        pairCounts[codes[0] - 1][codes[1] - 1]++;
      }
      line = row.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
      position = 0;
      rows++;
      return true;
    }
  }
}
