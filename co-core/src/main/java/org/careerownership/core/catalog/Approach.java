package org.careerownership.core.catalog;

/**
 * One of the guide's three approaches to introducing C/O management.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ApproachGuide guide = Catalogs.bundled().approach(Approach.MANAGEMENT_LED_GOVERNANCE_REFORM);
 * guide.risks().forEach(r -> System.out.println(r.text(Language.EN)));
 * }</pre>
 *
 * @since 0.1
 */
public enum Approach {
  /** HR-led fact accumulation (人事主導のファクト積み上げ型). */
  HR_LED_FACT_ACCUMULATION,
  /** Management-led governance reform (経営主導のガバナンス改革型). */
  MANAGEMENT_LED_GOVERNANCE_REFORM,
  /** OS update with management and HR as one (経営と人事が一体となったOSアップデート型). */
  MANAGEMENT_HR_OS_UPDATE
}
