package org.careerownership.core.instrument;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An immutable rule for missing answers: a scale is scored only when at least {@code ceil(minimumShare
 * × its item count)} of its items are answered. The default share is 80%.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * MissingAnswerRule.standard().requiredAnswers(10); // 8
 * MissingAnswerRule.minimumShare(0.7).requiredAnswers(10); // 7
 * }</pre>
 *
 * @param minimumShare the share of a scale's items that must be answered; in (0, 1]
 * @since 0.1
 */
public record MissingAnswerRule(@JsonProperty("minimumShare") double minimumShare) {

  private static final MissingAnswerRule STANDARD = new MissingAnswerRule(0.8);

  /**
   * Creates a rule.
   *
   * @throws IllegalArgumentException if {@code minimumShare} is not in (0, 1]
   */
  @JsonCreator
  public MissingAnswerRule {
    checkArgument(
        minimumShare > 0 && minimumShare <= 1,
        "minimumShare (%s) must be in (0, 1]",
        minimumShare);
  }

  /** Returns the default rule: at least 80% of a scale's items answered. */
  public static MissingAnswerRule standard() {
    return STANDARD;
  }

  /**
   * Returns the rule that requires {@code share} of a scale's items.
   *
   * @throws IllegalArgumentException if {@code share} is not in (0, 1]
   */
  public static MissingAnswerRule minimumShare(double share) {
    return new MissingAnswerRule(share);
  }

  /**
   * Returns how many answers a scale of {@code itemCount} items needs: {@code ceil(minimumShare ×
   * itemCount)}, computed on the share's decimal value so that, say, 0.7 × 10 gives 7, not 8.
   *
   * @throws IllegalArgumentException if {@code itemCount < 1}
   */
  public int requiredAnswers(int itemCount) {
    checkArgument(itemCount >= 1, "itemCount (%s) must be >= 1", itemCount);
    return BigDecimal.valueOf(minimumShare)
        .multiply(BigDecimal.valueOf(itemCount))
        .setScale(0, RoundingMode.CEILING)
        .intValueExact();
  }
}
