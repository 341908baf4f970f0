package org.careerownership.analytics.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Location;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.LikertRange;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads survey exports. Immutable and thread-safe; configure with {@code withX} copies.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * SurveyData data = SurveyCsv.reader()
 *     .withItems(Map.of("Q1 わたしは…", "engagement", "Q2", "growth")) // header → item
 *     .withLikertRange(LikertRange.of(1, 5))
 *     .withCharset(Charset.forName("windows-31j"))
 *     .read(Path.of("export.csv"));
 * data.problems().forEach(p -> System.out.println(p.text(Language.EN)));
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>The first line is the header. Mapped columns become items (unmapped, every column but those
 *       named as text by {@link #withTextColumns}); other columns are kept as text.
 *   <li>A cell equal to a missing marker (default: empty, {@code NA}) is missing. Any other item cell
 *       must be a number (and, with a Likert range, an integer in the range); otherwise it is reported
 *       ({@code input.not-a-number}, {@code input.not-an-integer}, {@code input.out-of-range}) with its
 *       row and column, and left out as missing — never coerced.
 *   <li>A row with another number of cells than the header is reported and its items are missing.
 *   <li>UTF-8 input may start with a BOM; Windows-31J (Shift_JIS as Japanese Excel writes it) is read
 *       with that charset.
 *   <li>At most 10,000 problems are listed; the rest are counted.
 * </ul>
 *
 * @since 0.1
 */
public final class SurveyCsv {
  private static final int PROBLEM_LIMIT = 10_000;
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
  private static final SurveyCsv DEFAULT = new SurveyCsv(
      StandardCharsets.UTF_8, ImmutableSet.of("", "NA"), Optional.empty(), ImmutableMap.of(), ImmutableSet.of());

  private final Charset charset;
  private final ImmutableSet<String> missingMarkers;
  private final Optional<LikertRange> range;
  private final ImmutableMap<String, String> items;
  private final ImmutableSet<String> textColumns;

  private SurveyCsv(Charset charset, ImmutableSet<String> missingMarkers, Optional<LikertRange> range,
      ImmutableMap<String, String> items, ImmutableSet<String> textColumns) {
    this.charset = charset;
    this.missingMarkers = missingMarkers;
    this.range = range;
    this.items = items;
    this.textColumns = textColumns;
  }

  /** Returns the default reader: UTF-8, missing markers "" and "NA", every column an item. */
  public static SurveyCsv reader() {
    return DEFAULT;
  }

  /** Returns a copy reading {@code charset}, e.g. {@code Charset.forName("windows-31j")}. */
  public SurveyCsv withCharset(Charset charset) {
    return new SurveyCsv(requireNonNull(charset, "charset"), missingMarkers, range, items, textColumns);
  }

  /** Returns a copy treating exactly {@code markers} (compared after trimming) as missing. */
  public SurveyCsv withMissingMarkers(Iterable<String> markers) {
    return new SurveyCsv(charset, ImmutableSet.copyOf(markers), range, items, textColumns);
  }

  /** Returns a copy that requires item cells to be integer codes of {@code range}. */
  public SurveyCsv withLikertRange(LikertRange range) {
    return new SurveyCsv(charset, missingMarkers, Optional.of(requireNonNull(range, "range")), items, textColumns);
  }

  /**
   * Returns a copy reading exactly the columns of {@code headerToItem} as items, renamed; the other
   * columns are text. Every mapped header must be in the file.
   */
  public SurveyCsv withItems(Map<String, String> headerToItem) {
    return new SurveyCsv(charset, missingMarkers, range, ImmutableMap.copyOf(headerToItem), textColumns);
  }

  /** Returns a copy keeping the named columns as text when no item mapping is given. */
  public SurveyCsv withTextColumns(Iterable<String> names) {
    return new SurveyCsv(charset, missingMarkers, range, items, ImmutableSet.copyOf(names));
  }

  /**
   * Returns the whole file at {@code path}.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the file is empty (no header)
   */
  public SurveyData read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Returns the whole file read from {@code in}.
   *
   * @throws IllegalArgumentException if the input is empty (no header)
   */
  public SurveyData read(InputStream in) {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    Map<String, ImmutableList.Builder<String>> text = new LinkedHashMap<>();
    Scan scan = scan(in, (header, itemNames) -> {
      itemNames.forEach(item -> values.put(item, new ArrayList<>()));
      header.text.forEach(name -> text.put(name, ImmutableList.builder()));
    }, (row, numbers, cells, header) -> {
      for (int j = 0; j < numbers.length; j++) {
        values.get(header.items.get(j)).add(numbers[j]);
      }
      for (int t = 0; t < header.text.size(); t++) {
        int c = header.textIndex.get(t);
        text.get(header.text.get(t)).add(c < cells.length ? cells[c] : "");
      }
    });
    Map<String, double[]> columns = new LinkedHashMap<>();
    values.forEach((item, list) -> columns.put(item, list.stream().mapToDouble(Double::doubleValue).toArray()));
    Map<String, ImmutableList<String>> texts = new LinkedHashMap<>();
    text.forEach((name, builder) -> texts.put(name, builder.build()));
    return new SurveyData(scan.header.items, columns, texts, scan.rows, scan.problems, scan.notListed);
  }

  /**
   * Streams the file read from {@code in} to {@code rows}, one row at a time, in constant memory; returns
   * the item names, row count and problems.
   *
   * @throws IllegalArgumentException if the input is empty (no header)
   */
  public SurveyData stream(InputStream in, SurveyRows rows) {
    requireNonNull(rows, "rows");
    Scan scan = scan(in, (header, itemNames) -> {}, (row, numbers, cells, header) -> rows.accept(row, numbers));
    return new SurveyData(scan.header.items, Map.of(), Map.of(), scan.rows, scan.problems, scan.notListed);
  }

  private interface HeaderSink {
    void accept(Header header, List<String> items);
  }

  private interface RowSink {
    void accept(long row, double[] numbers, String[] cells, Header header);
  }

  private static final class Header {
    final List<String> items = new ArrayList<>();
    final List<Integer> itemIndex = new ArrayList<>();
    final List<String> text = new ArrayList<>();
    final List<Integer> textIndex = new ArrayList<>();
    String[] names = new String[0];
  }

  private static final class Scan {
    Header header = new Header();
    long rows;
    final List<Problem> problems = new ArrayList<>();
    long notListed;

    void report(Problem problem) {
      if (problems.size() < PROBLEM_LIMIT) {
        problems.add(problem);
      } else {
        notListed++;
      }
    }
  }

  private Scan scan(InputStream in, HeaderSink headerSink, RowSink rowSink) {
    requireNonNull(in, "in");
    Scan scan = new Scan();
    try (Reader reader = withoutBom(new BufferedReader(new InputStreamReader(in, charset)));
        MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(reader)) {
      checkArgument(lines.hasNext(), "the file is empty: a header line is required");
      scan.header = header(lines.next(), scan);
      headerSink.accept(scan.header, scan.header.items);
      double[] numbers = new double[scan.header.items.size()];
      while (lines.hasNext()) {
        String[] cells = lines.next();
        long row = scan.rows++;
        Location at = Location.atIndex(row);
        if (cells.length != scan.header.names.length) {
          scan.report(Problem.of(ProblemCode.WRONG_CELL_COUNT, at, ImmutableMap.of(
              "cells", Integer.toString(cells.length), "columns", Integer.toString(scan.header.names.length))));
          java.util.Arrays.fill(numbers, Double.NaN);
        } else {
          for (int j = 0; j < numbers.length; j++) {
            numbers[j] = value(cells[scan.header.itemIndex.get(j)], scan.header.items.get(j), at, scan);
          }
        }
        rowSink.accept(row, numbers, cells, scan.header);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scan;
  }

  private Header header(String[] names, Scan scan) {
    Header header = new Header();
    header.names = names;
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < names.length; c++) {
      String name = names[c].strip();
      if (seen.putIfAbsent(name, c) != null) {
        scan.report(Problem.of(ProblemCode.DUPLICATE_COLUMN, Location.nowhere().withField(name),
            ImmutableMap.of("column", name)));
        continue;
      }
      boolean item = items.isEmpty() ? !textColumns.contains(name) : items.containsKey(name);
      if (item) {
        header.items.add(items.isEmpty() ? name : items.get(name));
        header.itemIndex.add(c);
      } else {
        header.text.add(name);
        header.textIndex.add(c);
      }
    }
    for (String mapped : items.keySet()) {
      if (!seen.containsKey(mapped)) {
        scan.report(Problem.of(ProblemCode.MISSING_COLUMN, Location.nowhere().withField(mapped),
            ImmutableMap.of("column", mapped)));
      }
    }
    return header;
  }

  private double value(String cell, String item, Location at, Scan scan) {
    String text = cell.strip();
    if (missingMarkers.contains(text)) {
      return Double.NaN;
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value) || text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))
        || text.indexOf('x') >= 0 || text.indexOf('X') >= 0) { // no "3d", "NaN", hex floats
      scan.report(Problem.of(ProblemCode.NOT_A_NUMBER, at.withField(item),
          ImmutableMap.of("field", item, "value", text)));
      return Double.NaN;
    }
    if (range.isPresent()) {
      LikertRange r = range.get();
      if (value != Math.rint(value)) {
        scan.report(Problem.of(ProblemCode.NOT_AN_INTEGER, at.withField(item),
            ImmutableMap.of("field", item, "value", text)));
        return Double.NaN;
      }
      if (value < r.min() || value > r.max()) {
        scan.report(Problem.of(ProblemCode.OUT_OF_RANGE, at.withField(item), ImmutableMap.of(
            "field", item, "value", text, "min", Integer.toString(r.min()), "max", Integer.toString(r.max()))));
        return Double.NaN;
      }
    }
    return value;
  }

  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }
}
