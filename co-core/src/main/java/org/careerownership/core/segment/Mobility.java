package org.careerownership.core.segment;

/**
 * Whether a person moves with the organisation's C/O measures or belongs to the immobile layer
 * (不動層) — "a few move, the rest do not change" (guide: C/O経営の浸透ステップ).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * boolean immobile = segmentation.mobility() != Mobility.MOBILE;
 * }</pre>
 *
 * @since 0.1
 */
public enum Mobility {
  /** Moving: in a mobile phase, or recently using C/O measures. */
  MOBILE,
  /** In the immobile layer: existing measures do not reach or move this person. */
  IMMOBILE
}
