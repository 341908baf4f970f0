package org.careerownership.analytics.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the reference fixtures under {@code src/test/resources/reference/} (see their README). */
public final class Reference {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Reference() {}

  /** Returns the JSON file {@code name} under {@code reference/}. */
  public static JsonNode json(String name) {
    try (InputStream in = open(name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the columns of the CSV file {@code name} under {@code reference/}, by header name: every
   * cell parsed as a double, an empty cell as {@code NaN}.
   */
  public static Map<String, double[]> csv(String name) {
    try (InputStream in = open(name)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      String[] header = lines[0].split(",", -1);
      List<double[]> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        String[] cells = lines[i].split(",", -1);
        double[] row = new double[header.length];
        for (int j = 0; j < header.length; j++) {
          row[j] = cells[j].isEmpty() ? Double.NaN : Double.parseDouble(cells[j]);
        }
        rows.add(row);
      }
      Map<String, double[]> columns = new LinkedHashMap<>();
      for (int j = 0; j < header.length; j++) {
        double[] column = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
          column[i] = rows.get(i)[j];
        }
        columns.put(header[j], column);
      }
      return columns;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the log relative error −log10(|actual − expected| / |expected|), capped at 15. */
  public static double lre(double actual, double expected) {
    if (actual == expected) {
      return 15;
    }
    double relative = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
    return Math.min(15, -Math.log10(relative));
  }

  private static InputStream open(String name) {
    InputStream in = Reference.class.getResourceAsStream("/reference/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no reference file " + name);
    }
    return in;
  }
}
