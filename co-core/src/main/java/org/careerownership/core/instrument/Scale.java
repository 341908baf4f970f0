package org.careerownership.core.instrument;

import org.careerownership.core.Labelled;
import org.careerownership.core.LocalizedText;

/**
 * A scale (dimension) that items of an {@link Instrument} measure. The C/O diagnostic
 * (キャリアオーナーシップ診断) measures {@link #IDENTITY} and {@link #ADAPTABILITY}; the need scales
 * {@link #REACH}, {@link #GROWTH} and {@link #PATHWAY} measure the three unmet needs of the immobile
 * layer; the organisation scales measure an organisation's self-assessment for its roadmap.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * List<Item> identityItems = ReferenceInstrument.v1().items(Scale.IDENTITY);
 * String label = Scale.ADAPTABILITY.label(Language.JA);
 * }</pre>
 *
 * @since 0.1
 */
public enum Scale implements Labelled {
  /** Identity (アイデンティティ): self-understanding — knowing one's values, strengths and direction. */
  IDENTITY(LocalizedText.of("アイデンティティ（自己理解度）", "identity (self-understanding)")),
  /** Adaptability (アダプタビリティ): response to change — adjusting, learning and acting as things change. */
  ADAPTABILITY(LocalizedText.of("アダプタビリティ（変化対応力）", "adaptability (response to change)")),
  /** Awareness and understanding of the company's measures (認知・理解); low means a reach gap. */
  REACH(LocalizedText.of("施策の認知・理解", "awareness and understanding of measures")),
  /** Perceived growth support (成長支援); low means a growth gap. */
  GROWTH(LocalizedText.of("成長支援の実感", "perceived growth support")),
  /** Picturing one's future use of one's abilities inside the company (自社での発揮); low means a pathway gap. */
  PATHWAY(LocalizedText.of("自社での発揮の見通し", "picturing one's abilities used in the company")),
  /** Strength of the management wall (経営の壁) in an organisation's self-assessment. */
  MANAGEMENT_WALL(LocalizedText.of("経営の壁", "management wall")),
  /** Strength of the organisation wall (組織の壁) in an organisation's self-assessment. */
  ORGANISATION_WALL(LocalizedText.of("組織の壁", "organisation wall")),
  /** Strength of the individual wall (個人の壁) in an organisation's self-assessment. */
  INDIVIDUAL_WALL(LocalizedText.of("個人の壁", "individual wall")),
  /** Executive commitment to C/O management, in an organisation's self-assessment. */
  EXECUTIVE_COMMITMENT(LocalizedText.of("経営のコミットメント", "executive commitment")),
  /** HR's capacity to drive C/O measures, in an organisation's self-assessment. */
  HR_CAPACITY(LocalizedText.of("人事の推進力", "HR capacity"));

  private final LocalizedText label;

  Scale(LocalizedText label) {
    this.label = label;
  }

  /** Returns the name of this scale in ja and en. */
  @Override
  public LocalizedText label() {
    return label;
  }
}
