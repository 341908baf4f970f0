package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** The id syntax of catalog entries: lower-case letters and digits in parts joined by '-' or '.'. */
final class Slugs {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

  private Slugs() {}

  /** Returns whether {@code value} is a valid catalog id. */
  static boolean valid(String value) {
    return value.length() <= 100 && SLUG.matcher(value).matches();
  }

  /**
   * Checks that {@code value} is a valid catalog id.
   *
   * @throws IllegalArgumentException naming {@code kind} and the value otherwise
   */
  static String check(String kind, String value) {
    requireNonNull(value, kind);
    checkArgument(
        valid(value),
        "%s '%s' must be lower-case letters and digits in parts joined by '-' or '.', at most 100"
            + " characters",
        kind,
        value);
    return value;
  }
}
