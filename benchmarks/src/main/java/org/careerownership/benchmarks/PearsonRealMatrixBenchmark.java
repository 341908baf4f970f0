package org.careerownership.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.PearsonTest;
import org.ejml.data.DMatrixRMaj;
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

/** Pearson matrix over complete real-valued columns. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class PearsonRealMatrixBenchmark {
  @Param("1000000")
  int rows;

  @Param("40")
  int items;

  List<String> names;
  double[][] columns;
  double[][] rowMajor;
  DMatrixRMaj matrix;

  @Setup(Level.Trial)
  public void generate() {
    columns = SyntheticSurvey.generate(rows, items, 0, 2).reals();
    names = IntStream.range(0, items).mapToObj(j -> "q" + j).toList();
    rowMajor = SyntheticSurvey.rowMajor(columns);
    matrix = new DMatrixRMaj(rowMajor);
  }

  /** This library: centred, blocked Gram products, with every pair's test. */
  @Benchmark
  public CorrelationMatrix<PearsonTest> library() {
    return Correlations.pearson().matrix(names, columns, Deletion.PAIRWISE);
  }

  /** Commons Math 3.6.1 {@code PearsonsCorrelation.computeCorrelationMatrix}. */
  @Benchmark
  public double[][] commonsMath() {
    return Anchors.commonsMathPearson(rowMajor);
  }

  /** Hipparchus {@code PearsonsCorrelation.computeCorrelationMatrix}. */
  @Benchmark
  public double[][] hipparchus() {
    return Anchors.hipparchusPearson(rowMajor);
  }

  /** Guava {@code PairedStatsAccumulator}, one per pair. */
  @Benchmark
  public double[][] guava() {
    return Anchors.guavaPearson(columns);
  }

  /** EJML {@code XᵀX} Gram-matrix route. */
  @Benchmark
  public double[][] ejml() {
    return Anchors.ejmlPearson(matrix);
  }
}
