package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The immutable confidentiality rule of a release: the smallest count that may be shown ({@code k},
 * default 5) and the protection width ({@code p}, default {@code k}): every suppressed count whose
 * feasible interval reaches below {@code k} must have an interval at least {@code p} wide, given every
 * number the release publishes. Zeros are shown: they describe nobody.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ProtectionRule rule = ProtectionRule.standard();          // k = 5, p = 5
 * ProtectionRule strict = ProtectionRule.of(10, 10);         // as some HR platforms configure
 * }</pre>
 *
 * @param minimumCount the smallest non-zero count that may be shown; at least 1 (1 shows everything)
 * @param protectionWidth the least width of a small suppressed count's interval; at least 1
 * @since 0.1
 */
public record ProtectionRule(
    @JsonProperty("minimumCount") int minimumCount, @JsonProperty("protectionWidth") int protectionWidth) {

  /** The default minimum count and protection width. */
  public static final int DEFAULT = 5;

  /**
   * Creates a rule.
   *
   * @throws IllegalArgumentException if either number is below 1
   */
  @JsonCreator
  public ProtectionRule {
    checkArgument(minimumCount >= 1, "minimumCount (%s) must be >= 1", minimumCount);
    checkArgument(protectionWidth >= 1, "protectionWidth (%s) must be >= 1", protectionWidth);
  }

  /** Returns the default rule: {@code k = p = 5}. */
  public static ProtectionRule standard() {
    return new ProtectionRule(DEFAULT, DEFAULT);
  }

  /** Returns the rule with minimum count {@code k} and protection width {@code p}. */
  public static ProtectionRule of(int k, int p) {
    return new ProtectionRule(k, p);
  }

  /** Returns whether a count may be shown as it is: zero, or at least the minimum count. */
  public boolean showable(long count) {
    return count == 0 || count >= minimumCount;
  }
}
