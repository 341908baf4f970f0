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

/** Spearman matrix over complete columns: Likert codes (ranked from counts) or real values (sorted). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class SpearmanMatrixBenchmark {
  @Param("1000000")
  int rows;

  @Param("40")
  int items;

  /** {@code likert} (codes 1–5) or {@code real}. */
  @Param({"likert", "real"})
  String data = "likert";

  List<String> names;
  int[][] codes;
  double[][] columns;
  double[][] rowMajor;

  @Setup(Level.Trial)
  public void generate() {
    SyntheticSurvey survey = SyntheticSurvey.generate(rows, items, 0, 4);
    names = IntStream.range(0, items).mapToObj(j -> "q" + j).toList();
    codes = survey.codes(5);
    columns = data.equals("likert") ? survey.codesAsReals(5) : survey.reals();
    rowMajor = SyntheticSurvey.rowMajor(columns);
  }

  /** This library: codes through {@code int[][]} (ranks from counts), reals through {@code double[][]}. */
  @Benchmark
  public CorrelationMatrix<RankCorrelationTest> library() {
    return data.equals("likert")
        ? Correlations.spearman().matrix(names, codes, LikertRange.of(1, 5), SyntheticSurvey.MISSING, Deletion.PAIRWISE)
        : Correlations.spearman().matrix(names, columns, Deletion.PAIRWISE);
  }

  /** Commons Math 3.6.1 {@code SpearmansCorrelation.computeCorrelationMatrix}. */
  @Benchmark
  public double[][] commonsMath() {
    return Anchors.commonsMathSpearman(rowMajor);
  }

  /** Hipparchus {@code SpearmansCorrelation.computeCorrelationMatrix}. */
  @Benchmark
  public double[][] hipparchus() {
    return Anchors.hipparchusSpearman(rowMajor);
  }
}
