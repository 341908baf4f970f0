package org.careerownership.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.joining;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An immutable explanation of a decision as data: the rules applied, each with its inputs. The first
 * reason is the deciding rule; later ones qualify it (for example, that a classification is
 * borderline). A host can store the rule ids and inputs, or render them with {@link #text(Language)}.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Explanation why = classification.explanation();
 * why.rule();                // Rule.PHASE_SELF_FIXATION
 * why.text(Language.JA);     // "アイデンティティ 62.5 が基準点 50 以上、…"
 * }</pre>
 *
 * @param reasons the rules applied, deciding rule first; never empty
 * @since 0.1
 */
public record Explanation(@JsonProperty("reasons") ImmutableList<Reason> reasons) {

  /**
   * Creates an explanation.
   *
   * @throws IllegalArgumentException if {@code reasons} is empty
   */
  public Explanation {
    requireNonNull(reasons, "reasons");
    checkArgument(!reasons.isEmpty(), "an explanation needs at least one reason");
  }

  /**
   * Returns an explanation of the given reasons, deciding rule first.
   *
   * @throws IllegalArgumentException if {@code reasons} is empty
   */
  @JsonCreator
  public static Explanation of(@JsonProperty("reasons") List<Reason> reasons) {
    return new Explanation(ImmutableList.copyOf(reasons));
  }

  /** Returns the deciding rule: the rule of the first reason. */
  public Rule rule() {
    return reasons.get(0).rule();
  }

  /** Returns the explanation as sentences in {@code language}, one per reason. */
  public String text(Language language) {
    requireNonNull(language, "language");
    return reasons.stream().map(reason -> reason.text(language)).collect(joining(" "));
  }
}
