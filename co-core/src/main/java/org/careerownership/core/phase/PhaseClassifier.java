package org.careerownership.core.phase;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.instrument.Scale;
import org.careerownership.core.instrument.ScoreColumns;
import org.careerownership.core.instrument.Scores;

/**
 * Classifies identity and adaptability scores into the four C/O {@link Phase}s. Immutable and
 * thread-safe; configure with {@code withX} copies.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * PhaseClassifier classifier = PhaseClassifier.standard();          // cut 50/50, margin 5
 * PhaseClassification c = classifier.classify(62.5, 41.0);
 * c.phase();       // SELF_FIXATION
 * c.borderline();  // false: 12.5 and 9.0 points from the cut points
 *
 * PhaseClassifier normed = classifier.withCutPoints(Norms.from(lastYear).median());
 * }</pre>
 *
 * <h2>Definition</h2>
 *
 * <p>A score equal to or above its cut point counts as high; the phase is the quadrant of (identity
 * high?, adaptability high?). A classification is borderline when either score is less than the margin
 * (default 5 points on the 0–100 scale) from its cut point.
 *
 * @since 0.1
 */
public final class PhaseClassifier {
  /** The default borderline margin: 5 points on the 0–100 scale. */
  public static final double DEFAULT_BORDERLINE_MARGIN = 5;

  private static final PhaseClassifier STANDARD =
      new PhaseClassifier(CutPoints.midpoint(), DEFAULT_BORDERLINE_MARGIN);

  private final CutPoints cutPoints;
  private final double borderlineMargin;

  private PhaseClassifier(CutPoints cutPoints, double borderlineMargin) {
    this.cutPoints = cutPoints;
    this.borderlineMargin = borderlineMargin;
  }

  /** Returns the default classifier: midpoint cut points (50, 50) and a borderline margin of 5. */
  public static PhaseClassifier standard() {
    return STANDARD;
  }

  /** Returns a copy of this classifier using {@code cutPoints}. */
  public PhaseClassifier withCutPoints(CutPoints cutPoints) {
    return new PhaseClassifier(requireNonNull(cutPoints, "cutPoints"), borderlineMargin);
  }

  /**
   * Returns a copy of this classifier with borderline margin {@code margin}; 0 flags nothing.
   *
   * @throws IllegalArgumentException if {@code margin} is negative or not finite
   */
  public PhaseClassifier withBorderlineMargin(double margin) {
    checkArgument(
        margin >= 0 && margin < Double.POSITIVE_INFINITY,
        "borderline margin (%s) must be finite and >= 0",
        margin);
    return new PhaseClassifier(cutPoints, margin);
  }

  /** Returns the cut points this classifier applies. */
  public CutPoints cutPoints() {
    return cutPoints;
  }

  /** Returns the borderline margin this classifier applies, in points. */
  public double borderlineMargin() {
    return borderlineMargin;
  }

  /**
   * Returns the classification of the given scores.
   *
   * @throws IllegalArgumentException if a score is not in [0, 100]
   */
  public PhaseClassification classify(double identity, double adaptability) {
    return new PhaseClassification(identity, adaptability, cutPoints, borderlineMargin);
  }

  /**
   * Returns the classification of a respondent's identity and adaptability scores.
   *
   * @throws IllegalArgumentException if the scores lack identity or adaptability
   */
  public PhaseClassification classify(Scores scores) {
    requireNonNull(scores, "scores");
    checkArgument(
        scores.diagnostic(),
        "scores of '%s' need identity and adaptability to be classified, had %s",
        scores.respondentId(),
        scores.scales().keySet());
    return classify(scores.identity().value(), scores.adaptability().value());
  }

  /** Returns one classification per element of {@code scores}, in the same order. */
  public ImmutableList<PhaseClassification> classifyAll(List<Scores> scores) {
    requireNonNull(scores, "scores");
    return scores.stream().map(this::classify).collect(ImmutableList.toImmutableList());
  }

  /**
   * Classifies every scored row of {@code scores} (which must hold identity and adaptability scores);
   * each row's phase and borderline flag equal {@link #classify(double, double)} on its scores.
   *
   * @throws IllegalArgumentException if {@code scores} lacks the identity or adaptability scale
   */
  public PhaseColumns classifyColumns(ScoreColumns scores) {
    requireNonNull(scores, "scores");
    checkArgument(scores.scales().contains(Scale.IDENTITY) && scores.scales().contains(Scale.ADAPTABILITY),
        "scores must hold the IDENTITY and ADAPTABILITY scales, not only %s", scores.scales());
    int rows = scores.rows();
    byte[] phases = new byte[rows];
    boolean[] borderline = new boolean[rows];
    double identityCut = cutPoints.identity();
    double adaptabilityCut = cutPoints.adaptability();
    for (int row = 0; row < rows; row++) {
      if (!scores.scored(row)) {
        phases[row] = -1;
        continue;
      }
      double identity = scores.score(Scale.IDENTITY, row) - identityCut;
      double adaptability = scores.score(Scale.ADAPTABILITY, row) - adaptabilityCut;
      phases[row] = (byte) Phase.of(identity >= 0, adaptability >= 0).ordinal();
      borderline[row] = Math.abs(identity) < borderlineMargin || Math.abs(adaptability) < borderlineMargin;
    }
    return new PhaseColumns(scores, phases, borderline);
  }

  @Override
  public String toString() {
    return "PhaseClassifier{cutPoints=" + cutPoints + ", borderlineMargin=" + borderlineMargin + "}";
  }
}
