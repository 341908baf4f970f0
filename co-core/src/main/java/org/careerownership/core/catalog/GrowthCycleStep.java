package org.careerownership.core.catalog;

/**
 * One step of the guide's new growth cycle 知る → 気づく → 拡げる, added to the frame's 'grow' viewpoint.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * LocalizedText know = Catalogs.bundled().growthCycle().steps().get(GrowthCycleStep.KNOW);
 * }</pre>
 *
 * @since 0.1
 */
public enum GrowthCycleStep {
  /** Know (知る). */
  KNOW,
  /** Notice (気づく). */
  NOTICE,
  /** Expand (拡げる). */
  EXPAND
}
