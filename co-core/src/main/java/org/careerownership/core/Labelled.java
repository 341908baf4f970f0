package org.careerownership.core;

import static java.util.Objects.requireNonNull;

/**
 * A domain term with a name in Japanese and English, such as a {@link
 * org.careerownership.core.phase.Phase} or a {@link org.careerownership.core.generation.Generation}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Labelled term = Phase.FUTURE_CREATION;
 * String ja = term.label(Language.JA);  // 未来創造
 * }</pre>
 *
 * @since 0.1
 */
public interface Labelled {

  /** Returns the term's name in ja and en. */
  LocalizedText label();

  /**
   * Returns the term's name in {@code language}.
   *
   * @param language the language; never null
   */
  default String label(Language language) {
    requireNonNull(language, "language");
    return label().text(language);
  }
}
