package org.careerownership.core.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable id of a measure family in a {@link Catalog}, such as {@code "career-1on1"}. In JSON a plain
 * string.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * List<Measure> oneOnOnes = Catalogs.bundled().family(FamilyId.of("career-1on1"));
 * }</pre>
 *
 * @param value the id: lower-case letters and digits in parts joined by '-' or '.'
 * @since 0.1
 */
public record FamilyId(@JsonValue String value) implements Comparable<FamilyId> {

  /**
   * Creates an id.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid catalog id
   */
  public FamilyId {
    Slugs.check("measure family id", value);
  }

  /**
   * Returns the id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid catalog id
   */
  @JsonCreator
  public static FamilyId of(String value) {
    return new FamilyId(value);
  }

  /** Returns whether {@code value} is a valid measure family id. */
  public static boolean isValid(String value) {
    return Slugs.valid(value);
  }

  @Override
  public int compareTo(FamilyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
