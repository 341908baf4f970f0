package org.careerownership.core.catalog;

/**
 * A section of the guide, used to place FAQ entries, reflections and prose.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * LocalizedText title = Catalogs.bundled().sections().get(GuideSection.INTRODUCTION);
 * }</pre>
 *
 * @since 0.1
 */
public enum GuideSection {
  /** What C/O management is (C/O経営とは): definition, purposes, frame, walls, rollout. */
  INTRODUCTION,
  /** The management perspective (経営視点): business contribution and evidence. */
  MANAGEMENT,
  /** The organisation perspective (組織視点): the immobile layer and measures. */
  ORGANISATION,
  /** The individual perspective (個人視点): measures by generation. */
  INDIVIDUAL
}
