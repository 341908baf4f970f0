package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * An immutable mean of one survey item over the people of one cell of a {@link Release}, or no mean
 * when the rule withholds it (fewer than {@code k} answered, the cell's count is suppressed, or
 * differencing it against other shown means would describe 1 to {@code k - 1} people).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * release.mean(UnitId.of("D1"), Map.of(), "EN_GROWTH"); // Optional[3.42] or empty
 * }</pre>
 *
 * @param cell the cell's id
 * @param item the item's name
 * @param mean the mean, when shown; finite
 * @since 0.1
 */
public record ReleaseMean(
    @JsonProperty("cell") int cell, @JsonProperty("item") String item, @JsonProperty("mean") Optional<Double> mean) {

  /**
   * Creates a mean.
   *
   * @throws IllegalArgumentException if the cell is negative or the mean is not finite
   */
  @JsonCreator
  public ReleaseMean {
    checkArgument(cell >= 0, "cell (%s) must be >= 0", cell);
    requireNonNull(item, "item");
    requireNonNull(mean, "mean");
    mean.ifPresent(m -> checkArgument(Double.isFinite(m), "mean (%s) must be finite", m));
  }
}
