package org.careerownership.examples;

import static com.google.common.base.Verify.verifyNotNull;
import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Location;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.Response;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the examples' wide CSV layout: a header naming the columns, then one row per respondent. The
 * column {@value #RESPONDENT_COLUMN} is required; the person's columns ({@value #AGE_COLUMN}, {@value
 * #DIVISION_COLUMN}, {@value #DEPARTMENT_COLUMN}, {@value #UNIT_COLUMN}, {@value #REASON_COLUMN},
 * {@value #USAGE_COLUMN}) and outcome columns ({@value #RATING_COLUMN}, {@value #SATISFACTION_COLUMN},
 * {@value #UTILISATION_COLUMN}, {@value #EMBODIMENT_COLUMN}) are optional; a column whose name starts
 * with {@value #ENGAGEMENT_PREFIX} is an engagement-survey item (1–5); every other column is an item id
 * of the instrument with one Likert code per row. An empty cell is an unanswered item or an unknown
 * value. Cells that are not integers, negative counts, values out of their range and unknown categories
 * become problems of their row, located by row index, respondent and column; nothing is coerced or
 * dropped.
 *
 * <p>This reader serves the examples; general survey-export ingestion belongs to {@code co-analytics}.
 *
 * <pre>{@code
 * try (Reader in = Files.newBufferedReader(Path.of("survey.csv"))) {
 *   for (ResponseTable.Row row : ResponseTable.read(in)) {
 *     row.problems().forEach(p -> System.out.println(p.text(Language.EN)));
 *   }
 * }
 * }</pre>
 */
public final class ResponseTable {
  /** The column of respondent ids. */
  public static final String RESPONDENT_COLUMN = "respondent_id";

  /** The column of ages in years. */
  public static final String AGE_COLUMN = "age";

  /** The column of org units. */
  public static final String UNIT_COLUMN = "org_unit";

  /** The column of stagnation reason ids (catalog ids such as {@code mid-career.fear-of-changing}). */
  public static final String REASON_COLUMN = "stagnation_reason";

  /** The column of how many C/O measures the person used in the recent window. */
  public static final String USAGE_COLUMN = "measures_used";

  /** The column of divisions, the top of the org hierarchy. */
  public static final String DIVISION_COLUMN = "division";

  /** The column of departments, between division and org unit. */
  public static final String DEPARTMENT_COLUMN = "department";

  /** The column of performance ratings: one of {@link #RATINGS}. */
  public static final String RATING_COLUMN = "performance_rating";

  /** The column of career satisfaction, 1 (dissatisfied) to 5 (satisfied). */
  public static final String SATISFACTION_COLUMN = "career_satisfaction";

  /** The column of the utilisation score (人材活用基盤スコア), 0–100. */
  public static final String UTILISATION_COLUMN = "utilisation_score";

  /** The column of the embodiment level (人材体現度): one of {@link #EMBODIMENT_LEVELS}. */
  public static final String EMBODIMENT_COLUMN = "embodiment";

  /** The prefix of engagement-survey item columns. */
  public static final String ENGAGEMENT_PREFIX = "EN_";

  /** The performance ratings, best first; S, AAA and AA are the top ratings. */
  public static final ImmutableList<String> RATINGS = ImmutableList.of("S", "AAA", "AA", "A", "B", "C");

  /** The embodiment levels, highest first. */
  public static final ImmutableList<String> EMBODIMENT_LEVELS = ImmutableList.of("H", "M", "L");

  private static final ImmutableSet<String> PERSON_COLUMNS = ImmutableSet.of(RESPONDENT_COLUMN, AGE_COLUMN,
      DIVISION_COLUMN, DEPARTMENT_COLUMN, UNIT_COLUMN, REASON_COLUMN, USAGE_COLUMN, RATING_COLUMN,
      SATISFACTION_COLUMN, UTILISATION_COLUMN, EMBODIMENT_COLUMN);

  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /**
   * One data row: the response as submitted, the person's other columns where given, and the
   * problems found in the row's cells.
   *
   * @param response the answers of the row's integer item cells
   * @param age the age, if its cell holds an integer
   * @param unit the org unit, if given
   * @param reason the stagnation reason id as written, if given
   * @param measuresUsed how many C/O measures the person used recently, if given
   * @param division the division, if given
   * @param department the department, if given
   * @param rating the performance rating, if given and valid
   * @param satisfaction career satisfaction 1–5, if given and valid
   * @param engagement the engagement items answered, item → code 1–5
   * @param utilisation the utilisation score 0–100, if given and valid
   * @param embodiment the embodiment level H, M or L, if given and valid
   * @param problems cells that are not integers, negative counts, out of range or unknown categories;
   *     empty for a clean row
   */
  public record Row(
      Response response,
      Optional<Integer> age,
      Optional<String> unit,
      Optional<String> reason,
      Optional<Integer> measuresUsed,
      Optional<String> division,
      Optional<String> department,
      Optional<String> rating,
      Optional<Integer> satisfaction,
      ImmutableMap<String, Integer> engagement,
      Optional<Integer> utilisation,
      Optional<String> embodiment,
      ImmutableList<Problem> problems) {

    /** Returns whether the rating is a top rating (S, AAA or AA), if known. */
    public Optional<Boolean> topRating() {
      return rating.map(r -> RATINGS.indexOf(r) <= 2);
    }

    /** Returns whether the person is satisfied with their career (4 or 5), if known. */
    public Optional<Boolean> satisfied() {
      return satisfaction.map(s -> s >= 4);
    }
  }

  private ResponseTable() {}

  /**
   * Returns one row per data line, in file order.
   *
   * @throws IllegalArgumentException if the file is empty, the header lacks {@value
   *     #RESPONDENT_COLUMN} or repeats a column, or a line has a different number of cells than the
   *     header
   */
  public static ImmutableList<Row> read(Reader reader) {
    try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(reader)) {
      checkArgument(lines.hasNext(), "the file is empty: a header line is required");
      String[] header = lines.next();
      Map<String, Integer> columns = new HashMap<>();
      for (int c = 0; c < header.length; c++) {
        checkArgument(columns.put(header[c].strip(), c) == null, "the header repeats column '%s'", header[c]);
      }
      checkArgument(columns.containsKey(RESPONDENT_COLUMN), "the header needs a %s column", RESPONDENT_COLUMN);
      ImmutableList.Builder<Row> rows = ImmutableList.builder();
      long index = 0;
      while (lines.hasNext()) {
        String[] cells = lines.next();
        checkArgument(
            cells.length == header.length,
            "line %s has %s cells, the header %s",
            index + 2,
            cells.length,
            header.length);
        rows.add(row(index++, header, columns, cells));
      }
      return rows.build();
    }
  }

  private static Row row(long index, String[] header, Map<String, Integer> columns, String[] cells) {
    String respondent = cells[verifyNotNull(columns.get(RESPONDENT_COLUMN), "the header has %s", RESPONDENT_COLUMN)].strip();
    Location where = Location.atIndex(index).withRecord(respondent);
    List<Problem> problems = new ArrayList<>();
    Response.Builder response = Response.builder().respondentId(respondent);
    ImmutableMap.Builder<String, Integer> engagement = ImmutableMap.builder();
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c].strip();
      String column = header[c].strip();
      if (PERSON_COLUMNS.contains(column) || cell.isEmpty()) {
        continue;
      }
      if (column.startsWith(ENGAGEMENT_PREFIX)) {
        integer(cell, column, where, problems)
            .flatMap(value -> inRange(value, 1, 5, column, where, problems))
            .ifPresent(value -> engagement.put(column, value));
      } else {
        integer(cell, column, where, problems).ifPresent(value -> response.answer(column, value));
      }
    }
    Optional<Integer> age = text(cells, columns, AGE_COLUMN)
        .flatMap(cell -> integer(cell, AGE_COLUMN, where, problems));
    Optional<Integer> used = text(cells, columns, USAGE_COLUMN)
        .flatMap(cell -> integer(cell, USAGE_COLUMN, where, problems))
        .filter(count -> {
          if (count < 0) {
            problems.add(Problem.of(ProblemCode.NEGATIVE_COUNT, where.withField(USAGE_COLUMN),
                ImmutableMap.of("field", USAGE_COLUMN, "value", Integer.toString(count))));
          }
          return count >= 0;
        });
    Optional<Integer> satisfaction = text(cells, columns, SATISFACTION_COLUMN)
        .flatMap(cell -> integer(cell, SATISFACTION_COLUMN, where, problems))
        .flatMap(value -> inRange(value, 1, 5, SATISFACTION_COLUMN, where, problems));
    Optional<Integer> utilisation = text(cells, columns, UTILISATION_COLUMN)
        .flatMap(cell -> integer(cell, UTILISATION_COLUMN, where, problems))
        .flatMap(value -> inRange(value, 0, 100, UTILISATION_COLUMN, where, problems));
    return new Row(
        response.build(),
        age,
        text(cells, columns, UNIT_COLUMN),
        text(cells, columns, REASON_COLUMN),
        used,
        text(cells, columns, DIVISION_COLUMN),
        text(cells, columns, DEPARTMENT_COLUMN),
        category(cells, columns, RATING_COLUMN, RATINGS, where, problems),
        satisfaction,
        engagement.buildOrThrow(),
        utilisation,
        category(cells, columns, EMBODIMENT_COLUMN, EMBODIMENT_LEVELS, where, problems),
        ImmutableList.copyOf(problems));
  }

  private static Optional<Integer> inRange(
      int value, int min, int max, String column, Location where, List<Problem> problems) {
    if (value < min || value > max) {
      problems.add(Problem.of(ProblemCode.OUT_OF_RANGE, where.withField(column), ImmutableMap.of(
          "field", column, "value", Integer.toString(value), "min", Integer.toString(min),
          "max", Integer.toString(max))));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static Optional<String> category(String[] cells, Map<String, Integer> columns, String column,
      List<String> allowed, Location where, List<Problem> problems) {
    Optional<String> value = text(cells, columns, column);
    if (value.isPresent() && !allowed.contains(value.get())) {
      problems.add(Problem.of(ProblemCode.UNKNOWN_CATEGORY, where.withField(column), ImmutableMap.of(
          "field", column, "value", value.get(), "allowed", String.join("/", allowed))));
      return Optional.empty();
    }
    return value;
  }

  private static Optional<String> text(String[] cells, Map<String, Integer> columns, String column) {
    Integer c = columns.get(column);
    return c == null || cells[c].isBlank() ? Optional.empty() : Optional.of(cells[c].strip());
  }

  private static Optional<Integer> integer(
      String cell, String column, Location where, List<Problem> problems) {
    try {
      return Optional.of(Integer.parseInt(cell));
    } catch (NumberFormatException e) {
      problems.add(
          Problem.of(
              ProblemCode.NOT_AN_INTEGER,
              where.withField(column),
              ImmutableMap.of("field", column, "value", cell)));
      return Optional.empty();
    }
  }
}
