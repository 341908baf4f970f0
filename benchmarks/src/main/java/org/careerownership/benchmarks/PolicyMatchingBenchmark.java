package org.careerownership.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Outcome;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.generation.GenerationBands;
import org.careerownership.core.policy.MatchResult;
import org.careerownership.core.policy.PersonProfile;
import org.careerownership.core.policy.PolicyMatcher;
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

/** Matching 100,000 person profiles against the bundled catalog: ns per profile. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PolicyMatchingBenchmark {
  static final int PROFILES = 100_000;

  PolicyMatcher matcher;
  List<PersonProfile> profiles;

  @Setup(Level.Trial)
  public void generate() {
    Catalog catalog = Catalogs.bundled();
    matcher = PolicyMatcher.of(catalog);
    SplittableRandom random = new SplittableRandom(9);
    GenerationBands bands = GenerationBands.standard();
    profiles = new ArrayList<>(PROFILES);
    for (int p = 0; p < PROFILES; p++) {
      int age = 22 + random.nextInt(43);
      PersonProfile.Builder profile = PersonProfile.builder();
      profile.id("P" + p);
      profile.age(age, bands);
      List<ReasonId> reasons = catalog.reasons(bands.generationOf(age)).stream().map(r -> r.id()).toList();
      profile.addReason(reasons.get(random.nextInt(reasons.size())));
      if (random.nextBoolean()) {
        profile.currentStep(SupportStep.values()[random.nextInt(SupportStep.values().length)]);
      }
      profiles.add(profile.build());
    }
  }

  /** Matches every profile; one outcome per profile, in order. */
  @Benchmark
  @OperationsPerInvocation(PROFILES)
  public ImmutableList<Outcome<MatchResult>> matchAll() {
    return matcher.matchAll(profiles);
  }
}
