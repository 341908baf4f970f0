package org.careerownership.examples;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerownership.core.Location;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.Response;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the sample's wide CSV layout: a header {@code respondent_id,age,stagnation_reason,<item id>…},
 * then one row per respondent with one Likert code per item column; an empty cell is an unanswered item
 * (or an unknown age or reason). Cells that are
 * not integers become {@link ProblemCode#NOT_AN_INTEGER} problems of their row, located by row index,
 * respondent and column; nothing is coerced or dropped.
 *
 * <p>This reader serves the examples; general survey-export ingestion belongs to {@code co-analytics}.
 */
public final class ResponseTable {
  /** The column of respondent ids. */
  public static final String RESPONDENT_COLUMN = "respondent_id";

  /** The column of ages in years. */
  public static final String AGE_COLUMN = "age";

  /** The column of stagnation reason ids (catalog ids such as {@code mid-career.fear-of-changing}). */
  public static final String REASON_COLUMN = "stagnation_reason";

  private static final int FIRST_ITEM = 3;

  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /**
   * One data row: the response as submitted, the age if the cell holds an integer, the stagnation
   * reason id if given, and the problems found in the row's cells.
   *
   * @param response the answers of the row's integer item cells
   * @param age the age, if its cell holds an integer
   * @param reason the stagnation reason id as written, if the cell is not empty
   * @param problems cells that are not integers; empty for a clean row
   */
  public record Row(
      Response response, Optional<Integer> age, Optional<String> reason, ImmutableList<Problem> problems) {}

  private ResponseTable() {}

  /**
   * Returns one row per data line, in file order.
   *
   * @throws IllegalArgumentException if the header lacks the respondent or age column, or a line has a
   *     different number of cells than the header
   */
  public static ImmutableList<Row> read(Reader reader) {
    try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(reader)) {
      checkArgument(lines.hasNext(), "the file is empty: a header line is required");
      String[] header = lines.next();
      checkArgument(
          header.length >= FIRST_ITEM
              && header[0].equals(RESPONDENT_COLUMN)
              && header[1].equals(AGE_COLUMN)
              && header[2].equals(REASON_COLUMN),
          "the header must start with %s,%s,%s",
          RESPONDENT_COLUMN,
          AGE_COLUMN,
          REASON_COLUMN);
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
        rows.add(row(index++, header, cells));
      }
      return rows.build();
    }
  }

  private static Row row(long index, String[] header, String[] cells) {
    String respondent = cells[0].strip();
    Location where = Location.atIndex(index).withRecord(respondent);
    List<Problem> problems = new ArrayList<>();
    Response.Builder response = Response.builder().respondentId(respondent);
    for (int c = FIRST_ITEM; c < cells.length; c++) {
      String cell = cells[c].strip();
      String column = header[c];
      if (!cell.isEmpty()) {
        integer(cell, column, where, problems).ifPresent(value -> response.answer(column, value));
      }
    }
    String ageCell = cells[1].strip();
    Optional<Integer> age =
        ageCell.isEmpty() ? Optional.empty() : integer(ageCell, AGE_COLUMN, where, problems);
    String reasonCell = cells[2].strip();
    Optional<String> reason = reasonCell.isEmpty() ? Optional.empty() : Optional.of(reasonCell);
    return new Row(response.build(), age, reason, ImmutableList.copyOf(problems));
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
