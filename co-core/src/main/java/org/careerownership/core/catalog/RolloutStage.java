package org.careerownership.core.catalog;

/**
 * One of the three stages of the guide's rollout roadmap (C/O経営の浸透ステップ), in order.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * RolloutStageGuide expansion = Catalogs.bundled().rollout().stage(RolloutStage.EXPANSION);
 * }</pre>
 *
 * @since 0.1
 */
public enum RolloutStage {
  /** Introduction (導入期, which the guide also calls 発足期): build understanding and a common language. */
  INTRODUCTION,
  /** Expansion (拡大期): spread front-line implementation and action. */
  EXPANSION,
  /** Establishment (定着期): integrate into corporate culture and the management system. */
  ESTABLISHMENT
}
