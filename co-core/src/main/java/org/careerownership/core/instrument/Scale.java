package org.careerownership.core.instrument;

import org.careerownership.core.Labelled;
import org.careerownership.core.LocalizedText;

/**
 * A scale (dimension) that items of an {@link Instrument} measure. The C/O diagnostic (キャリア
 * オーナーシップ診断) measures two: {@link #IDENTITY} and {@link #ADAPTABILITY}.
 *
 * @since 0.1
 */
public enum Scale implements Labelled {
  /** Identity (アイデンティティ): self-understanding — knowing one's values, strengths and direction. */
  IDENTITY(LocalizedText.of("アイデンティティ（自己理解度）", "identity (self-understanding)")),
  /** Adaptability (アダプタビリティ): response to change — adjusting, learning and acting as things change. */
  ADAPTABILITY(LocalizedText.of("アダプタビリティ（変化対応力）", "adaptability (response to change)"));

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
