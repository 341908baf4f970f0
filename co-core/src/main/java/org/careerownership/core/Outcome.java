package org.careerownership.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of processing one input of a batch: either {@linkplain Ok a value} or {@linkplain Failed
 * the problems} that prevented one. Batch calls return one outcome per input, in input order, so
 * nothing is silently dropped.
 *
 * <p>In JSON an outcome is {@code {"status":"ok","value":…}} or {@code
 * {"status":"failed","problems":[…]}}.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * List<Outcome<Scores>> outcomes = scorer.scoreAll(responses);
 * for (Outcome<Scores> outcome : outcomes) {
 *   if (outcome.succeeded()) use(outcome.orElseThrow()); else report(outcome.problems());
 * }
 * }</pre>
 *
 * @param <T> the type of the value
 * @since 0.1
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "status")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Outcome.Ok.class, name = "ok"),
  @JsonSubTypes.Type(value = Outcome.Failed.class, name = "failed")
})
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Failed {

  /** Returns a successful outcome holding {@code value}. */
  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  /**
   * Returns a failed outcome with the given problems.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  static <T> Outcome<T> failed(List<Problem> problems) {
    return new Failed<>(ImmutableList.copyOf(problems));
  }

  /** Returns whether this outcome succeeded, that is, holds a value. */
  boolean succeeded();

  /** Returns the value, or empty if this outcome failed. */
  Optional<T> toOptional();

  /** Returns the problems; empty if and only if this outcome is {@linkplain #succeeded() successful}. */
  ImmutableList<Problem> problems();

  /**
   * Returns the value.
   *
   * @throws IllegalStateException if this outcome failed; the message lists the problems in English
   */
  T orElseThrow();

  /** Returns an outcome holding {@code mapper} applied to the value, or this outcome's problems. */
  <R> Outcome<R> map(Function<? super T, ? extends R> mapper);

  /**
   * An outcome that holds a value.
   *
   * @param value the value; never null
   * @param <T> the type of the value
   */
  record Ok<T>(@JsonProperty("value") T value) implements Outcome<T> {
    /** Creates a successful outcome. */
    @JsonCreator
    public Ok {
      requireNonNull(value, "value");
    }

    @Override
    public boolean succeeded() {
      return true;
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.of(value);
    }

    @Override
    public ImmutableList<Problem> problems() {
      return ImmutableList.of();
    }

    @Override
    public T orElseThrow() {
      return value;
    }

    @Override
    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
      return new Ok<>(mapper.apply(value));
    }
  }

  /**
   * An outcome that failed, with every problem found.
   *
   * @param problems the problems; never empty
   * @param <T> the type of value that could not be produced
   */
  record Failed<T>(@JsonProperty("problems") ImmutableList<Problem> problems)
      implements Outcome<T> {
    /**
     * Creates a failed outcome.
     *
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public Failed {
      requireNonNull(problems, "problems");
      checkArgument(!problems.isEmpty(), "a failed outcome needs at least one problem");
    }

    /** Returns a failed outcome with the given problems; used by JSON readers. */
    @JsonCreator
    static <T> Failed<T> of(@JsonProperty("problems") List<Problem> problems) {
      return new Failed<>(ImmutableList.copyOf(problems));
    }

    @Override
    public boolean succeeded() {
      return false;
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.empty();
    }

    @Override
    public T orElseThrow() {
      throw new IllegalStateException(
          problems.stream().map(p -> p.text(Language.EN)).collect(Collectors.joining("; ")));
    }

    @Override
    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
      return new Failed<>(problems);
    }
  }
}
