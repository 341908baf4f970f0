package org.careerownership.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable place in user input that a {@link Problem} points at: the input's position in a batch,
 * the record it belongs to (such as a respondent id), and the field within it (such as an item id).
 * Any part may be absent.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Location where = Location.atIndex(3).withRecord("E0042").withField("ID07");
 * }</pre>
 *
 * @param index the 0-based position of the input in its batch, if known; never negative
 * @param record the id of the input record, if it has a non-blank one
 * @param field the field within the record, such as an item id or scale, if the problem has one
 * @since 0.1
 */
public record Location(
    @JsonProperty("index") Optional<Long> index,
    @JsonProperty("record") Optional<String> record,
    @JsonProperty("field") Optional<String> field) {

  private static final Location NOWHERE = new Location(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Creates a location.
   *
   * @throws IllegalArgumentException if {@code index} is negative or a text part is blank
   */
  @JsonCreator
  public Location {
    requireNonNull(index, "index");
    requireNonNull(record, "record");
    requireNonNull(field, "field");
    index.ifPresent(i -> checkArgument(i >= 0, "index (%s) must be >= 0", i));
    record.ifPresent(r -> checkArgument(!r.isBlank(), "record must not be blank when present"));
    field.ifPresent(f -> checkArgument(!f.isBlank(), "field must not be blank when present"));
  }

  /** Returns the location that points at no particular place. */
  public static Location nowhere() {
    return NOWHERE;
  }

  /**
   * Returns the location of the input at {@code index} of a batch.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public static Location atIndex(long index) {
    return new Location(Optional.of(index), Optional.empty(), Optional.empty());
  }

  /** Returns a copy with the given batch position, replacing any. */
  public Location withIndex(long index) {
    return new Location(Optional.of(index), record, field);
  }

  /**
   * Returns a copy naming the input record {@code record}; a blank id is left out, since it names
   * nothing.
   */
  public Location withRecord(String record) {
    requireNonNull(record, "record");
    return new Location(index, record.isBlank() ? Optional.empty() : Optional.of(record), field);
  }

  /**
   * Returns a copy naming the field {@code field}.
   *
   * @throws IllegalArgumentException if {@code field} is blank
   */
  public Location withField(String field) {
    return new Location(index, record, Optional.of(field));
  }

  /** Returns this location as a phrase in {@code language}, or an empty string when it is nowhere. */
  public String text(Language language) {
    requireNonNull(language, "language");
    List<String> parts = new ArrayList<>(3);
    boolean ja = language == Language.JA;
    index.ifPresent(i -> parts.add((ja ? "入力 #" : "input #") + i));
    record.ifPresent(r -> parts.add((ja ? "レコード '" : "record '") + r + "'"));
    field.ifPresent(f -> parts.add((ja ? "項目 '" : "field '") + f + "'"));
    return String.join(ja ? "、" : ", ", parts);
  }
}
