package org.careerownership.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The release as an outsider reads it from {@code report.json}, with nothing from the library: cells
 * (unit, categories, count or nothing) and additive relations. The attacks in {@link ReportAttackTest}
 * work on this view only.
 */
final class PublishedRelease {
  /** One published cell. */
  record Cell(int id, String unit, Map<String, String> categories, Optional<Long> count) {
    boolean suppressed() {
      return count.isEmpty();
    }
  }

  /** One relation: {@code total = sum of parts}. */
  record Relation(int total, List<Integer> parts) {}

  final List<Cell> cells = new ArrayList<>();
  final List<Relation> relations = new ArrayList<>();
  final int minimumCount;
  final int protectionWidth;
  private final Map<String, Cell> byAddress = new HashMap<>();

  PublishedRelease(JsonNode release) {
    minimumCount = release.get("rule").get("minimumCount").asInt();
    protectionWidth = release.get("rule").get("protectionWidth").asInt();
    for (JsonNode c : release.get("cells")) {
      Map<String, String> categories = new LinkedHashMap<>();
      c.get("categories").properties().forEach(e -> categories.put(e.getKey(), e.getValue().asString()));
      JsonNode count = c.get("count");
      Cell cell = new Cell(c.get("id").asInt(), c.get("unit").asString(), categories,
          count == null || count.isNull() ? Optional.empty() : Optional.of(count.asLong()));
      assertTrue(cell.id() == cells.size(), "cell ids are positions");
      cells.add(cell);
      byAddress.put(address(cell.unit(), categories), cell);
    }
    for (JsonNode r : release.get("relations")) {
      List<Integer> parts = new ArrayList<>();
      r.get("parts").forEach(p -> parts.add(p.asInt()));
      relations.add(new Relation(r.get("total").asInt(), parts));
    }
  }

  private static String address(String unit, Map<String, String> categories) {
    return unit + new java.util.TreeMap<>(categories);
  }

  /** Returns the cell of {@code unit} cut by {@code categories}, if published. */
  Optional<Cell> cell(String unit, Map<String, String> categories) {
    return Optional.ofNullable(byAddress.get(address(unit, categories)));
  }

  /** Returns the shown count of {@code unit} cut by {@code categories}, if shown. */
  Optional<Long> count(String unit, Map<String, String> categories) {
    return cell(unit, categories).flatMap(Cell::count);
  }

  /**
   * A linear form over the suppressed cells: {@code sum of coefficient × cell = rhs} (an equation) or
   * {@code <= rhs} (an inequality an attacker adds from what they know of the method).
   */
  record Line(Map<Integer, Long> unknown, long rhs, boolean equation) {}

  /** Returns every relation as a line over the suppressed cells; lines with no unknown are left out. */
  List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    for (Relation r : relations) {
      Map<Integer, Long> unknown = new HashMap<>();
      long rhs = 0;
      Cell total = cells.get(r.total());
      if (total.suppressed()) {
        unknown.merge(total.id(), -1L, Long::sum);
      } else {
        rhs += total.count().orElseThrow();
      }
      for (int p : r.parts()) {
        Cell part = cells.get(p);
        if (part.suppressed()) {
          unknown.merge(p, 1L, Long::sum);
        } else {
          rhs -= part.count().orElseThrow();
        }
      }
      if (!unknown.isEmpty()) {
        lines.add(new Line(unknown, rhs, true));
      }
    }
    return lines;
  }

  /**
   * Returns {@code sum of a's cells - sum of b's cells <= rhs} as a line over the suppressed cells: the
   * shown ones move to the right-hand side.
   */
  Line atMost(List<Integer> plus, List<Integer> minus, long bound) {
    Map<Integer, Long> unknown = new HashMap<>();
    long rhs = bound;
    for (int c : plus) {
      if (cells.get(c).suppressed()) {
        unknown.merge(c, 1L, Long::sum);
      } else {
        rhs -= cells.get(c).count().orElseThrow();
      }
    }
    for (int c : minus) {
      if (cells.get(c).suppressed()) {
        unknown.merge(c, -1L, Long::sum);
      } else {
        rhs += cells.get(c).count().orElseThrow();
      }
    }
    unknown.values().removeIf(v -> v == 0);
    return new Line(unknown, rhs, false);
  }
}
