package org.careerownership.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A language in which the library renders text: Japanese, the guide's language, or English.
 *
 * <p>The library never consults the JVM's default locale; callers say which language they want.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Language lang = Language.from(Locale.JAPAN);         // JA
 * String label = Phase.FUTURE_CREATION.label(lang);     // 未来創造
 * }</pre>
 *
 * @since 0.1
 */
public enum Language {
  /** Japanese (日本語). */
  JA,
  /** English. */
  EN;

  /**
   * Returns the language for {@code locale}: {@link #JA} when its language is Japanese ({@code ja}),
   * otherwise {@link #EN}, the defined fallback.
   *
   * @param locale the requested locale; never null
   * @return the language to render in
   */
  public static Language from(Locale locale) {
    requireNonNull(locale, "locale");
    return "ja".equals(locale.getLanguage()) ? JA : EN;
  }

  /** Returns the locale used to format numbers and text for this language. */
  public Locale locale() {
    return this == JA ? Locale.JAPANESE : Locale.ENGLISH;
  }
}
