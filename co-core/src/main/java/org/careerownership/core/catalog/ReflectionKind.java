package org.careerownership.core.catalog;

/**
 * Whether a closing line of a guide section asks the reader a question or calls for action.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * long questions = Catalogs.bundled().reflections().stream().filter(r -> r.kind() == ReflectionKind.QUESTION).count();
 * }</pre>
 *
 * @since 0.1
 */
public enum ReflectionKind {
  /** A reflection question, such as 「どんなロードマップでC/O経営を推進していますか？」. */
  QUESTION,
  /** A call to action, such as 「個人向けの施策とともに、組織向け施策も走らせましょう!」. */
  CALL_TO_ACTION
}
