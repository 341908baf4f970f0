package org.careerownership.catalog.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.ProblemCode;
import tools.jackson.databind.JsonNode;

/**
 * A position in a catalog file's JSON tree that knows its file and JSON path and records what is
 * wrong there. Readers ask for what they expect; a missing field, a wrong type or an empty text is
 * recorded and answered with {@link Optional#empty()}, so one pass finds every problem.
 */
final class Node {
  private final JsonNode json;
  private final String file;
  private final String path;
  private final Problems problems;

  Node(JsonNode json, String file, String path, Problems problems) {
    this.json = json;
    this.file = file;
    this.path = path;
    this.problems = problems;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  Problems problems() {
    return problems;
  }

  JsonNode json() {
    return json;
  }

  void problem(ProblemCode code, ImmutableMap<String, String> arguments) {
    problems.add(code, file, path, arguments);
  }

  /** Returns whether this node is an object; records a problem otherwise. */
  boolean isObject() {
    return expect(json.isObject(), "an object");
  }

  /** Records every field of this object that is not in {@code allowed}. */
  void allowOnly(Set<String> allowed) {
    if (!json.isObject()) {
      return;
    }
    for (String name : json.propertyNames()) {
      if (!allowed.contains(name)) {
        child(name).problem(
            ProblemCode.CATALOG_UNKNOWN_FIELD,
            ImmutableMap.of("name", name, "allowed", String.join(", ", allowed)));
      }
    }
  }

  /** Returns the field {@code name}, recording a problem when it is missing. */
  Optional<Node> field(String name) {
    if (!isObject()) {
      return Optional.empty();
    }
    Optional<Node> field = optionalField(name);
    if (field.isEmpty()) {
      problem(ProblemCode.CATALOG_MISSING_FIELD, ImmutableMap.of("name", name));
    }
    return field;
  }

  /** Returns the field {@code name} if present and not null. */
  Optional<Node> optionalField(String name) {
    JsonNode value = json.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(child(name));
  }

  /**
   * Returns {@code Optional.of(Optional.empty())} when field {@code name} is absent, the field read
   * by {@code reader} when valid, and empty when it is present but invalid.
   */
  <T> Optional<Optional<T>> optional(String name, Function<Node, Optional<T>> reader) {
    Optional<Node> field = optionalField(name);
    if (field.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    return reader.apply(field.get()).map(Optional::of);
  }

  private Node child(String name) {
    return new Node(json.path(name), file, path + "." + name, problems);
  }

  /** Returns this node's non-blank string. */
  Optional<String> string() {
    if (!expect(json.isString(), "a string")) {
      return Optional.empty();
    }
    String value = json.asString();
    if (value.isBlank()) {
      problem(ProblemCode.CATALOG_EMPTY_TEXT, ImmutableMap.of("name", path));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** Returns this node's finite number. */
  Optional<Double> number() {
    if (!expect(json.isNumber(), "a number")) {
      return Optional.empty();
    }
    double value = json.asDouble();
    if (!Double.isFinite(value)) {
      invalid(json.toString(), "a finite number");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** Returns this node as a text with non-blank {@code ja} and {@code en}. */
  Optional<LocalizedText> text() {
    if (!isObject()) {
      return Optional.empty();
    }
    allowOnly(ImmutableSet.of("ja", "en"));
    Optional<String> ja = field("ja").flatMap(Node::string);
    Optional<String> en = field("en").flatMap(Node::string);
    return ja.isPresent() && en.isPresent()
        ? Optional.of(LocalizedText.of(ja.get(), en.get()))
        : Optional.empty();
  }

  /** Returns this node's string as a constant of {@code type}. */
  <E extends Enum<E>> Optional<E> enumValue(Class<E> type) {
    return string().flatMap(value -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          return Optional.of(constant);
        }
      }
      invalid(value, "one of " + ImmutableList.copyOf(type.getEnumConstants()));
      return Optional.empty();
    });
  }

  /** Returns this node's string converted by {@code parse}, recording its rejection as invalid. */
  <T> Optional<T> parsed(Function<String, T> parse, String expected) {
    return string().flatMap(value -> {
      try {
        return Optional.of(parse.apply(value));
      } catch (IllegalArgumentException e) {
        invalid(value, expected);
        return Optional.empty();
      }
    });
  }

  /** Returns the elements of this array read by {@code element}, or empty if any is invalid. */
  <T> Optional<ImmutableList<T>> array(Function<Node, Optional<T>> element) {
    if (!expect(json.isArray(), "an array")) {
      return Optional.empty();
    }
    List<T> values = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < json.size(); i++) {
      Optional<T> value = element.apply(new Node(json.get(i), file, path + "[" + i + "]", problems));
      if (value.isPresent()) {
        values.add(value.get());
      } else {
        complete = false;
      }
    }
    return complete ? Optional.of(ImmutableList.copyOf(values)) : Optional.empty();
  }

  /** Returns the elements of this array as nodes, for readers that need their paths. */
  Optional<ImmutableList<Node>> elements() {
    if (!expect(json.isArray(), "an array")) {
      return Optional.empty();
    }
    ImmutableList.Builder<Node> nodes = ImmutableList.builder();
    for (int i = 0; i < json.size(); i++) {
      nodes.add(new Node(json.get(i), file, path + "[" + i + "]", problems));
    }
    return Optional.of(nodes.build());
  }

  /** Returns this object as a map with one entry per constant of {@code keys}, each read by {@code value}. */
  <E extends Enum<E>, T> Optional<Map<E, T>> enumMap(Class<E> keys, Function<Node, Optional<T>> value) {
    if (!isObject()) {
      return Optional.empty();
    }
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (E constant : keys.getEnumConstants()) {
      names.add(constant.name());
    }
    allowOnly(names.build());
    Map<E, T> map = new EnumMap<>(keys);
    boolean complete = true;
    for (E constant : keys.getEnumConstants()) {
      Optional<T> read = field(constant.name()).flatMap(value);
      if (read.isPresent()) {
        map.put(constant, read.get());
      } else {
        complete = false;
      }
    }
    return complete ? Optional.of(map) : Optional.empty();
  }

  /**
   * Returns {@code create.get()} when no problem was recorded since {@code mark}; a rejection by the
   * value's own validation is recorded at this node.
   */
  <T> Optional<T> build(int mark, Supplier<T> create) {
    if (problems.count() > mark) {
      return Optional.empty();
    }
    try {
      return Optional.of(create.get());
    } catch (IllegalArgumentException e) {
      invalid(json.isContainer() ? "(this entry)" : json.toString(), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /** Returns the number of problems recorded so far, for {@link #build}. */
  int mark() {
    return problems.count();
  }

  void invalid(String value, String expected) {
    problem(ProblemCode.CATALOG_INVALID_VALUE, ImmutableMap.of("value", value, "expected", expected));
  }

  private boolean expect(boolean ok, String expected) {
    if (!ok) {
      problem(
          ProblemCode.CATALOG_WRONG_TYPE,
          ImmutableMap.of("expected", expected, "actual", describe(json)));
    }
    return ok;
  }

  private static String describe(JsonNode json) {
    if (json.isMissingNode()) {
      return "nothing";
    }
    String type = json.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    String text = json.toString();
    return type + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }
}
