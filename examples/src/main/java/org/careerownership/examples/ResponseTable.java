package org.careerownership.examples;

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
 * Reads the sample's wide CSV layout: a header naming the columns, then one row per respondent. The
 * column {@value #RESPONDENT_COLUMN} is required; {@value #AGE_COLUMN}, {@value #UNIT_COLUMN}, {@value
 * #REASON_COLUMN} and {@value #USAGE_COLUMN} are optional; every other column is an item id with one
 * Likert code per row. An empty cell is an unanswered item or an unknown value. Cells that are not
 * integers (or negative counts) become problems of their row, located by row index, respondent and
 * column; nothing is coerced or dropped.
 *
 * <p>This reader serves the examples; general survey-export ingestion belongs to {@code co-analytics}.
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

  private static final ImmutableSet<String> PERSON_COLUMNS =
      ImmutableSet.of(RESPONDENT_COLUMN, AGE_COLUMN, UNIT_COLUMN, REASON_COLUMN, USAGE_COLUMN);

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
   * @param problems cells that are not integers or are negative counts; empty for a clean row
   */
  public record Row(
      Response response,
      Optional<Integer> age,
      Optional<String> unit,
      Optional<String> reason,
      Optional<Integer> measuresUsed,
      ImmutableList<Problem> problems) {}

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
    String respondent = cells[columns.get(RESPONDENT_COLUMN)].strip();
    Location where = Location.atIndex(index).withRecord(respondent);
    List<Problem> problems = new ArrayList<>();
    Response.Builder response = Response.builder().respondentId(respondent);
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c].strip();
      String column = header[c].strip();
      if (!PERSON_COLUMNS.contains(column) && !cell.isEmpty()) {
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
    return new Row(
        response.build(),
        age,
        text(cells, columns, UNIT_COLUMN),
        text(cells, columns, REASON_COLUMN),
        used,
        ImmutableList.copyOf(problems));
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
