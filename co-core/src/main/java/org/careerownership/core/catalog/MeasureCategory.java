package org.careerownership.core.catalog;

/**
 * The category of a measure (施策) in the guide's individual-facing and organisation-facing lists.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * List<Measure> dialogue = Catalogs.bundled().measures(MeasureCategory.DIALOGUE_CULTURE);
 * }</pre>
 *
 * @since 0.1
 */
public enum MeasureCategory {
  /** Creating challenge opportunities (チャレンジ機会創出); individual-facing. */
  CHALLENGE_OPPORTUNITIES(Audience.INDIVIDUAL),
  /** Fostering career awareness (キャリア意識醸成); individual-facing. */
  CAREER_AWARENESS(Audience.INDIVIDUAL),
  /** Fostering a culture that values dialogue (対話重視の風土醸成); organisation-facing. */
  DIALOGUE_CULTURE(Audience.ORGANISATION),
  /** Fostering a culture that encourages challenge (チャレンジ推奨風土醸成); organisation-facing. */
  CHALLENGE_CULTURE(Audience.ORGANISATION),
  /** Supporting career realisation (キャリア実現支援); organisation-facing. */
  CAREER_REALISATION_SUPPORT(Audience.ORGANISATION);

  private final Audience audience;

  MeasureCategory(Audience audience) {
    this.audience = audience;
  }

  /** Returns whom measures of this category address. */
  public Audience audience() {
    return audience;
  }
}
