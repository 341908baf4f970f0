package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * An immutable feasible interval of one suppressed cell: counts that agree with every number a release
 * publishes, its relations, non-negativity and "suppressed means not zero" (zeros are shown), by linear
 * programming, rounded inward. When {@code exact}, {@code lower} and {@code upper} are the least and
 * greatest such counts; otherwise they are two such counts found on the way, already at least the
 * protection width apart, so the true interval is at least as wide (the audit does not spend two more
 * programs on a cell it has already shown protected).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * CellInterval i = Releases.audit(release).intervals().get(0);
 * i.width(); // Optional[7], or empty when the cell has no upper bound
 * }</pre>
 *
 * @param cell the cell's id
 * @param lower the least feasible count; at least 1
 * @param upper the greatest feasible count, or empty when unbounded
 * @param exact whether {@code lower} and {@code upper} are the least and greatest feasible counts
 * @since 0.1
 */
public record CellInterval(
    @JsonProperty("cell") int cell,
    @JsonProperty("lower") long lower,
    @JsonProperty("upper") Optional<Long> upper,
    @JsonProperty("exact") boolean exact) {

  /**
   * Creates an interval.
   *
   * @throws IllegalArgumentException if {@code lower < 1} or {@code upper < lower}
   */
  @JsonCreator
  public CellInterval {
    checkArgument(cell >= 0, "cell (%s) must be >= 0", cell);
    requireNonNull(upper, "upper");
    checkArgument(lower >= 1, "lower (%s) must be >= 1", lower);
    upper.ifPresent(u -> checkArgument(u >= lower, "upper (%s) must be >= lower (%s)", u, lower));
  }

  /** Returns {@code upper - lower}, or empty when unbounded. */
  @JsonIgnore
  public Optional<Long> width() {
    return upper.map(u -> u - lower);
  }

  /**
   * Returns whether this interval keeps the cell protected under {@code rule}: at least the protection
   * width wide, or wholly at or above the minimum count (then it does not describe a small group).
   */
  public boolean protects(ProtectionRule rule) {
    return lower >= rule.minimumCount() || upper.map(u -> u - lower >= rule.protectionWidth()).orElse(true);
  }
}
