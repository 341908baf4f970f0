package org.careerownership.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableMap;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable application of one {@link Rule} to named numeric inputs: one step of an {@link
 * Explanation}.
 *
 * @param rule the rule applied; never null
 * @param inputs the rule's inputs by name, exactly {@link Rule#inputNames()}, each finite
 * @since 0.1
 */
public record Reason(
    @JsonProperty("rule") Rule rule, @JsonProperty("inputs") ImmutableMap<String, Double> inputs) {

  /**
   * Creates a reason.
   *
   * @throws IllegalArgumentException if the inputs are not exactly the rule's, or one is not finite
   */
  public Reason {
    requireNonNull(rule, "rule");
    requireNonNull(inputs, "inputs");
    rule.message().checkNames(inputs.keySet());
    inputs.forEach(
        (name, value) ->
            checkArgument(
                Double.isFinite(value),
                "input '%s' of rule %s must be finite, was %s",
                name,
                rule.id(),
                value));
  }

  /**
   * Returns a reason; the inputs keep their iteration order.
   *
   * @throws IllegalArgumentException if the inputs are not exactly the rule's, or one is not finite
   */
  @JsonCreator
  public static Reason of(
      @JsonProperty("rule") Rule rule, @JsonProperty("inputs") Map<String, Double> inputs) {
    return new Reason(rule, ImmutableMap.copyOf(inputs));
  }

  /** Returns this reason as a sentence in {@code language}; numbers are rounded to two decimals. */
  public String text(Language language) {
    requireNonNull(language, "language");
    DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return rule.message().render(language, name -> format.format(inputs.get(name)));
  }
}
