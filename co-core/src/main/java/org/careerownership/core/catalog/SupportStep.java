package org.careerownership.core.catalog;

/**
 * One of the four steps of the guide's support path (generation tables: 【ステップ1】–【ステップ4】).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Optional<SupportCell> practice = Catalogs.bundled().cell(ReasonId.of("mid-career.fear-of-changing"), SupportStep.PRACTICE);
 * }</pre>
 *
 * @since 0.1
 */
public enum SupportStep {
  /** Step 1: providing opportunities to know (知る機会の提供). */
  KNOW,
  /** Step 2: providing opportunities to deepen understanding (理解を深める機会の提供). */
  UNDERSTAND,
  /** Step 3: providing opportunities to deepen understanding further (さらに理解を深める機会の提供). */
  DEEPEN,
  /** Step 4: supporting practice (実践を支援する). */
  PRACTICE;

  /** Returns the step's number in the guide, 1 to 4. */
  public int number() {
    return ordinal() + 1;
  }
}
