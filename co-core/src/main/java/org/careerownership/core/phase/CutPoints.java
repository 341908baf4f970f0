package org.careerownership.core.phase;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Immutable cut points on the 0–100 identity and adaptability scales: a score equal to or above its cut
 * point counts as high. Fixed ({@link #midpoint()}, {@link #of}) or norm-referenced ({@link Norms}).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * CutPoints midpoint = CutPoints.midpoint();       // 50 / 50
 * CutPoints custom = CutPoints.of(55, 45);
 * PhaseClassifier classifier = PhaseClassifier.standard().withCutPoints(custom);
 * }</pre>
 *
 * @param identity the identity cut point; in [0, 100]
 * @param adaptability the adaptability cut point; in [0, 100]
 * @since 0.1
 */
public record CutPoints(
    @JsonProperty("identity") double identity, @JsonProperty("adaptability") double adaptability) {

  private static final CutPoints MIDPOINT = new CutPoints(50, 50);

  /**
   * Creates cut points.
   *
   * @throws IllegalArgumentException if a cut point is not in [0, 100]
   */
  @JsonCreator
  public CutPoints {
    checkArgument(identity >= 0 && identity <= 100, "identity cut (%s) must be in [0, 100]", identity);
    checkArgument(
        adaptability >= 0 && adaptability <= 100,
        "adaptability cut (%s) must be in [0, 100]",
        adaptability);
  }

  /** Returns the default cut points: the scale midpoint, 50, on both dimensions. */
  public static CutPoints midpoint() {
    return MIDPOINT;
  }

  /**
   * Returns fixed cut points.
   *
   * @throws IllegalArgumentException if a cut point is not in [0, 100]
   */
  public static CutPoints of(double identity, double adaptability) {
    return new CutPoints(identity, adaptability);
  }
}
