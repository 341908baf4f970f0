package org.careerownership.core.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.instrument.Scale;
import org.careerownership.core.instrument.Scores;

/**
 * The three need signals of one person on 0–100, higher meaning the need is better met: awareness and
 * understanding of the company's measures ({@link #reach}), perceived growth support ({@link #growth}),
 * and picturing one's abilities used inside the company ({@link #pathway}). From the need scales of an
 * instrument ({@link #from(Scores)}) or from a host's own data (survey items, HRIS usage), rescaled.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * NeedSignals needs = NeedSignals.from(scores); // the reach, growth and pathway scale scores
 * }</pre>
 *
 * @param reach the reach signal (知る); in [0, 100]
 * @param growth the growth signal (気づく); in [0, 100]
 * @param pathway the pathway signal (拡げる); in [0, 100]
 * @since 0.1
 */
public record NeedSignals(
    @JsonProperty("reach") double reach,
    @JsonProperty("growth") double growth,
    @JsonProperty("pathway") double pathway) {

  /**
   * Creates need signals.
   *
   * @throws IllegalArgumentException if a signal is not in [0, 100]
   */
  @JsonCreator
  public NeedSignals {
    check("reach", reach);
    check("growth", growth);
    check("pathway", pathway);
  }

  /**
   * Returns the signals of the need scales {@link Scale#REACH}, {@link Scale#GROWTH} and {@link
   * Scale#PATHWAY} of {@code scores}.
   *
   * @throws IllegalArgumentException if a need scale was not scored
   */
  public static NeedSignals from(Scores scores) {
    requireNonNull(scores, "scores");
    return new NeedSignals(value(scores, Scale.REACH), value(scores, Scale.GROWTH), value(scores, Scale.PATHWAY));
  }

  /** Returns the signal of the need whose lack defines {@code group}. */
  public double signal(ImmobileGroup group) {
    return switch (group) {
      case REACH_GAP -> reach;
      case GROWTH_GAP -> growth;
      case PATHWAY_GAP -> pathway;
    };
  }

  private static double value(Scores scores, Scale scale) {
    return scores.scale(scale)
        .orElseThrow(() -> new IllegalArgumentException(
            "scores of '" + scores.respondentId() + "' have no " + scale + " need scale"))
        .value();
  }

  private static void check(String name, double value) {
    checkArgument(value >= 0 && value <= 100, "%s signal (%s) must be in [0, 100]", name, value);
  }
}
