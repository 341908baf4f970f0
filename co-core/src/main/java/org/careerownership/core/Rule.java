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
          + " so a re-test may change the phase.");

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
