package org.careerownership.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable application of one {@link Rule} to named inputs: numbers (scores, thresholds, weights)
 * and references (catalog ids such as a measure or stagnation reason id). One step of an {@link
 * Explanation}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * for (Reason why : classification.explanation().reasons()) {
 *   System.out.println(why.rule().id() + " " + why.inputs() + ": " + why.text(Language.EN));
 * }
 * }</pre>
 *
 * @param rule the rule applied; never null
 * @param inputs the rule's numeric inputs by name, each finite
 * @param references the rule's catalog ids by name; {@code inputs} and {@code references} together
 *     name exactly {@link Rule#inputNames()}, without overlap
 * @since 0.1
 */
public record Reason(
    @JsonProperty("rule") Rule rule,
    @JsonProperty("inputs") ImmutableMap<String, Double> inputs,
    @JsonProperty("references") ImmutableMap<String, String> references) {

  /**
   * Creates a reason.
   *
   * @throws IllegalArgumentException if the inputs and references are not exactly the rule's, or a
   *     number is not finite
   */
  public Reason {
    requireNonNull(rule, "rule");
    requireNonNull(inputs, "inputs");
    requireNonNull(references, "references");
    checkArgument(
        Sets.intersection(inputs.keySet(), references.keySet()).isEmpty(),
        "rule %s names %s both as a number and as a reference",
        rule.id(),
        Sets.intersection(inputs.keySet(), references.keySet()));
    rule.message()
        .checkNames(ImmutableSet.<String>builder().addAll(inputs.keySet()).addAll(references.keySet()).build());
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
   * Creates a reason with numeric inputs only.
   *
   * @throws IllegalArgumentException if the inputs are not exactly the rule's, or one is not finite
   */
  public Reason(Rule rule, ImmutableMap<String, Double> inputs) {
    this(rule, inputs, ImmutableMap.of());
  }

  /**
   * Returns a reason; inputs and references keep their iteration order.
   *
   * @throws IllegalArgumentException if they are not exactly the rule's, or a number is not finite
   */
  @JsonCreator
  public static Reason of(
      @JsonProperty("rule") Rule rule,
      @JsonProperty("inputs") Map<String, Double> inputs,
      @JsonProperty("references") @Nullable Map<String, String> references) {
    return new Reason(
        rule,
        ImmutableMap.copyOf(inputs),
        references == null ? ImmutableMap.of() : ImmutableMap.copyOf(references));
  }

  /** Returns this reason as a sentence in {@code language}; numbers are rounded to two decimals. */
  public String text(Language language) {
    requireNonNull(language, "language");
    DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return rule.message()
        .render(
            language,
            name -> inputs.containsKey(name) ? format.format(inputs.get(name)) : references.get(name));
  }
}
