package org.careerownership.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders of the compiled-in ja/en message templates. */
final class Template {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private Template() {}

  /** Returns the names of the placeholders in {@code template}, in order of first use. */
  static ImmutableSet<String> placeholders(String template) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names.build();
  }

  /** Returns {@code template} with each placeholder replaced by {@code values.apply(name)}. */
  static String render(String template, Function<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(values.apply(matcher.group(1))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Checks that {@code given} names exactly the placeholders both templates use.
   *
   * @throws IllegalArgumentException naming the missing or unexpected names
   */
  static void checkNames(String owner, LocalizedText templates, ImmutableSet<String> given) {
    ImmutableSet<String> expected =
        ImmutableSet.<String>builder()
            .addAll(placeholders(templates.en()))
            .addAll(placeholders(templates.ja()))
            .build();
    checkArgument(
        expected.equals(given), "%s takes inputs %s, but was given %s", owner, expected, given);
  }
}
