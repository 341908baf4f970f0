package org.careerownership.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * An immutable text in Japanese and English, neither blank.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * LocalizedText label = LocalizedText.of("未来創造", "future creation");
 * label.text(Language.EN); // "future creation"
 * }</pre>
 *
 * @param ja the Japanese text; never blank
 * @param en the English text; never blank
 * @since 0.1
 */
public record LocalizedText(@JsonProperty("ja") String ja, @JsonProperty("en") String en) {

  /**
   * Creates a text.
   *
   * @throws IllegalArgumentException if either text is blank
   */
  @JsonCreator
  public LocalizedText {
    requireNonNull(ja, "ja");
    requireNonNull(en, "en");
    checkArgument(!ja.isBlank(), "ja text must not be blank (en: '%s')", en);
    checkArgument(!en.isBlank(), "en text must not be blank (ja: '%s')", ja);
  }

  /**
   * Returns a text with the given Japanese and English wording.
   *
   * @throws IllegalArgumentException if either text is blank
   */
  public static LocalizedText of(String ja, String en) {
    return new LocalizedText(ja, en);
  }

  /**
   * Returns the wording in {@code language}.
   *
   * @param language the language; never null
   */
  public String text(Language language) {
    requireNonNull(language, "language");
    return language == Language.JA ? ja : en;
  }

  /**
   * Returns the wording for {@code locale}: Japanese for a Japanese locale, English for any other (the
   * defined fallback; the JVM's default locale is never consulted).
   *
   * @param locale the requested locale; never null
   */
  public String text(Locale locale) {
    return text(Language.from(locale));
  }
}
