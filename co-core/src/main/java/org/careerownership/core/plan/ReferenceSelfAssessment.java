package org.careerownership.core.plan;

import static org.careerownership.core.instrument.Keying.NORMAL;
import static org.careerownership.core.instrument.Keying.REVERSE;
import static org.careerownership.core.instrument.Scale.EXECUTIVE_COMMITMENT;
import static org.careerownership.core.instrument.Scale.HR_CAPACITY;
import static org.careerownership.core.instrument.Scale.INDIVIDUAL_WALL;
import static org.careerownership.core.instrument.Scale.MANAGEMENT_WALL;
import static org.careerownership.core.instrument.Scale.ORGANISATION_WALL;

import org.careerownership.core.LocalizedText;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.Item;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.instrument.MissingAnswerRule;

/**
 * The library's own short self-assessment for an organisation's C/O roadmap, answered by the people
 * driving C/O (HR and executives) on 1–5: three items for each wall, executive commitment and HR
 * capacity. Score it with a {@link org.careerownership.core.instrument.Scorer} and read it with {@link
 * OrganisationAssessment#from}. The wall items follow the guide's descriptions of the three walls; the
 * wording is the library's own, <strong>illustrative and not validated</strong>.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Scores self = Scorer.of(ReferenceSelfAssessment.v1()).score(answers).orElseThrow();
 * }</pre>
 *
 * @since 0.1
 */
public final class ReferenceSelfAssessment {
  private static final Instrument V1 =
      Instrument.builder()
          .id("co-self-assessment-v1")
          .name(LocalizedText.of(
              "C/O経営 自己評価 v1（例示用・未検証）", "C/O management self-assessment v1 (illustrative, not validated)"))
          .range(LikertRange.of(1, 5))
          .missingAnswerRule(MissingAnswerRule.minimumShare(0.66))
          .addItem(Item.of("MW01", MANAGEMENT_WALL, NORMAL,
              "経営層は、C/Oを自分ごととして捉えていない。",
              "Our executives do not see C/O as their own concern."))
          .addItem(Item.of("MW02", MANAGEMENT_WALL, NORMAL,
              "経営層の間で、変革への意欲に差がある。",
              "Our executives differ in their appetite for change."))
          .addItem(Item.of("MW03", MANAGEMENT_WALL, REVERSE,
              "経営層と人事は、C/Oの推進でうまく連携できている。",
              "Our executives and HR work well together on C/O."))
          .addItem(Item.of("OW01", ORGANISATION_WALL, NORMAL,
              "導入した施策は、一部の社員にしか利用されていない。",
              "The measures we introduced are used by only some employees."))
          .addItem(Item.of("OW02", ORGANISATION_WALL, NORMAL,
              "「費用をかけても効果が見えない」という声が社内にある。",
              "People inside say the measures cost money without visible effect."))
          .addItem(Item.of("OW03", ORGANISATION_WALL, REVERSE,
              "C/O施策を続けていくことに、社内の合意がある。",
              "There is agreement inside the company to keep the C/O measures going."))
          .addItem(Item.of("IW01", INDIVIDUAL_WALL, NORMAL,
              "社員は目の前の業務に追われ、キャリアを考える余裕がない。",
              "Employees are too busy with the work at hand to think about their careers."))
          .addItem(Item.of("IW02", INDIVIDUAL_WALL, NORMAL,
              "社員の多くは、キャリアのために何をすればよいかわからずにいる。",
              "Many employees do not know what to do for their careers."))
          .addItem(Item.of("IW03", INDIVIDUAL_WALL, REVERSE,
              "社員は、C/Oを発揮する意義を理解している。",
              "Employees understand why exercising C/O matters."))
          .addItem(Item.of("EC01", EXECUTIVE_COMMITMENT, NORMAL,
              "経営層は、C/Oについて継続的にメッセージを発信している。",
              "Our executives keep sending messages about C/O."))
          .addItem(Item.of("EC02", EXECUTIVE_COMMITMENT, NORMAL,
              "C/Oは、経営戦略や人材戦略に位置づけられている。",
              "C/O has a place in our management and talent strategy."))
          .addItem(Item.of("EC03", EXECUTIVE_COMMITMENT, NORMAL,
              "経営層は、C/O施策に必要な予算と時間を割いている。",
              "Our executives give C/O measures the budget and time they need."))
          .addItem(Item.of("HR01", HR_CAPACITY, NORMAL,
              "人事には、C/O施策を企画し運営する人員がいる。",
              "HR has the people to plan and run C/O measures."))
          .addItem(Item.of("HR02", HR_CAPACITY, NORMAL,
              "人事は、C/O診断や施策の効果を測定できる。",
              "HR can measure the C/O diagnostic and the effect of measures."))
          .addItem(Item.of("HR03", HR_CAPACITY, REVERSE,
              "人事は日常業務で手一杯で、新たな施策に取り組めない。",
              "HR is too stretched by daily work to take on new measures."))
          .build();

  private ReferenceSelfAssessment() {}

  /** Returns version 1 of the reference self-assessment (id {@code co-self-assessment-v1}). */
  public static Instrument v1() {
    return V1;
  }
}
