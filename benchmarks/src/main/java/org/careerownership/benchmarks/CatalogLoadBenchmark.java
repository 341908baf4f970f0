package org.careerownership.benchmarks;

import java.util.concurrent.TimeUnit;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.catalog.Catalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Cold load and validation of the bundled catalog: one call in each of ten fresh JVMs. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CatalogLoadBenchmark {
  /** Reads, validates and builds the bundled catalog in a JVM that has not loaded it before. */
  @Benchmark
  public Catalog coldLoad() {
    return Catalogs.bundled();
  }
}
