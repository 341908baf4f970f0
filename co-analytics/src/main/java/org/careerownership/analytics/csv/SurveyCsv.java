package org.careerownership.analytics.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Location;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.LikertRange;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;

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
 *       named as text by {@link #withTextColumns}); other columns are kept as text. A blank header cell
 *       is reported ({@code input.blank-column-name}) and its column named {@code "column N"}.
 *   <li>A cell equal to a missing marker (default: empty, {@code NA}) is missing. Any other item cell
 *       must be a number (and, with a Likert range, an integer in the range); otherwise it is reported
 *       ({@code input.not-a-number}, {@code input.not-an-integer}, {@code input.out-of-range}) with its
 *       row and column, and left out as missing — never coerced.
 *   <li>A row with another number of cells than the header is reported and its items are missing.
 *   <li>UTF-8 input may start with a BOM; Windows-31J (Shift_JIS as Japanese Excel writes it) is read
 *       with that charset.
 *   <li>At most 10,000 problems are listed; the rest are counted.
 *   <li>What stops the reading throws a {@link SurveyCsvException} naming the row: an empty input
 *       ({@code input.empty}), broken CSV syntax such as an unclosed quote ({@code input.malformed-csv}),
 *       bytes that are not text in the charset ({@code input.malformed-text}; never replaced), and an
 *       input beyond a {@link CsvLimits limit} ({@code input.limit-exceeded}). Nothing else is thrown
 *       for any content; the fuzz tests check that.
 * </ul>
 *
 * @since 0.1
 */
public final class SurveyCsv {
  private static final int PROBLEM_LIMIT = 10_000;
  private static final SurveyCsv DEFAULT = new SurveyCsv(StandardCharsets.UTF_8, ImmutableSet.of("", "NA"),
      Optional.empty(), ImmutableMap.of(), ImmutableSet.of(), CsvLimits.standard(), mapper(CsvLimits.standard()));

  private final Charset charset;
  private final ImmutableSet<String> missingMarkers;
  private final Optional<LikertRange> range;
  private final ImmutableMap<String, String> items;
  private final ImmutableSet<String> textColumns;
  private final CsvLimits limits;
  private final CsvMapper csv;

  private SurveyCsv(Charset charset, ImmutableSet<String> missingMarkers, Optional<LikertRange> range,
      ImmutableMap<String, String> items, ImmutableSet<String> textColumns, CsvLimits limits, CsvMapper csv) {
    this.charset = charset;
    this.missingMarkers = missingMarkers;
    this.range = range;
    this.items = items;
    this.textColumns = textColumns;
    this.limits = limits;
    this.csv = csv;
  }

  /** The parser refuses a cell longer than the limit before buffering it whole; the reader then names it. */
  private static CsvMapper mapper(CsvLimits limits) {
    return CsvMapper.builder(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxCellLength()).build())
            .build())
        .build();
  }

  /** Returns the default reader: UTF-8, missing markers "" and "NA", every column an item. */
  public static SurveyCsv reader() {
    return DEFAULT;
  }

  /** Returns a copy reading {@code charset}, e.g. {@code Charset.forName("windows-31j")}. */
  public SurveyCsv withCharset(Charset charset) {
    return new SurveyCsv(requireNonNull(charset, "charset"), missingMarkers, range, items, textColumns, limits, csv);
  }

  /** Returns a copy treating exactly {@code markers} (compared after trimming) as missing. */
  public SurveyCsv withMissingMarkers(Iterable<String> markers) {
    return new SurveyCsv(charset, ImmutableSet.copyOf(markers), range, items, textColumns, limits, csv);
  }

  /** Returns a copy that requires item cells to be integer codes of {@code range}. */
  public SurveyCsv withLikertRange(LikertRange range) {
    return new SurveyCsv(
        charset, missingMarkers, Optional.of(requireNonNull(range, "range")), items, textColumns, limits, csv);
  }

  /**
   * Returns a copy reading exactly the columns of {@code headerToItem} as items, renamed; the other
   * columns are text. Every mapped header must be in the file.
   *
   * @throws IllegalArgumentException if an item name is blank or two headers map to one item
   */
  public SurveyCsv withItems(Map<String, String> headerToItem) {
    ImmutableMap<String, String> copy = ImmutableMap.copyOf(headerToItem);
    copy.forEach((header, item) -> checkArgument(!item.isBlank(), "header '%s' is mapped to a blank item name", header));
    checkArgument(ImmutableSet.copyOf(copy.values()).size() == copy.size(),
        "two headers are mapped to the same item name: %s", copy);
    return new SurveyCsv(charset, missingMarkers, range, copy, textColumns, limits, csv);
  }

  /** Returns a copy enforcing {@code limits} instead of {@link CsvLimits#standard()}. */
  public SurveyCsv withLimits(CsvLimits limits) {
    return new SurveyCsv(charset, missingMarkers, range, items, textColumns, requireNonNull(limits, "limits"),
        mapper(limits));
  }

  /** Returns a copy keeping the named columns as text when no item mapping is given. */
  public SurveyCsv withTextColumns(Iterable<String> names) {
    return new SurveyCsv(charset, missingMarkers, range, items, ImmutableSet.copyOf(names), limits, csv);
  }

  /**
   * Returns the whole file at {@code path}.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws SurveyCsvException if the file is empty, malformed or beyond a limit
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
   * @throws UncheckedIOException if the input cannot be read
   * @throws SurveyCsvException if the input is empty, malformed or beyond a limit
   */
  public SurveyData read(InputStream in) {
    List<List<Double>> values = new ArrayList<>();
    List<ImmutableList.Builder<String>> text = new ArrayList<>();
    Scan scan = scan(in, (header, itemNames) -> {
      itemNames.forEach(item -> values.add(new ArrayList<>()));
      header.text.forEach(name -> text.add(ImmutableList.builder()));
    }, (row, numbers, cells, header) -> {
      for (int j = 0; j < numbers.length; j++) {
        values.get(j).add(numbers[j]);
      }
      for (int t = 0; t < header.text.size(); t++) {
        int c = header.textIndex.get(t);
        text.get(t).add(c < cells.length ? cells[c] : "");
      }
    });
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (int j = 0; j < values.size(); j++) {
      columns.put(scan.header.items.get(j), values.get(j).stream().mapToDouble(Double::doubleValue).toArray());
    }
    Map<String, ImmutableList<String>> texts = new LinkedHashMap<>();
    for (int t = 0; t < text.size(); t++) {
      texts.put(scan.header.text.get(t), text.get(t).build());
    }
    return new SurveyData(scan.header.items, columns, texts, scan.rows, scan.problems, scan.notListed);
  }

  /**
   * Streams the file read from {@code in} to {@code rows}, one row at a time, in constant memory; returns
   * the item names, row count and problems.
   *
   * @throws UncheckedIOException if the input cannot be read
   * @throws SurveyCsvException if the input is empty, malformed or beyond a limit
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
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    Cells cells = new Cells();
    try (Reader reader = withoutBom(new BufferedReader(new InputStreamReader(new Bounded(in, scan), decoder)));
        JsonParser parser = csv.createParser(reader)) {
      if (!cells.next(parser, scan)) {
        throw new SurveyCsvException(Problem.of(ProblemCode.EMPTY_INPUT, Location.nowhere(), ImmutableMap.of()));
      }
      scan.header = header(cells.toArray(), scan);
      headerSink.accept(scan.header, scan.header.items);
      double[] numbers = new double[scan.header.items.size()];
      while (cells.next(parser, scan)) {
        if (scan.rows == limits.maxRows()) {
          throw limitExceeded("maxRows", limits.maxRows(), scan.rows, null);
        }
        String[] row = cells.toArray();
        long index = scan.rows++;
        Location at = Location.atIndex(index);
        if (row.length != scan.header.names.length) {
          scan.report(Problem.of(ProblemCode.WRONG_CELL_COUNT, at, ImmutableMap.of(
              "cells", Integer.toString(row.length), "columns", Integer.toString(scan.header.names.length))));
          Arrays.fill(numbers, Double.NaN);
        } else {
          for (int j = 0; j < numbers.length; j++) {
            numbers[j] = value(row[scan.header.itemIndex.get(j)], scan.header.items.get(j), at, scan);
          }
        }
        rowSink.accept(index, numbers, row, scan.header);
      }
    } catch (StreamConstraintsException e) {
      throw limitExceeded("maxCellLength", limits.maxCellLength(), scan.rows, e);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        TokenStreamLocation where = e.getLocation();
        throw new SurveyCsvException(Problem.of(ProblemCode.MALFORMED_TEXT, Location.atIndex(scan.rows),
            ImmutableMap.of("charset", charset.name(), "line", where == null ? "?" : Long.toString(where.getLineNr()))),
            e);
      }
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      throw new SurveyCsvException(Problem.of(ProblemCode.MALFORMED_CSV, Location.atIndex(scan.rows), ImmutableMap.of(
          "line", where == null ? "?" : Long.toString(where.getLineNr()),
          "column", where == null ? "?" : Long.toString(where.getColumnNr()),
          "detail", String.valueOf(e.getOriginalMessage()))), e);
    } catch (CharacterCodingException e) {
      // Found while decoding the first buffer, before the parser read a line.
      throw new SurveyCsvException(Problem.of(ProblemCode.MALFORMED_TEXT, Location.atIndex(scan.rows),
          ImmutableMap.of("charset", charset.name(), "line", "0")), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scan;
  }

  private SurveyCsvException limitExceeded(String limit, long maximum, long row, @Nullable Throwable cause) {
    return new SurveyCsvException(Problem.of(ProblemCode.LIMIT_EXCEEDED, Location.atIndex(row),
        ImmutableMap.of("limit", limit, "maximum", Long.toString(maximum))), cause);
  }

  /** The cells of the current line, read token by token so that no line can hold more than the limit. */
  private final class Cells {
    private final List<String> cells = new ArrayList<>();

    /** Reads the next line's cells; returns false at the end of the input. */
    boolean next(JsonParser parser, Scan scan) {
      cells.clear();
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
        if (cells.size() == limits.maxColumns()) {
          throw limitExceeded("maxColumns", limits.maxColumns(), scan.rows, null);
        }
        String cell = parser.getString();
        if (cell.length() > limits.maxCellLength()) {
          throw limitExceeded("maxCellLength", limits.maxCellLength(), scan.rows, null);
        }
        cells.add(cell);
      }
      return true;
    }

    String[] toArray() {
      return cells.toArray(String[]::new);
    }
  }

  /** Counts the bytes read and refuses to read beyond {@link CsvLimits#maxBytes()}. */
  private final class Bounded extends FilterInputStream {
    private final Scan scan;
    private long bytes;

    Bounded(InputStream in, Scan scan) {
      super(in);
      this.scan = scan;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      bytes += n;
      if (bytes > limits.maxBytes()) {
        throw limitExceeded("maxBytes", limits.maxBytes(), scan.rows, null);
      }
    }
  }

  private Header header(String[] names, Scan scan) {
    Header header = new Header();
    header.names = names;
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < names.length; c++) {
      String name = names[c].strip();
      if (name.isEmpty()) {
        name = "column " + (c + 1);
        scan.report(Problem.of(ProblemCode.BLANK_COLUMN_NAME, Location.nowhere().withField(name),
            ImmutableMap.of("position", Integer.toString(c + 1), "name", name)));
      }
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
