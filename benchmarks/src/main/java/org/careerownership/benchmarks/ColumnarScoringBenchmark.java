package org.careerownership.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.phase.PhaseColumns;
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
 * Scoring + phase classification of the 20-item diagnostic through the columnar batch API
 * ({@code Scorer.scoreColumns}, {@code PhaseClassifier.classifyColumns}): ms per call, 2% of answers
 * missing. No other Java library scores this instrument, so there is no anchor; the target is absolute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class ColumnarScoringBenchmark {
  @Param("1000000")
  int rows;

  Scorer scorer;
  PhaseClassifier classifier;
  int[][] codes;

  @Setup(Level.Trial)
  public void generate() {
    Instrument instrument = ScoringBenchmark.diagnostic();
    scorer = Scorer.of(instrument);
    classifier = PhaseClassifier.standard();
    SplittableRandom random = new SplittableRandom(9);
    codes = new int[instrument.items().size()][rows];
    for (int[] column : codes) {
      for (int row = 0; row < rows; row++) {
        column[row] = random.nextDouble() < 0.02
            ? SyntheticSurvey.MISSING
            : instrument.range().min() + random.nextInt(instrument.range().points());
      }
    }
  }

  /** Scores every row, then classifies every scored one. */
  @Benchmark
  public PhaseColumns library() {
    return classifier.classifyColumns(scorer.scoreColumns(codes, SyntheticSurvey.MISSING));
  }
}
