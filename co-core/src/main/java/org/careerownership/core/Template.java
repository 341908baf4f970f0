package org.careerownership.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled-in ja/en message with a stable id, whose {@code {name}} placeholders are filled from
 * named values: the shared machinery of {@link Rule} and {@link ProblemCode}.
 *
 * @param id the message's stable id
 * @param wording the message in ja and en
 * @param names the placeholders both languages use, in order of first use
 */
record Template(String id, LocalizedText wording, ImmutableSet<String> names) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  /**
   * Returns the message {@code id} with the given wording.
   *
   * @throws IllegalArgumentException if the two languages use different placeholders
   */
  static Template of(String id, String ja, String en) {
    ImmutableSet<String> names = placeholders(en);
    checkArgument(
        names.equals(placeholders(ja)),
        "message %s uses %s in en but %s in ja",
        id,
        names,
        placeholders(ja));
    return new Template(id, LocalizedText.of(ja, en), names);
  }

  /** Returns the names of the placeholders in {@code text}, in order of first use. */
  static ImmutableSet<String> placeholders(String text) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names.build();
  }

  /**
   * Checks that {@code given} names exactly this message's placeholders.
   *
   * @throws IllegalArgumentException naming the expected and the given names otherwise
   */
  void checkNames(ImmutableSet<String> given) {
    checkArgument(names.equals(given), "%s takes inputs %s, but was given %s", id, names, given);
  }

  /** Returns the wording in {@code language} with each placeholder replaced by {@code values}. */
  String render(Language language, Function<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(wording.text(language));
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(values.apply(matcher.group(1))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Returns the constant of {@code values} whose id is {@code id}.
   *
   * @throws IllegalArgumentException naming {@code kind} if none has it
   */
  static <E> E byId(E[] values, Function<E, String> idOf, String kind, String id) {
    requireNonNull(id, "id");
    for (E value : values) {
      if (idOf.apply(value).equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown " + kind + " '" + id + "'");
  }
}
