package org.careerownership.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.PearsonTest;
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

/** Pearson matrix over complete Likert codes: exact int sums here, the codes as doubles elsewhere. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class PearsonLikertMatrixBenchmark {
  @Param("1000000")
  int rows;

  @Param("40")
  int items;

  @Param("5")
  int points;

  List<String> names;
  int[][] codes;
  double[][] rowMajor;

  @Setup(Level.Trial)
  public void generate() {
    SyntheticSurvey survey = SyntheticSurvey.generate(rows, items, 0, 1);
    names = IntStream.range(0, items).mapToObj(j -> "q" + j).toList();
    codes = survey.codes(points);
    rowMajor = SyntheticSurvey.rowMajor(survey.codesAsReals(points));
  }

  /** This library: exact integer Gram products of the codes, with every pair's test. */
  @Benchmark
  public CorrelationMatrix<PearsonTest> library() {
    return Correlations.pearson()
        .matrix(names, codes, LikertRange.of(1, points), SyntheticSurvey.MISSING, Deletion.PAIRWISE);
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
}
