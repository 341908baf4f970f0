package org.careerownership.core.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * An immutable count that is either shown or suppressed, never both: a suppressed count carries only
 * why, not its value, so serialising it leaks nothing.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ProtectedCount shown = ProtectedCount.shown(12);       // count() is Optional[12]
 * ProtectedCount hidden = ProtectedCount.suppressed(Suppression.BELOW_THRESHOLD); // count() is empty
 * }</pre>
 *
 * @param count the count, when shown; never negative
 * @param suppression why it is not shown, when suppressed
 * @since 0.1
 */
public record ProtectedCount(
    @JsonProperty("count") Optional<Long> count,
    @JsonProperty("suppression") Optional<Suppression> suppression) {

  /**
   * Creates a protected count.
   *
   * @throws IllegalArgumentException unless exactly one of count and suppression is present, and the
   *     count is not negative
   */
  @JsonCreator
  public ProtectedCount {
    requireNonNull(count, "count");
    requireNonNull(suppression, "suppression");
    checkArgument(count.isPresent() != suppression.isPresent(), "a count is either shown or suppressed");
    count.ifPresent(c -> checkArgument(c >= 0, "count (%s) must be >= 0", c));
  }

  /** Returns a shown count. */
  public static ProtectedCount shown(long count) {
    return new ProtectedCount(Optional.of(count), Optional.empty());
  }

  /** Returns a suppressed count. */
  public static ProtectedCount suppressed(Suppression why) {
    return new ProtectedCount(Optional.empty(), Optional.of(why));
  }

  /** Returns whether the count is suppressed. */
  @JsonIgnore
  public boolean isSuppressed() {
    return suppression.isPresent();
  }

  @Override
  public String toString() {
    return count.map(String::valueOf).orElse("[suppressed]");
  }
}
