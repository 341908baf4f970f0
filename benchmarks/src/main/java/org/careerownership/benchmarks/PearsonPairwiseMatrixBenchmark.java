package org.careerownership.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.PearsonTest;
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

/** Pearson matrix, pairwise-complete, over real-valued columns with missing values. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class PearsonPairwiseMatrixBenchmark {
  @Param("1000000")
  int rows;

  @Param("40")
  int items;

  @Param("0.1")
  double missing;

  List<String> names;
  double[][] columns;

  @Setup(Level.Trial)
  public void generate() {
    columns = SyntheticSurvey.generate(rows, items, missing, 3).reals();
    names = IntStream.range(0, items).mapToObj(j -> "q" + j).toList();
  }

  /** This library: four blocked Gram products (counts, sums, squares, cross-products) per block. */
  @Benchmark
  public CorrelationMatrix<PearsonTest> library() {
    return Correlations.pearson().matrix(names, columns, Deletion.PAIRWISE);
  }

  /** Commons Math 3.6.1 per pair: the pair's complete rows, then {@code correlation(x, y)}. */
  @Benchmark
  public double[][] commonsMath() {
    return Anchors.commonsMathPairwisePearson(columns);
  }

  /** Guava {@code PairedStatsAccumulator} per pair, skipping missing pairs. */
  @Benchmark
  public double[][] guava() {
    return Anchors.guavaPearson(columns);
  }
}
