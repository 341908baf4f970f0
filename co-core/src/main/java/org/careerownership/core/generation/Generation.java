package org.careerownership.core.generation;

import org.careerownership.core.Labelled;
import org.careerownership.core.LocalizedText;

/**
 * One of the guide's three generations (年代), each with its own approach and table of measures
 * (guide: 【20代～30代前半向け】, 【30代後半～40代向け】, 【50代以上向け】). Late 30s on is the guide's core
 * target for interventions.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Generation g = GenerationBands.standard().generationOf(41); // MID_CAREER
 * String ja = g.label(Language.JA);
 * }</pre>
 *
 * @since 0.1
 */
public enum Generation implements Labelled {
  /** 20s to early 30s (20代～30代前半): know the options; career built mainly inside the company. */
  EARLY_CAREER(LocalizedText.of("20代～30代前半", "20s to early 30s")),
  /** Late 30s to 40s (30代後半～40代): meet the outside and change behaviour. */
  MID_CAREER(LocalizedText.of("30代後半～40代", "late 30s to 40s")),
  /** 50s and over (50代以上): information and opportunities for the future. */
  SENIOR(LocalizedText.of("50代以上", "50s and over"));

  private final LocalizedText label;

  Generation(LocalizedText label) {
    this.label = label;
  }

  /** Returns the generation's name in ja and en, as the guide words it. */
  @Override
  public LocalizedText label() {
    return label;
  }

}
