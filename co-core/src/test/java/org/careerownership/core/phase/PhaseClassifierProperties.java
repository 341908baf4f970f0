package org.careerownership.core.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.concurrent.atomic.AtomicInteger;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class PhaseClassifierProperties {

  private static Gen<CutPoints> cutPoints() {
    return Generators.scoreValues().zip(Generators.scoreValues(), CutPoints::of);
  }

  @Nested
  final class Postconditions {
    // Law: the phase is the quadrant of the scores relative to the cut points (at the cut is high),
    // and the deciding rule of the explanation is that phase's rule.
    @Test
    void phaseAgreesWithTheQuadrant() {
      AtomicInteger onACut = new AtomicInteger();
      qt().withFixedSeed(Generators.SEED)
          .withExamples(2000)
          .forAll(Generators.scoreValues(), Generators.scoreValues(), cutPoints())
          .checkAssert(
              (identity, adaptability, cuts) -> {
                if (identity == cuts.identity() || adaptability == cuts.adaptability()) {
                  onACut.incrementAndGet();
                }
                PhaseClassification c =
                    PhaseClassifier.standard().withCutPoints(cuts).classify(identity, adaptability);
                assertEquals(identity >= cuts.identity(), c.phase().highIdentity());
                assertEquals(adaptability >= cuts.adaptability(), c.phase().highAdaptability());
                assertEquals(c.phase().rule(), c.explanation().rule());
              });
      assertTrue(onACut.get() > 20, "scores exactly on a cut point: " + onACut.get());
    }

    // Law: borderline exactly when a distance is below the margin, and then the explanation says so.
    @Test
    void borderlineIffADistanceIsBelowTheMargin() {
      AtomicInteger borderline = new AtomicInteger();
      qt().withFixedSeed(Generators.SEED)
          .withExamples(2000)
          .forAll(Generators.scoreValues(), Generators.scoreValues(), doubles().between(0, 20))
          .checkAssert(
              (identity, adaptability, margin) -> {
                PhaseClassification c =
                    PhaseClassifier.standard().withBorderlineMargin(margin).classify(identity, adaptability);
                boolean expected = Math.abs(identity - 50) < margin || Math.abs(adaptability - 50) < margin;
                assertEquals(expected, c.borderline());
                assertEquals(expected ? 2 : 1, c.explanation().reasons().size());
                if (expected) {
                  borderline.incrementAndGet();
                }
              });
      // Both sides of the property must be exercised.
      assertTrue(borderline.get() > 400 && borderline.get() < 1600, "borderline cases: " + borderline.get());
    }
  }

  @Nested
  final class Batches {
    // Law: classifyAll gives one classification per input, in order, equal to classify on each.
    @Test
    void oneClassificationPerInputInOrder() {
      qt().withFixedSeed(Generators.SEED)
          .withExamples(200)
          .forAll(lists().of(Generators.scores()).ofSizeBetween(0, 50))
          .checkAssert(
              scores -> {
                var all = PhaseClassifier.standard().classifyAll(scores);
                assertEquals(scores.size(), all.size());
                for (int i = 0; i < scores.size(); i++) {
                  assertEquals(PhaseClassifier.standard().classify(scores.get(i)), all.get(i));
                }
              });
    }
  }
}
