package org.careerownership.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.PearsonTest;
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

/**
 * The Pearson (real and Likert, 1M × 40) and Kendall (Likert, 100k × 40) matrices with {@code
 * withParallelism(threads)}: the speed-up per core count. The default grid is 1 and 2 threads; on a
 * machine with more cores pass e.g. {@code -p threads=1,2,4,8}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class MultiCoreBenchmark {
  @Param({"1", "2"})
  int threads;

  @Param("1000000")
  int rows;

  List<String> names;
  double[][] reals;
  int[][] codes;
  int[][] kendallCodes;

  @Setup(Level.Trial)
  public void generate() {
    names = IntStream.range(0, 40).mapToObj(j -> "q" + j).toList();
    SyntheticSurvey survey = SyntheticSurvey.generate(rows, 40, 0, 2);
    reals = survey.reals();
    codes = survey.codes(5);
    kendallCodes = SyntheticSurvey.generate(Math.min(rows, 100_000), 40, 0, 5).codes(5);
  }

  /** Pearson matrix over real values, 1M × 40. */
  @Benchmark
  public CorrelationMatrix<PearsonTest> pearsonReal() {
    return Correlations.pearson().withParallelism(threads).matrix(names, reals, Deletion.PAIRWISE);
  }

  /** Pearson matrix over Likert codes, 1M × 40. */
  @Benchmark
  public CorrelationMatrix<PearsonTest> pearsonLikert() {
    return Correlations.pearson().withParallelism(threads)
        .matrix(names, codes, LikertRange.of(1, 5), SyntheticSurvey.MISSING, Deletion.PAIRWISE);
  }

  /** Kendall tau-b matrix over Likert codes, 100k × 40. */
  @Benchmark
  public CorrelationMatrix<RankCorrelationTest> kendallLikert() {
    return Correlations.kendall().withParallelism(threads)
        .matrix(names, kendallCodes, LikertRange.of(1, 5), SyntheticSurvey.MISSING, Deletion.PAIRWISE);
  }
}
