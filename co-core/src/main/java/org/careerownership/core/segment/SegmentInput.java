package org.careerownership.core.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.careerownership.core.phase.Phase;

/**
 * An immutable description of one person for the {@link Segmenter}: their phase, need signals and,
 * where known, how many C/O measures they used in a recent window.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * SegmentInput input = SegmentInput.of(Phase.STATUS_QUO_STAGNATION, NeedSignals.from(scores), 0);
 * }</pre>
 *
 * @param phase the person's C/O phase
 * @param needs the person's need signals
 * @param measuresUsed how many C/O measures the person used in the window, if known; never negative
 * @since 0.1
 */
public record SegmentInput(
    @JsonProperty("phase") Phase phase,
    @JsonProperty("needs") NeedSignals needs,
    @JsonProperty("measuresUsed") Optional<Integer> measuresUsed) {

  /**
   * Creates an input.
   *
   * @throws IllegalArgumentException if {@code measuresUsed} is negative
   */
  @JsonCreator
  public SegmentInput {
    requireNonNull(phase, "phase");
    requireNonNull(needs, "needs");
    requireNonNull(measuresUsed, "measuresUsed");
    measuresUsed.ifPresent(n -> checkArgument(n >= 0, "measuresUsed (%s) must be >= 0", n));
  }

  /** Returns an input whose measure usage is unknown. */
  public static SegmentInput of(Phase phase, NeedSignals needs) {
    return new SegmentInput(phase, needs, Optional.empty());
  }

  /**
   * Returns an input with a known measure usage.
   *
   * @throws IllegalArgumentException if {@code measuresUsed} is negative
   */
  public static SegmentInput of(Phase phase, NeedSignals needs, int measuresUsed) {
    return new SegmentInput(phase, needs, Optional.of(measuresUsed));
  }
}
