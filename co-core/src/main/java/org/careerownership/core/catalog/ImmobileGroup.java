package org.careerownership.core.catalog;

/**
 * One of the three groups of the immobile layer (不動層), the people existing measures do not reach.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ImmobileGroupGuide reach = Catalogs.bundled().immobileGroup(ImmobileGroup.REACH_GAP);
 * List<Measure> remedies = Catalogs.bundled().measuresFor(ImmobileGroup.REACH_GAP);
 * }</pre>
 *
 * @since 0.1
 */
public enum ImmobileGroup {
  /** The reach-gap group (リーチ不足群): awareness and understanding of measures are lacking. */
  REACH_GAP,
  /** The growth-gap group (伸ばせていない群): growth support is lacking. */
  GROWTH_GAP,
  /** The group that cannot picture using their abilities in the company (自社での発揮を描けない群): strategic scheme design is lacking. */
  PATHWAY_GAP
}
