package org.careerownership.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSet;

/**
 * A rule the library decides by, with a stable id and compiled-in ja/en templates that turn the rule's
 * inputs into a sentence. Rules are the vocabulary of {@link Explanation}s.
 *
 * <p>Ids are stable across releases and are what JSON carries; templates may be reworded.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Rule rule = Rule.fromId("phase.future-creation");   // Rule.PHASE_FUTURE_CREATION
 * String wording = rule.wording().text(Language.JA);
 * }</pre>
 *
 * @since 0.1
 */
public enum Rule {
  /** High identity and high adaptability: future creation (未来創造). */
  PHASE_FUTURE_CREATION(
      "phase.future-creation",
      "アイデンティティ {identity} が基準点 {identityCut} 以上、アダプタビリティ {adaptability} が基準点"
          + " {adaptabilityCut} 以上のため「未来創造」（アイデンティティ高・アダプタビリティ高）。",
      "Identity {identity} is at or above its cut point {identityCut} and adaptability"
          + " {adaptability} is at or above its cut point {adaptabilityCut}: future creation (high"
          + " identity, high adaptability)."),
  /** High identity and low adaptability: self-fixation (自己固執). */
  PHASE_SELF_FIXATION(
      "phase.self-fixation",
      "アイデンティティ {identity} が基準点 {identityCut} 以上、アダプタビリティ {adaptability} が基準点"
          + " {adaptabilityCut} 未満のため「自己固執」（アイデンティティ高・アダプタビリティ低）。",
      "Identity {identity} is at or above its cut point {identityCut} and adaptability"
          + " {adaptability} is below its cut point {adaptabilityCut}: self-fixation (high identity,"
          + " low adaptability)."),
  /** Low identity and high adaptability: interest dispersion (関心分散). */
  PHASE_INTEREST_DISPERSION(
      "phase.interest-dispersion",
      "アイデンティティ {identity} が基準点 {identityCut} 未満、アダプタビリティ {adaptability} が基準点"
          + " {adaptabilityCut} 以上のため「関心分散」（アイデンティティ低・アダプタビリティ高）。",
      "Identity {identity} is below its cut point {identityCut} and adaptability {adaptability} is"
          + " at or above its cut point {adaptabilityCut}: interest dispersion (low identity, high"
          + " adaptability)."),
  /** Low identity and low adaptability: status-quo stagnation (現状停滞). */
  PHASE_STATUS_QUO_STAGNATION(
      "phase.status-quo-stagnation",
      "アイデンティティ {identity} が基準点 {identityCut} 未満、アダプタビリティ {adaptability} が基準点"
          + " {adaptabilityCut} 未満のため「現状停滞」（アイデンティティ低・アダプタビリティ低）。",
      "Identity {identity} is below its cut point {identityCut} and adaptability {adaptability} is"
          + " below its cut point {adaptabilityCut}: status-quo stagnation (low identity, low"
          + " adaptability)."),
  /** A score lies closer to its cut point than the borderline margin. */
  PHASE_BORDERLINE(
      "phase.borderline",
      "境界付近：基準点からの距離がアイデンティティ {identityDistance}、アダプタビリティ {adaptabilityDistance}"
          + " で、どちらかが幅 {margin} 未満のため、再測定でフェーズが変わり得ます。",
      "Borderline: identity is {identityDistance} and adaptability {adaptabilityDistance} points"
          + " from the cut points, and at least one distance is below the margin of {margin} points,"
          + " so a re-test may change the phase."),
  /** A person in a phase the mobility rule counts as mobile is not in the immobile layer. */
  SEGMENT_MOBILE_BY_PHASE(
      "segment.mobile-by-phase",
      "フェーズ {phase} は可動とみなすフェーズのため、不動層ではありません。",
      "Phase {phase} counts as mobile under the mobility rule: not in the immobile layer."),
  /** A person who used enough C/O measures recently is not in the immobile layer. */
  SEGMENT_MOBILE_BY_USAGE(
      "segment.mobile-by-usage",
      "期間内にC/O施策を {used} 件利用（{minimum} 件以上で可動）のため、不動層ではありません。",
      "Used {used} C/O measures in the window ({minimum} or more counts as moving): not in the"
          + " immobile layer."),
  /** A person outside the mobile phases who used too few measures is in the immobile layer. */
  SEGMENT_IMMOBILE(
      "segment.immobile",
      "フェーズ {phase} で、期間内のC/O施策の利用が {used} 件（{minimum} 件未満）のため、不動層です。",
      "Phase {phase} and {used} C/O measures used in the window (fewer than {minimum}): in the"
          + " immobile layer."),
  /** A person outside the mobile phases whose usage is unknown is in the immobile layer. */
  SEGMENT_IMMOBILE_USAGE_UNKNOWN(
      "segment.immobile-usage-unknown",
      "フェーズ {phase} で、施策の利用状況が不明のため、不動層です。",
      "Phase {phase} and measure usage unknown: in the immobile layer."),
  /** A need signal below its threshold marks an unmet need. */
  SEGMENT_NEED_UNMET(
      "segment.need-unmet",
      "未充足ニーズ {group}：シグナル {signal} が基準 {threshold} 未満です。",
      "Unmet need of {group}: signal {signal} is below the threshold {threshold}."),
  /** The primary group is the first unmet need in the growth cycle's order. */
  SEGMENT_PRIMARY_FIRST_UNMET(
      "segment.primary-first-unmet",
      "主たる群は {group}：成長サイクル「知る → 気づく → 拡げる」の順で最初の未充足ニーズです。",
      "Primary group {group}: the first unmet need in the growth cycle know → notice → expand"
          + " (知る → 気づく → 拡げる)."),
  /** With no signal below its threshold, the lowest signal names the primary group. */
  SEGMENT_PRIMARY_LOWEST(
      "segment.primary-lowest",
      "基準を下回るシグナルがないため、最も低いシグナル {signal} の {group} を主たる群とします。",
      "No need signal is below its threshold; the lowest signal, {signal}, names the primary group"
          + " {group}."),
  /** A measure listed in the guide's table for one of the person's reasons. */
  MATCH_CELL(
      "match.cell",
      "ガイドの表で停滞理由 {reason} のステップ {step} に挙げられています（重み {weight}）。",
      "Listed in the guide's table for stagnation reason {reason} at step {step} (weight {weight})."),
  /** A measure aimed at one of the person's or organisation's immobile groups. */
  MATCH_GROUP_REMEDY(
      "match.group-remedy",
      "不動層 {group} に向けた施策です（重み {weight}）。",
      "Aimed at immobile group {group} (weight {weight})."),
  /** Measures ranked by score, with those left out counted. */
  MATCH_RANKED(
      "match.ranked",
      "{candidates} 件の候補を得点順に並べ、上位 {shown} 件を示します。利用済み {used} 件と無効化された {disabled} 件は除きました。",
      "Ranked {candidates} candidate measures by score and show the top {shown}; left out {used}"
          + " already used and {disabled} disabled by the host."),
  /** The HR-led approach: management is not yet on board. */
  ROADMAP_APPROACH_HR_LED(
      "roadmap.approach-hr-led",
      "経営のコミットメント {commitment}（基準 {commitmentThreshold}）、経営の壁 {managementWall}（基準"
          + " {wallThreshold}）のため、経営の後押しを待たず人事主導のファクト積み上げ型で始めます。",
      "Executive commitment {commitment} (threshold {commitmentThreshold}) and management wall"
          + " {managementWall} (threshold {wallThreshold}): without management's drive yet, start"
          + " HR-led, accumulating facts."),
  /** The management-led approach: management committed, HR capacity limited. */
  ROADMAP_APPROACH_MANAGEMENT_LED(
      "roadmap.approach-management-led",
      "経営のコミットメント {commitment} は十分ですが、人事の推進力 {hrCapacity} が基準 {hrThreshold}"
          + " 未満のため、経営主導のガバナンス改革型を勧めます。",
      "Executive commitment {commitment} suffices but HR capacity {hrCapacity} is below"
          + " {hrThreshold}: management-led governance reform."),
  /** The OS-update approach: management and HR both able to drive it. */
  ROADMAP_APPROACH_OS_UPDATE(
      "roadmap.approach-os-update",
      "経営のコミットメント {commitment} と人事の推進力 {hrCapacity} がともに基準以上のため、経営と人事が一体となったOSアップデート型を勧めます。",
      "Executive commitment {commitment} and HR capacity {hrCapacity} both reach their thresholds:"
          + " an OS update with management and HR as one."),
  /** The rollout stage as the organisation assessed it. */
  ROADMAP_STAGE_ASSESSED(
      "roadmap.stage-assessed",
      "現在の段階は自己評価のとおり {stage} です。",
      "The current stage is {stage}, as assessed."),
  /** The introduction stage derived from the population. */
  ROADMAP_STAGE_INTRODUCTION(
      "roadmap.stage-introduction",
      "未来創造の割合 {futureCreationShare}%（基準 {introductionShare}%）と経営のコミットメント {commitment} から、導入期と判断します。",
      "Future-creation share {futureCreationShare}% (threshold {introductionShare}%) and executive"
          + " commitment {commitment}: the introduction stage."),
  /** The expansion stage derived from the population. */
  ROADMAP_STAGE_EXPANSION(
      "roadmap.stage-expansion",
      "未来創造の割合 {futureCreationShare}%（定着の基準 {establishmentShare}%）、不動層の割合 {immobileShare}% から、拡大期と判断します。",
      "Future-creation share {futureCreationShare}% (establishment threshold"
          + " {establishmentShare}%) and immobile share {immobileShare}%: the expansion stage."),
  /** The establishment stage derived from the population. */
  ROADMAP_STAGE_ESTABLISHMENT(
      "roadmap.stage-establishment",
      "未来創造の割合 {futureCreationShare}% が基準 {establishmentShare}% 以上、不動層の割合 {immobileShare}% も基準未満のため、定着期と判断します。",
      "Future-creation share {futureCreationShare}% reaches {establishmentShare}% and the immobile"
          + " share {immobileShare}% is below its threshold: the establishment stage."),
  /** A support path read from the guide's generation table. */
  PATH_FROM_TABLE(
      "path.from-table",
      "停滞理由 {reason}（{generation}）について、ガイドの表の4ステップを示します。現在のステップは {step} です。",
      "The four steps of the guide's table for stagnation reason {reason} ({generation}); the current"
          + " step is {step}."),
  /** A measure of the generation tables of the guide's core target (late 30s on). */
  ROADMAP_CORE_TARGET(
      "roadmap.core-target",
      "ガイドがコア・ターゲットとする30代後半以降（{generation}、構成比 {share}）の表に {cells} 回挙げられています（重み {weight}）。",
      "Listed {cells} times in the table of {generation}, part of the guide's core target from the"
          + " late 30s on (share of the workforce {share}; weight {weight}).");

  private final Template template;

  Rule(String id, String ja, String en) {
    this.template = Template.of(id, ja, en);
  }

  /** Returns the stable id of this rule, e.g. {@code "phase.future-creation"}. */
  @JsonValue
  public String id() {
    return template.id();
  }

  /** Returns the names of the inputs this rule's explanation takes, in template order. */
  public ImmutableSet<String> inputNames() {
    return template.names();
  }

  /** Returns the ja/en wording; {@code {name}} marks an input. */
  public LocalizedText wording() {
    return template.wording();
  }

  /**
   * Returns the rule with the stable id {@code id}.
   *
   * @throws IllegalArgumentException if no rule has that id
   */
  @JsonCreator
  public static Rule fromId(String id) {
    return Template.byId(values(), Rule::id, "rule id", id);
  }

  Template message() {
    return template;
  }
}
