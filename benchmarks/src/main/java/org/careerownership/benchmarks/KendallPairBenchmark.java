package org.careerownership.benchmarks;

import java.util.concurrent.TimeUnit;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.RankCorrelationTest;
import org.careerownership.core.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Kendall tau-b of one pair of real-valued columns: O(n log n) both ways, boxed or not. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class KendallPairBenchmark {
  @Param("1000000")
  int rows;

  double[] x;
  double[] y;

  @Setup(Level.Trial)
  public void generate() {
    double[][] columns = SyntheticSurvey.generate(rows, 2, 0, 6).reals();
    x = columns[0];
    y = columns[1];
  }

  /** This library: radix-sorted ranks, merge-sort swap count, with the tie-corrected z test. */
  @Benchmark
  public Outcome<RankCorrelationTest> library() {
    return Correlations.kendall().test(x, y);
  }

  /** Commons Math 3.6.1 {@code KendallsCorrelation.correlation}. */
  @Benchmark
  public double commonsMath() {
    return new org.apache.commons.math3.stat.correlation.KendallsCorrelation().correlation(x, y);
  }

  /** Hipparchus {@code KendallsCorrelation.correlation}. */
  @Benchmark
  public double hipparchus() {
    return new org.hipparchus.stat.correlation.KendallsCorrelation().correlation(x, y);
  }
}
