package org.careerownership.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.careerownership.analytics.correlation.LikertPairs;
import org.careerownership.analytics.correlation.LikertPairsAccumulator;
import org.careerownership.core.instrument.LikertRange;

/**
 * Every pair's exact contingency table of m Likert-coded items, as a Spark {@link Aggregator} over rows
 * whose first field is the array of one respondent's codes (in item order, {@code missingCode} where
 * unanswered). The buffer is the tables in the library's compact byte form ({@link
 * LikertPairs#toByteArray()}, one after another for pairs (a, b), a &lt; b, in row-major upper order),
 * updated in place; merged buffers add counts exactly, so any partitioning gives the one-machine tables
 * bit for bit. {@link #tables(byte[])} reads the result back.
 *
 * <pre>{@code
 * Dataset<Row> codes = spark.sql("SELECT array(q1, q2, q3) AS codes FROM survey");
 * byte[] bytes = codes.select(new LikertTablesAggregator(3, LikertRange.of(1, 5), 0).toColumn()).first();
 * CorrelationMatrix<RankCorrelationTest> tau = CorrelationMatrix.fromTables(names,
 *     LikertTablesAggregator.tables(bytes), t -> t.kendall(Correlations.kendall()));
 * }</pre>
 */
public final class LikertTablesAggregator extends Aggregator<Row, byte[], byte[]> {
  private static final long serialVersionUID = 1L;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  /** Format byte, min and points: the header of {@link LikertPairs#toByteArray()}. */
  private static final int HEADER = 1 + 2 * Integer.BYTES;

  /** The item count, or 0 to take it from the first row. */
  private final int items;
  private final int min;
  private final int points;
  private final int missingCode;
  private final int tableBytes;

  /**
   * Creates an aggregator of {@code items} items coded in {@code range}, {@code missingCode} (or SQL
   * {@code NULL}) missing; {@code items} 0 takes the count from the first row, for SQL use.
   *
   * @throws IllegalArgumentException if {@code items} is 1 or negative, or the missing code lies in the
   *     range
   */
  public LikertTablesAggregator(int items, LikertRange range, int missingCode) {
    requireNonNull(range, "range");
    checkArgument(items == 0 || items >= 2, "items (%s) must be 0 (from the data) or at least 2", items);
    checkArgument(!range.contains(missingCode), "the missing code %s lies inside %s", missingCode, range);
    this.items = items;
    this.min = range.min();
    this.points = range.points();
    this.missingCode = missingCode;
    this.tableBytes = HEADER + points * points * Long.BYTES;
  }

  @Override
  public byte[] zero() {
    return items == 0 ? new byte[0] : empty(items);
  }

  private byte[] empty(int items) {
    byte[] empty = new LikertPairsAccumulator(LikertRange.of(min, min + points - 1), missingCode).snapshot().toByteArray();
    int pairs = items * (items - 1) / 2;
    byte[] buffer = new byte[pairs * tableBytes];
    for (int k = 0; k < pairs; k++) {
      System.arraycopy(empty, 0, buffer, k * tableBytes, tableBytes);
    }
    return buffer;
  }

  /**
   * Adds one respondent's codes to every pair's table, in place.
   *
   * @throws IllegalArgumentException if the row has another number of codes or a code is neither in the
   *     range nor missing
   */
  @Override
  public byte[] reduce(byte[] buffer, Row row) {
    List<Integer> codes = row.getList(0);
    if (buffer.length == 0) {
      checkArgument(codes.size() >= 2, "a row has %s codes; correlations need at least 2 items", codes.size());
      buffer = empty(codes.size());
    }
    int items = itemsOf(buffer);
    checkArgument(codes.size() == items, "a row has %s codes, not %s", codes.size(), items);
    int[] index = new int[items];
    for (int a = 0; a < items; a++) {
      Integer code = codes.get(a);
      int v = code == null ? missingCode : code;
      int k = v - min;
      if (v == missingCode) {
        index[a] = -1;
      } else {
        checkArgument(k >= 0 && k < points, "item %s: code %s is neither in %s..%s nor the missing code %s",
            a, v, min, min + points - 1, missingCode);
        index[a] = k;
      }
    }
    int pair = 0;
    for (int a = 0; a < items; a++) {
      for (int b = a + 1; b < items; b++, pair++) {
        if ((index[a] | index[b]) >= 0) {
          int at = pair * tableBytes + HEADER + (index[a] * points + index[b]) * Long.BYTES;
          LONGS.set(buffer, at, (long) LONGS.get(buffer, at) + 1);
        }
      }
    }
    return buffer;
  }

  /** Adds {@code other}'s counts to {@code buffer}'s, exactly. */
  @Override
  public byte[] merge(byte[] buffer, byte[] other) {
    if (other.length == 0) {
      return buffer;
    }
    if (buffer.length == 0) {
      return other.clone();
    }
    checkArgument(buffer.length == other.length, "buffers of %s and %s bytes", buffer.length, other.length);
    for (int k = 0; k < buffer.length / tableBytes; k++) {
      for (int at = k * tableBytes + HEADER; at < (k + 1) * tableBytes; at += Long.BYTES) {
        LONGS.set(buffer, at, (long) LONGS.get(buffer, at) + (long) LONGS.get(other, at));
      }
    }
    return buffer;
  }

  /** Returns the item count m of a buffer of m(m − 1)/2 tables. */
  private int itemsOf(byte[] buffer) {
    return PairIndex.items(buffer.length / tableBytes);
  }

  @Override
  public byte[] finish(byte[] buffer) {
    return buffer;
  }

  @Override
  public Encoder<byte[]> bufferEncoder() {
    return Encoders.BINARY();
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }

  /**
   * Returns the tables held in an aggregator's result, pair (a, b), a &lt; b, in row-major upper order.
   *
   * @throws IllegalArgumentException if the bytes are not a sequence of whole tables
   */
  public static ImmutableList<LikertPairs> tables(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    checkArgument(bytes.length >= HEADER, "too few bytes for a Likert table: %s", bytes.length);
    int points = ByteBuffer.wrap(bytes, 1 + Integer.BYTES, Integer.BYTES).getInt();
    int size = HEADER + points * points * Long.BYTES;
    checkArgument(bytes.length % size == 0, "%s bytes are not whole %s-point tables", bytes.length, points);
    ImmutableList.Builder<LikertPairs> tables = ImmutableList.builder();
    for (int at = 0; at < bytes.length; at += size) {
      tables.add(LikertPairs.fromByteArray(Arrays.copyOfRange(bytes, at, at + size)));
    }
    return tables.build();
  }
}
