package org.careerownership.core.phase;

import org.careerownership.core.Labelled;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Rule;

/**
 * One of the four phases of the C/O diagnostic (キャリアオーナーシップ診断), the quadrants of identity ×
 * adaptability. The mapping follows Hall's protean-career meta-competencies and is the library's
 * documented default (guide: "C/O診断例", the four phases 現状停滞 / 自己固執 / 関心分散 / 未来創造).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Phase phase = Phase.of(true, false);          // SELF_FIXATION
 * String ja = phase.label(Language.JA);          // 自己固執
 * }</pre>
 *
 * @since 0.1
 */
public enum Phase implements Labelled {
  /** Future creation (未来創造): high identity, high adaptability. */
  FUTURE_CREATION(
      true, true, LocalizedText.of("未来創造", "future creation"), Rule.PHASE_FUTURE_CREATION),
  /** Self-fixation (自己固執): high identity, low adaptability. */
  SELF_FIXATION(
      true, false, LocalizedText.of("自己固執", "self-fixation"), Rule.PHASE_SELF_FIXATION),
  /** Interest dispersion (関心分散): low identity, high adaptability. */
  INTEREST_DISPERSION(
      false,
      true,
      LocalizedText.of("関心分散", "interest dispersion"),
      Rule.PHASE_INTEREST_DISPERSION),
  /** Status-quo stagnation (現状停滞): low identity, low adaptability. */
  STATUS_QUO_STAGNATION(
      false,
      false,
      LocalizedText.of("現状停滞", "status-quo stagnation"),
      Rule.PHASE_STATUS_QUO_STAGNATION);

  private final boolean highIdentity;
  private final boolean highAdaptability;
  private final LocalizedText label;
  private final Rule rule;

  Phase(boolean highIdentity, boolean highAdaptability, LocalizedText label, Rule rule) {
    this.highIdentity = highIdentity;
    this.highAdaptability = highAdaptability;
    this.label = label;
    this.rule = rule;
  }

  /**
   * Returns the phase of the quadrant where identity is high or low and adaptability is high or low.
   */
  public static Phase of(boolean highIdentity, boolean highAdaptability) {
    if (highIdentity) {
      return highAdaptability ? FUTURE_CREATION : SELF_FIXATION;
    }
    return highAdaptability ? INTEREST_DISPERSION : STATUS_QUO_STAGNATION;
  }

  /** Returns whether this phase has high identity. */
  public boolean highIdentity() {
    return highIdentity;
  }

  /** Returns whether this phase has high adaptability. */
  public boolean highAdaptability() {
    return highAdaptability;
  }

  /** Returns the phase's name in ja and en. */
  @Override
  public LocalizedText label() {
    return label;
  }

  /** Returns the rule that assigns this phase. */
  public Rule rule() {
    return rule;
  }
}
