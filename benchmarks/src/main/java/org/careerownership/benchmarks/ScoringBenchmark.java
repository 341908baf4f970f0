package org.careerownership.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.careerownership.core.Outcome;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.Item;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.Scale;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.phase.PhaseClassification;
import org.careerownership.core.phase.PhaseClassifier;
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

/** Scoring + phase classification of the 20-item diagnostic through the per-response object API: ns per response. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {
  static final int RESPONSES = 100_000;

  Scorer scorer;
  PhaseClassifier classifier;
  List<Response> responses;

  /** The diagnostic's 20 items: the reference instrument's identity and adaptability scales. */
  static Instrument diagnostic() {
    Instrument reference = ReferenceInstrument.v1();
    return Instrument.builder().from(reference)
        .items(ImmutableList.<Item>builder()
            .addAll(reference.items(Scale.IDENTITY)).addAll(reference.items(Scale.ADAPTABILITY)).build())
        .build();
  }

  @Setup(Level.Trial)
  public void generate() {
    Instrument instrument = diagnostic();
    scorer = Scorer.of(instrument);
    classifier = PhaseClassifier.standard();
    SplittableRandom random = new SplittableRandom(8);
    responses = new ArrayList<>(RESPONSES);
    for (int r = 0; r < RESPONSES; r++) {
      Response.Builder response = Response.builder();
      response.respondentId("R" + r);
      for (Item item : instrument.items()) {
        response.answer(item.id().value(), instrument.range().min() + random.nextInt(instrument.range().points()));
      }
      responses.add(response.build());
    }
  }

  /** Scores every response, then classifies every scored one. */
  @Benchmark
  @OperationsPerInvocation(RESPONSES)
  public List<PhaseClassification> scoreAndClassify() {
    ImmutableList<Outcome<Scores>> scores = scorer.scoreAll(responses);
    List<PhaseClassification> phases = new ArrayList<>(scores.size());
    for (Outcome<Scores> s : scores) {
      phases.add(classifier.classify(s.orElseThrow()));
    }
    return phases;
  }
}
