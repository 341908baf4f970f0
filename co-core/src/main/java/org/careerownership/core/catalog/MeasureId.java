package org.careerownership.core.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable id of a measure in a {@link Catalog}, such as {@code "career-elearning"}. In JSON a plain
 * string.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * MeasureId id = MeasureId.of("use-career-cafe");
 * String name = Catalogs.bundled().measure(id).orElseThrow().name().text(Language.JA);
 * }</pre>
 *
 * @param value the id: lower-case letters and digits in parts joined by '-' or '.'
 * @since 0.1
 */
public record MeasureId(@JsonValue String value) implements Comparable<MeasureId> {

  /**
   * Creates an id.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid catalog id
   */
  public MeasureId {
    Slugs.check("measure id", value);
  }

  /**
   * Returns the id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid catalog id
   */
  @JsonCreator
  public static MeasureId of(String value) {
    return new MeasureId(value);
  }

  /** Returns whether {@code value} is a valid measure id. */
  public static boolean isValid(String value) {
    return Slugs.valid(value);
  }

  @Override
  public int compareTo(MeasureId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
