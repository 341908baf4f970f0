package org.careerownership.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSet;

/**
 * A kind of problem in user data, with a stable id and compiled-in ja/en message templates whose
 * {@code {name}} placeholders are filled from the {@link Problem}'s arguments.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Problem p = Problem.of(ProblemCode.NEGATIVE_COUNT, Location.atIndex(0).withField("measures_used"),
 *     ImmutableMap.of("field", "measures_used", "value", "-2"));
 * String ja = p.text(Language.JA);
 * }</pre>
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
  /** A field that must hold a number holds other text. */
  NOT_A_NUMBER(
      "input.not-a-number",
      "'{field}' の値 '{value}' は数値ではありません。",
      "'{field}' holds '{value}', which is not a number."),
  /** A numeric field holds a value outside its allowed range. */
  OUT_OF_RANGE(
      "input.out-of-range",
      "'{field}' の値 {value} が範囲 {min}〜{max} の外です。",
      "'{field}' holds {value}, outside the range {min} to {max}."),
  /** A field that must hold one of a fixed set of values holds another. */
  UNKNOWN_CATEGORY(
      "input.unknown-category",
      "'{field}' の値 '{value}' は {allowed} のいずれでもありません。",
      "'{field}' holds '{value}', which is not one of {allowed}."),
  /** A file lacks a column it must have. */
  MISSING_COLUMN(
      "input.missing-column",
      "列 '{column}' がありません。",
      "Column '{column}' is missing."),
  /** A file's header leaves a column unnamed; the column is read under a name made from its position. */
  BLANK_COLUMN_NAME(
      "input.blank-column-name",
      "{position} 列目の見出しが空です。'{name}' として読みます。",
      "The header of column {position} is blank; the column is read as '{name}'."),
  /** A file's header names a column twice. */
  DUPLICATE_COLUMN(
      "input.duplicate-column",
      "列 '{column}' が重複しています。",
      "Column '{column}' appears twice in the header."),
  /** A row has a different number of cells than the header. */
  WRONG_CELL_COUNT(
      "input.wrong-cell-count",
      "この行のセル数は {cells} で、見出しの {columns} と合いません。",
      "The row has {cells} cells, but the header has {columns}."),
  /** An input has no content where at least a header line is required. */
  EMPTY_INPUT(
      "input.empty",
      "入力が空です。見出し行が必要です。",
      "The input is empty; a header line is required."),
  /** A CSV input breaks the CSV syntax, such as a quoted cell that is never closed. */
  MALFORMED_CSV(
      "input.malformed-csv",
      "CSVとして読めません（{line}行 {column}列）：{detail}",
      "Not well-formed CSV (line {line}, column {column}): {detail}"),
  /** An input holds bytes that are not text in its character set. */
  MALFORMED_TEXT(
      "input.malformed-text",
      "{charset} の文字として読めないバイト列があります（{line}行目まで読んだところ）。",
      "Bytes that are not {charset} text (found after reading {line} lines)."),
  /** An input exceeds one of the limits the host set (or the safe default). */
  LIMIT_EXCEEDED(
      "input.limit-exceeded",
      "入力が上限 {limit}（{maximum}）を超えています。",
      "The input exceeds the limit {limit} ({maximum})."),
  /** A field that holds a count holds a negative number. */
  NEGATIVE_COUNT(
      "input.negative-count",
      "'{field}' の値 {value} は件数なので負にはなりません。",
      "'{field}' holds {value}, but a count cannot be negative."),
  /** A catalog file that a catalog or its manifest needs is missing. */
  CATALOG_MISSING_FILE(
      "catalog.missing-file",
      "カタログのファイル '{file}' がありません。",
      "Catalog file '{file}' is missing."),
  /** A catalog file is not well-formed JSON. */
  CATALOG_MALFORMED_JSON(
      "catalog.malformed-json",
      "JSONとして読めません（{line}行 {column}列）：{detail}",
      "Not well-formed JSON (line {line}, column {column}): {detail}"),
  /** A required field of a catalog entry is missing. */
  CATALOG_MISSING_FIELD(
      "catalog.missing-field",
      "必須の項目 '{name}' がありません。",
      "Required field '{name}' is missing."),
  /** A catalog field has a field the format does not define. */
  CATALOG_UNKNOWN_FIELD(
      "catalog.unknown-field",
      "項目 '{name}' はこの形式にありません（使える項目：{allowed}）。",
      "Field '{name}' is not part of this format (allowed: {allowed})."),
  /** A catalog value has the wrong JSON type. */
  CATALOG_WRONG_TYPE(
      "catalog.wrong-type",
      "{expected} が必要ですが、{actual} でした。",
      "Expected {expected}, found {actual}."),
  /** A catalog text is empty or blank. */
  CATALOG_EMPTY_TEXT(
      "catalog.empty-text",
      "テキスト '{name}' が空です。",
      "Text '{name}' is empty."),
  /** A catalog value is of the right type but not an allowed value. */
  CATALOG_INVALID_VALUE(
      "catalog.invalid-value",
      "値 '{value}' は使えません：{expected}",
      "Value '{value}' is not allowed: {expected}"),
  /** A catalog id is defined more than once. */
  CATALOG_DUPLICATE_ID(
      "catalog.duplicate-id",
      "{kind} のID '{id}' が重複しています（最初の定義：{first}）。",
      "{kind} id '{id}' is defined more than once (first at {first})."),
  /** A catalog entry refers to an id that does not exist. */
  CATALOG_UNKNOWN_REFERENCE(
      "catalog.unknown-reference",
      "{kind} '{id}' は存在しません。",
      "{kind} '{id}' does not exist."),
  /** A catalog table or enumeration is incomplete or out of order. */
  CATALOG_INCOMPLETE(
      "catalog.incomplete",
      "{what} は {expected} が必要ですが、{actual} でした。",
      "{what} must be {expected}, but was {actual}."),
  /** A person's stagnation reason is not in the catalog. */
  UNKNOWN_REASON(
      "person.unknown-reason",
      "停滞理由 '{reason}' はカタログにありません。",
      "Stagnation reason '{reason}' is not in the catalog."),
  /** A person's stagnation reason belongs to another generation's table. */
  REASON_OF_OTHER_GENERATION(
      "person.reason-of-other-generation",
      "停滞理由 '{reason}' は {reasonGeneration} のもので、この人の年代 {generation} のものではありません。",
      "Stagnation reason '{reason}' belongs to {reasonGeneration}, not to the person's generation"
          + " {generation}."),
  /** A statistic needs more complete observations than there are. */
  TOO_FEW_OBSERVATIONS(
      "statistic.too-few-observations",
      "完全な観測が {n} 件しかありません（{minimum} 件以上が必要）。",
      "Only {n} complete observations; at least {minimum} are needed."),
  /** A statistic is undefined because a variable does not vary. */
  CONSTANT_VARIABLE(
      "statistic.constant-variable",
      "'{variable}' が一定のため、統計量が定義されません。",
      "'{variable}' is constant, so the statistic is undefined."),
  /** A category of a table has no observations, so a test over it is undefined. */
  EMPTY_CATEGORY(
      "statistic.empty-category",
      "カテゴリ '{category}' に観測がありません。",
      "Category '{category}' has no observations."),
  /** Predictors are (nearly) linearly dependent, so their effects cannot be separated. */
  COLLINEAR_PREDICTORS(
      "statistic.collinear-predictors",
      "説明変数が線形従属に近く（最小固有値 {eigenvalue}）、効果を分けられません。",
      "The predictors are (nearly) linearly dependent (smallest eigenvalue {eigenvalue}); their effects"
          + " cannot be separated."),
  /** A test over a published table is withheld because some of its cells are suppressed. */
  STATISTIC_WITHHELD(
      "statistic.withheld",
      "表 '{table}' に非表示のセルがあるため、この統計量は公表しません。",
      "Withheld: table '{table}' has suppressed cells, which the statistic would reveal."),
  /** An age lies outside the range the library accepts. */
  AGE_OUT_OF_RANGE(
      "person.age-out-of-range",
      "年齢 {age} が受け付ける範囲 {min}〜{max} の外です。",
      "Age {age} is outside the accepted range {min} to {max}."),
  /** A person's unit is not a unit of the organisation. */
  UNKNOWN_UNIT(
      "release.unknown-unit",
      "所属 '{unit}' は組織にありません。",
      "Unit '{unit}' is not a unit of the organisation."),
  /** A person belongs to a unit that has units under it; people belong to the lowest units. */
  UNIT_NOT_LOWEST(
      "release.unit-not-lowest",
      "所属 '{unit}' の下に組織があります。最下層の組織を指定してください。",
      "Unit '{unit}' has units under it; people belong to units at the lowest level."),
  /** A person's row has a different number of values than the population has dimensions. */
  WRONG_VALUE_COUNT(
      "release.wrong-value-count",
      "値が {count} 個あります（{expected} 個の区分が必要）。",
      "The row has {count} values; {expected} dimensions need one each."),
  /** A cell of a later release cannot be protected because numbers published earlier pin it down. */
  CANNOT_PROTECT(
      "release.cannot-protect",
      "{cell} は保護できません。以前に公表した数値から {lower}〜{upper} に絞り込めます。この区分の公表を見直してください。",
      "{cell} cannot be protected: numbers published earlier narrow it to {lower} to {upper}. Drop or"
          + " coarsen this cut.");

  private final Template template;

  ProblemCode(String id, String ja, String en) {
    this.template = Template.of(id, ja, en);
  }

  /** Returns the stable id of this code, e.g. {@code "response.unknown-item"}. */
  @JsonValue
  public String id() {
    return template.id();
  }

  /** Returns the names of the arguments a problem of this kind carries. */
  public ImmutableSet<String> argumentNames() {
    return template.names();
  }

  /** Returns the ja/en wording; {@code {name}} marks an argument. */
  public LocalizedText wording() {
    return template.wording();
  }

  /**
   * Returns the code with the stable id {@code id}.
   *
   * @throws IllegalArgumentException if no code has that id
   */
  @JsonCreator
  public static ProblemCode fromId(String id) {
    return Template.byId(values(), ProblemCode::id, "problem code", id);
  }

  Template message() {
    return template;
  }
}
