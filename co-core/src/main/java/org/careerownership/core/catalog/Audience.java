package org.careerownership.core.catalog;

/**
 * Whom a measure addresses: the individual (対個人) or the organisation around them (対組織).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * LocalizedText individual = Catalogs.bundled().audiences().get(Audience.INDIVIDUAL);
 * }</pre>
 *
 * @since 0.1
 */
public enum Audience {
  /** Individual-facing measures (対個人(当事者)). */
  INDIVIDUAL,
  /** Organisation-facing measures (対組織(周囲)). */
  ORGANISATION
}
