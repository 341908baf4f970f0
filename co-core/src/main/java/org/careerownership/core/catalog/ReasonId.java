package org.careerownership.core.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable id of a stagnation reason in a {@link Catalog}, such as {@code "early-career.no-time-for-career"}. In JSON a plain
 * string.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ReasonId id = ReasonId.of("mid-career.fear-of-changing");
 * Optional<StagnationReason> reason = Catalogs.bundled().reason(id);
 * }</pre>
 *
 * @param value the id: lower-case letters and digits in parts joined by '-' or '.'
 * @since 0.1
 */
public record ReasonId(@JsonValue String value) implements Comparable<ReasonId> {

  /**
   * Creates an id.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid catalog id
   */
  public ReasonId {
    Slugs.check("stagnation reason id", value);
  }

  /**
   * Returns the id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid catalog id
   */
  @JsonCreator
  public static ReasonId of(String value) {
    return new ReasonId(value);
  }

  /** Returns whether {@code value} is a valid stagnation reason id. */
  public static boolean isValid(String value) {
    return Slugs.valid(value);
  }

  @Override
  public int compareTo(ReasonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
