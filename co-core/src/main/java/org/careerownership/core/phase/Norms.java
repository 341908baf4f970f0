package org.careerownership.core.phase;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.primitives.ImmutableDoubleArray;
import java.util.Arrays;
import java.util.Collection;
import org.careerownership.core.instrument.Scores;
import org.jspecify.annotations.Nullable;

/**
 * An immutable reference population of identity and adaptability scores, from which norm-referenced
 * {@link CutPoints} are derived. Build it once (say, from last year's company-wide diagnostic) and
 * reuse it: it is thread-safe.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Norms norms = Norms.from(referenceScores);
 * PhaseClassifier classifier = PhaseClassifier.standard().withCutPoints(norms.median());
 * }</pre>
 *
 * <h2>Definition</h2>
 *
 * <p>The {@code p}-th percentile is the linear interpolation between order statistics of
 * Hyndman &amp; Fan's type 7, the default of R's {@code quantile()} and of Guava's {@code Quantiles}:
 * with the {@code n} values sorted as {@code x[0..n-1]} and {@code h = (n − 1) p / 100}, it is
 * {@code x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])}.
 *
 * @since 0.1
 */
public final class Norms {
  private final ImmutableDoubleArray identity;
  private final ImmutableDoubleArray adaptability;

  private Norms(double[] identity, double[] adaptability) {
    this.identity = sortedChecked(identity, "identity");
    this.adaptability = sortedChecked(adaptability, "adaptability");
  }

  /**
   * Returns norms from the given reference scores; the arrays need not be sorted and are copied.
   *
   * @param identity reference identity scores; at least one, each in [0, 100]
   * @param adaptability reference adaptability scores; at least one, each in [0, 100]
   * @throws IllegalArgumentException if an array is empty or holds a value outside [0, 100] or NaN
   */
  @JsonCreator
  public static Norms of(
      @JsonProperty("identity") double[] identity,
      @JsonProperty("adaptability") double[] adaptability) {
    return new Norms(identity, adaptability);
  }

  /**
   * Returns norms from the identity and adaptability scores of a reference population.
   *
   * @throws IllegalArgumentException if {@code population} is empty or lacks a diagnostic score
   */
  public static Norms from(Collection<Scores> population) {
    requireNonNull(population, "population");
    double[] identity = new double[population.size()];
    double[] adaptability = new double[population.size()];
    int i = 0;
    for (Scores scores : population) {
      checkArgument(
          scores.diagnostic(), "reference scores of '%s' lack identity or adaptability", scores.respondentId());
      identity[i] = scores.identity().value();
      adaptability[i] = scores.adaptability().value();
      i++;
    }
    return new Norms(identity, adaptability);
  }

  /** Returns the cut points at each dimension's median (the 50th percentile). */
  public CutPoints median() {
    return percentile(50);
  }

  /**
   * Returns the cut points at the {@code p}-th percentile of each dimension.
   *
   * @param p the percentile; in [0, 100]
   * @throws IllegalArgumentException if {@code p} is not in [0, 100]
   */
  public CutPoints percentile(double p) {
    return percentiles(p, p);
  }

  /**
   * Returns the cut points at the {@code identityP}-th percentile of identity and the {@code
   * adaptabilityP}-th percentile of adaptability.
   *
   * @throws IllegalArgumentException if a percentile is not in [0, 100]
   */
  public CutPoints percentiles(double identityP, double adaptabilityP) {
    return CutPoints.of(percentile(identity, identityP), percentile(adaptability, adaptabilityP));
  }

  /** Returns the number of reference identity scores. */
  public long identityCount() {
    return identity.length();
  }

  /** Returns the number of reference adaptability scores. */
  public long adaptabilityCount() {
    return adaptability.length();
  }

  /** Returns the sorted reference identity scores (a copy). */
  @JsonProperty("identity")
  public double[] identityScores() {
    return identity.toArray();
  }

  /** Returns the sorted reference adaptability scores (a copy). */
  @JsonProperty("adaptability")
  public double[] adaptabilityScores() {
    return adaptability.toArray();
  }

  private static double percentile(ImmutableDoubleArray sorted, double p) {
    checkArgument(p >= 0 && p <= 100, "percentile (%s) must be in [0, 100]", p);
    // h = (n - 1) p / 100, kept as the numerator so that the fraction is exact for integer p.
    double numerator = (sorted.length() - 1) * p;
    int lo = (int) Math.floor(numerator / 100);
    if (lo + 1 >= sorted.length()) {
      return sorted.get(sorted.length() - 1);
    }
    double remainder = numerator - lo * 100.0;
    double x = sorted.get(lo);
    return x + (sorted.get(lo + 1) - x) * remainder / 100;
  }

  private static ImmutableDoubleArray sortedChecked(double[] values, String name) {
    requireNonNull(values, name);
    checkArgument(values.length >= 1, "%s needs at least one reference score", name);
    double[] copy = values.clone();
    for (int i = 0; i < copy.length; i++) {
      double v = copy[i];
      checkArgument(v >= 0 && v <= 100, "%s[%s] (%s) must be in [0, 100]", name, i, v);
    }
    Arrays.sort(copy);
    return ImmutableDoubleArray.copyOf(copy);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Norms that
        && identity.equals(that.identity)
        && adaptability.equals(that.adaptability);
  }

  @Override
  public int hashCode() {
    return 31 * identity.hashCode() + adaptability.hashCode();
  }

  @Override
  public String toString() {
    return "Norms{identity n=" + identity.length() + ", adaptability n=" + adaptability.length()
        + ", median=" + median() + "}";
  }
}
