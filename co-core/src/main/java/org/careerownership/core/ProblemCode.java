package org.careerownership.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;

/**
 * A kind of problem in user data, with a stable id and compiled-in ja/en message templates whose
 * {@code {name}} placeholders are filled from the {@link Problem}'s arguments.
 *
 * @since 0.1
 */
public enum ProblemCode {
  /** A response's respondent id is empty or blank. */
  EMPTY_RESPONDENT_ID(
      "response.empty-respondent-id",
      "回答者IDが空です。",
      "The respondent id is empty."),
  /** A response answers an item the instrument does not have. */
  UNKNOWN_ITEM(
      "response.unknown-item",
      "項目 '{item}' は尺度 '{instrument}' にありません。",
      "Item '{item}' is not in instrument '{instrument}'."),
  /** A response answers the same item more than once. */
  DUPLICATE_ITEM(
      "response.duplicate-item",
      "項目 '{item}' に {count} 件の回答があります（1件まで）。",
      "Item '{item}' is answered {count} times; at most once is allowed."),
  /** An answer lies outside the instrument's Likert range. */
  VALUE_OUT_OF_RANGE(
      "response.value-out-of-range",
      "項目 '{item}' の回答 {value} が範囲 {min}〜{max} の外です。",
      "Item '{item}' has answer {value}, outside the range {min} to {max}."),
  /** A scale has fewer answers than the missing-answer rule requires. */
  TOO_FEW_ANSWERS(
      "response.too-few-answers",
      "尺度 '{scale}' の回答が {answered} 件で、必要な {required} 件（{items} 項目中）に足りません。",
      "Scale '{scale}' has {answered} answers; {required} of its {items} items are required."),
  /** A field that must hold an integer holds other text, such as a CSV cell reading {@code 3.5}. */
  NOT_AN_INTEGER(
      "input.not-an-integer",
      "'{field}' の値 '{value}' は整数ではありません。",
      "'{field}' holds '{value}', which is not an integer."),
  /** An age lies outside the range the library accepts. */
  AGE_OUT_OF_RANGE(
      "person.age-out-of-range",
      "年齢 {age} が受け付ける範囲 {min}〜{max} の外です。",
      "Age {age} is outside the accepted range {min} to {max}.");

  private final String id;
  private final LocalizedText template;
  private final ImmutableSet<String> argumentNames;

  ProblemCode(String id, String ja, String en) {
    this.id = id;
    this.template = LocalizedText.of(ja, en);
    this.argumentNames =
        ImmutableSet.<String>builder()
            .addAll(Template.placeholders(en))
            .addAll(Template.placeholders(ja))
            .build();
  }

  /** Returns the stable id of this code, e.g. {@code "response.unknown-item"}. */
  @JsonValue
  public String id() {
    return id;
  }

  /** Returns the names of the arguments a problem of this kind carries. */
  public ImmutableSet<String> argumentNames() {
    return argumentNames;
  }

  /** Returns the ja/en message templates; {@code {name}} marks an argument. */
  public LocalizedText template() {
    return template;
  }

  /**
   * Returns the code with the stable id {@code id}.
   *
   * @throws IllegalArgumentException if no code has that id
   */
  @JsonCreator
  public static ProblemCode fromId(String id) {
    requireNonNull(id, "id");
    return Arrays.stream(values())
        .filter(code -> code.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown problem code '" + id + "'"));
  }
}
