package org.careerownership.analytics.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;
import org.careerownership.analytics.moments.Moments;
import org.careerownership.analytics.moments.PairedMoments;
import org.careerownership.analytics.moments.PairedMomentsAccumulator;
import org.careerownership.core.Outcome;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class CorrelationProperties {

  /** Pairs of columns of 3–60 rows: Likert codes (many ties) or real values, about 5% missing. */
  static Gen<double[][]> columns() {
    return integers().between(3, 60).zip(integers().between(0, 1), integers().all(), (n, likert, seed) -> {
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      double[][] xy = new double[2][n];
      for (int i = 0; i < n; i++) {
        double common = random.nextGaussian();
        for (int v = 0; v < 2; v++) {
          double value = 0.6 * common + 0.8 * random.nextGaussian();
          xy[v][i] = random.nextDouble() < 0.05 ? Double.NaN
              : likert == 1 ? Math.max(1, Math.min(5, Math.round(3 + value))) : 1000 + 50 * value;
        }
      }
      return xy;
    });
  }

  // Law: every estimate lies in [-1, 1] and is symmetric in its arguments.
  @Test
  void estimatesAreBoundedAndSymmetric() {
    AtomicInteger defined = new AtomicInteger();
    qt().withFixedSeed(Generators.SEED).withExamples(400).forAll(columns()).checkAssert(xy -> {
      Outcome<PearsonTest> p = Correlations.pearson().test(xy[0], xy[1]);
      Outcome<RankCorrelationTest> s = Correlations.spearman().test(xy[0], xy[1]);
      Outcome<RankCorrelationTest> k = Correlations.kendall().test(xy[0], xy[1]);
      if (p.succeeded()) {
        defined.incrementAndGet();
        double r = p.orElseThrow().r();
        assertTrue(r >= -1 && r <= 1);
        assertEquals(r, Correlations.pearson().test(xy[1], xy[0]).orElseThrow().r(), 1e-15);
        assertTrue(p.orElseThrow().pValue() >= 0 && p.orElseThrow().pValue() <= 1);
      }
      if (s.succeeded()) {
        assertEquals(s.orElseThrow().estimate(), Correlations.spearman().test(xy[1], xy[0]).orElseThrow().estimate(), 1e-15);
      }
      if (k.succeeded()) {
        double tau = k.orElseThrow().estimate();
        assertTrue(tau >= -1 && tau <= 1);
        assertEquals(tau, Correlations.kendall().test(xy[1], xy[0]).orElseThrow().estimate(), 1e-15);
      }
    });
    assertTrue(defined.get() > 300, "defined cases " + defined.get());
  }

  // Law: Pearson is invariant under positive affine transforms and flips sign under negative ones.
  @Test
  void pearsonIsAffineInvariant() {
    qt().withFixedSeed(Generators.SEED).withExamples(300)
        .forAll(columns(), doubles().between(0.01, 100), doubles().between(-1e4, 1e4))
        .checkAssert((xy, a, b) -> {
          Outcome<PearsonTest> before = Correlations.pearson().test(xy[0], xy[1]);
          if (!before.succeeded()) {
            return;
          }
          double r = before.orElseThrow().r();
          double[] up = map(xy[0], v -> a * v + b);
          double[] down = map(xy[0], v -> -a * v + b);
          assertEquals(r, Correlations.pearson().test(up, xy[1]).orElseThrow().r(), 1e-12);
          assertEquals(-r, Correlations.pearson().test(down, xy[1]).orElseThrow().r(), 1e-12);
        });
  }

  // Law: Spearman and Kendall depend only on ranks, so strictly increasing transforms leave them unchanged.
  @Test
  void rankCorrelationsAreMonotoneInvariant() {
    qt().withFixedSeed(Generators.SEED).withExamples(300).forAll(columns()).checkAssert(xy -> {
      double[] cubed = map(xy[0], v -> v * v * v);
      double[] logged = map(xy[1], v -> Math.log(v + 10));
      Outcome<RankCorrelationTest> s = Correlations.spearman().test(xy[0], xy[1]);
      if (s.succeeded()) {
        assertEquals(s.orElseThrow().estimate(), Correlations.spearman().test(cubed, logged).orElseThrow().estimate(), 1e-12);
      }
      Outcome<RankCorrelationTest> k = Correlations.kendall().test(xy[0], xy[1]);
      if (k.succeeded()) {
        assertEquals(k.orElseThrow().estimate(), Correlations.kendall().test(cubed, logged).orElseThrow().estimate(), 1e-12);
        assertEquals(k.orElseThrow().pValue(), Correlations.kendall().test(cubed, logged).orElseThrow().pValue(), 1e-12);
      }
    });
  }

  // Law: accumulating in any partition and merging gives the one-shot result; the byte form round-trips.
  @Test
  void mergedAccumulatorsEqualOneShotResults() {
    qt().withFixedSeed(Generators.SEED).withExamples(300).forAll(columns(), integers().between(1, 7))
        .checkAssert((xy, parts) -> {
          PairedMoments oneShot = PairedMoments.of(xy[0], xy[1]);
          PairedMomentsAccumulator[] partial = new PairedMomentsAccumulator[parts];
          for (int p = 0; p < parts; p++) {
            partial[p] = new PairedMomentsAccumulator();
          }
          for (int i = 0; i < xy[0].length; i++) {
            partial[(i * 7919) % parts].add(xy[0][i], xy[1][i]);
          }
          PairedMomentsAccumulator merged = new PairedMomentsAccumulator();
          for (int p = parts - 1; p >= 0; p--) {
            merged.addAll(PairedMoments.fromByteArray(partial[p].snapshot().toByteArray()));
          }
          PairedMoments result = merged.snapshot();
          assertEquals(oneShot.count(), result.count());
          if (oneShot.count() > 1) {
            assertEquals(oneShot.sampleCovariance(), result.sampleCovariance(), 1e-12 * Math.max(1, Math.abs(oneShot.sampleCovariance())));
            Moments x = oneShot.xMoments();
            assertEquals(x.mean(), result.xMoments().mean(), 1e-12 * Math.max(1, Math.abs(x.mean())));
            assertEquals(x.sampleVariance(), result.xMoments().sampleVariance(), 1e-12 * Math.max(1, x.sampleVariance()));
          }
          assertEquals(oneShot.xMoments().count(), Moments.fromByteArray(oneShot.xMoments().toByteArray()).count());
        });
  }

  private static double[] map(double[] values, DoubleUnaryOperator f) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.isNaN(values[i]) ? Double.NaN : f.applyAsDouble(values[i]);
    }
    return out;
  }
}
