package org.careerownership.benchmarks;

import java.util.concurrent.TimeUnit;
import org.careerownership.analytics.release.Population;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.ReleaseAudit;
import org.careerownership.analytics.release.Releases;
import org.careerownership.core.org.OrgStructure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Protecting and auditing one release on one core: phase mix and immobile layer by every unit of a
 * four-level organisation (about 25 people a team: 2,000 teams at 50,000 people), each cut by
 * generation, rating and tenure, plus a phase × immobile-layer cross-tab ({@link SyntheticOrganisation}).
 * Each call is seconds to minutes, so each is timed once per fork.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ReleaseBenchmark -p people=50000 -f 3}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class ReleaseBenchmark {
  /** People in the organisation; the org grows with them (25 people a team, 20 teams a department). */
  @Param({"50000"})
  int people;

  private Population population;
  private Release release;

  @Setup
  public void setUp() {
    int departments = Math.max(1, Math.min(10, people / 500));
    int divisions = Math.max(1, people / 5000);
    OrgStructure org = SyntheticOrganisation.org(divisions, departments, 20);
    population = SyntheticOrganisation.population(org, people, 42);
    release = Releases.build(population, SyntheticOrganisation.plan());
  }

  /** Primary and secondary suppression of the whole release. */
  @Benchmark
  public Release protect() {
    return Releases.build(population, SyntheticOrganisation.plan());
  }

  /** The public audit of the release from its published numbers alone. */
  @Benchmark
  public ReleaseAudit audit() {
    return Releases.audit(release);
  }
}
