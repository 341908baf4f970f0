package org.careerownership.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * An immutable problem found in user data: what kind ({@link ProblemCode}), where ({@link Location}),
 * and the arguments its message needs, such as the offending value and the expected range.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * for (Problem problem : outcome.problems()) {
 *   System.out.println(problem.code().id() + ": " + problem.text(Language.EN));
 * }
 * // response.value-out-of-range: input #3, record 'R0042', field 'ID07': Item 'ID07' has answer 9, ...
 * }</pre>
 *
 * @param code the kind of problem; never null
 * @param location where it was found; never null
 * @param arguments the message arguments, exactly {@link ProblemCode#argumentNames()}
 * @since 0.1
 */
public record Problem(
    @JsonProperty("code") ProblemCode code,
    @JsonProperty("location") Location location,
    @JsonProperty("arguments") ImmutableMap<String, String> arguments) {

  /**
   * Creates a problem.
   *
   * @throws IllegalArgumentException if the arguments are not exactly the code's
   */
  public Problem {
    requireNonNull(code, "code");
    requireNonNull(location, "location");
    requireNonNull(arguments, "arguments");
    code.message().checkNames(arguments.keySet());
  }

  /**
   * Returns a problem; the arguments keep their iteration order.
   *
   * @throws IllegalArgumentException if the arguments are not exactly the code's
   */
  @JsonCreator
  public static Problem of(
      @JsonProperty("code") ProblemCode code,
      @JsonProperty("location") Location location,
      @JsonProperty("arguments") Map<String, String> arguments) {
    return new Problem(code, location, ImmutableMap.copyOf(arguments));
  }

  /** Returns a copy of this problem at {@code location}, e.g. with a batch index added. */
  public Problem withLocation(Location location) {
    return new Problem(code, location, arguments);
  }

  /** Returns the message alone, without the location, in {@code language}. */
  public String message(Language language) {
    return code.message().render(language, arguments::get);
  }

  /** Returns the location followed by the message, in {@code language}. */
  public String text(Language language) {
    String where = location.text(language);
    return where.isEmpty() ? message(language) : where + ": " + message(language);
  }
}
