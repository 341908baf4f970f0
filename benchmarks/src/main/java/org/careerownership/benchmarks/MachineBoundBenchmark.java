package org.careerownership.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's own limits on one core, in the same run: streaming read bandwidth over the size of the
 * data (an int sum the JIT vectorises) and the multiply-add peak on L1-resident arrays (double and int
 * {@code y[i] += a·x[i]}, vectorised). Results are per element: ns per int read, ns per multiply-add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class MachineBoundBenchmark {
  /** Ints streamed: 1M rows × 40 items. */
  static final int STREAM_INTS = 40_000_000;
  static final int L1_ELEMENTS = 1024;

  int[] stream;
  double[] x = new double[L1_ELEMENTS];
  double[] y = new double[L1_ELEMENTS];
  int[] xi = new int[L1_ELEMENTS];
  int[] yi = new int[L1_ELEMENTS];
  double a = 1.000001;
  int ai = 3;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(7);
    stream = new int[STREAM_INTS];
    for (int i = 0; i < stream.length; i++) {
      stream[i] = 1 + random.nextInt(5);
    }
    for (int i = 0; i < L1_ELEMENTS; i++) {
      x[i] = random.nextDouble();
      xi[i] = random.nextInt(5);
    }
  }

  /** Streaming read: ns per int (4 bytes) over 1M rows × 40 items of ints. */
  @Benchmark
  @OperationsPerInvocation(STREAM_INTS)
  public int streamRead() {
    int sum = 0;
    for (int v : stream) {
      sum += v;
    }
    return sum;
  }

  /** Double multiply-add throughput: ns per {@code y += a·x} element, L1-resident. */
  @Benchmark
  @OperationsPerInvocation(L1_ELEMENTS)
  public double[] doubleMultiplyAdd() {
    double[] out = y;
    for (int i = 0; i < L1_ELEMENTS; i++) {
      out[i] += a * x[i];
    }
    return out;
  }

  /** Int multiply-add throughput: ns per {@code y += a·x} element, L1-resident. */
  @Benchmark
  @OperationsPerInvocation(L1_ELEMENTS)
  public int[] intMultiplyAdd() {
    int[] out = yi;
    for (int i = 0; i < L1_ELEMENTS; i++) {
      out[i] += ai * xi[i];
    }
    return out;
  }
}
