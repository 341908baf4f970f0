package org.careerownership.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.RankCorrelationTest;
import org.careerownership.core.instrument.LikertRange;
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

/** Kendall tau-b matrix over complete Likert codes: exact per-pair tables versus per-pair sorting. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class KendallLikertMatrixBenchmark {
  @Param("100000")
  int rows;

  @Param("40")
  int items;

  List<String> names;
  int[][] codes;
  double[][] rowMajor;

  @Setup(Level.Trial)
  public void generate() {
    SyntheticSurvey survey = SyntheticSurvey.generate(rows, items, 0, 5);
    names = IntStream.range(0, items).mapToObj(j -> "q" + j).toList();
    codes = survey.codes(5);
    rowMajor = SyntheticSurvey.rowMajor(survey.codesAsReals(5));
  }

  /** This library: one blocked pass filling every pair's 5 × 5 table, then tau-b from each table. */
  @Benchmark
  public CorrelationMatrix<RankCorrelationTest> library() {
    return Correlations.kendall()
        .matrix(names, codes, LikertRange.of(1, 5), SyntheticSurvey.MISSING, Deletion.PAIRWISE);
  }

  /** Commons Math 3.6.1 {@code KendallsCorrelation.computeCorrelationMatrix}. */
  @Benchmark
  public double[][] commonsMath() {
    return Anchors.commonsMathKendall(rowMajor);
  }

  /** Hipparchus {@code KendallsCorrelation.computeCorrelationMatrix}. */
  @Benchmark
  public double[][] hipparchus() {
    return Anchors.hipparchusKendall(rowMajor);
  }
}
