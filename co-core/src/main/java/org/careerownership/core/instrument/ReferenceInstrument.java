package org.careerownership.core.instrument;

import static org.careerownership.core.instrument.Keying.NORMAL;
import static org.careerownership.core.instrument.Keying.REVERSE;
import static org.careerownership.core.instrument.Scale.ADAPTABILITY;
import static org.careerownership.core.instrument.Scale.IDENTITY;

import org.careerownership.core.LocalizedText;

/**
 * The library's own reference instrument for the C/O diagnostic's two dimensions, identity and
 * adaptability: ten items each, answered on 1–5 (1 = strongly disagree, 5 = strongly agree), three
 * reverse-keyed items per scale, the default 80% missing-answer rule.
 *
 * <p><strong>Illustrative, not validated.</strong> The wording is the library's own, written to make
 * the examples and tests realistic. It has not been psychometrically validated and is not the
 * published C/O diagnostic (whose items are proprietary). Hosts that classify real people should
 * define their own validated {@link Instrument}.
 *
 * @since 0.1
 */
public final class ReferenceInstrument {
  private static final Instrument V1 =
      Instrument.builder()
          .id("co-reference-v1")
          .name(
              LocalizedText.of(
                  "C/O診断 参考尺度 v1（例示用・未検証）",
                  "C/O diagnostic reference instrument v1 (illustrative, not validated)"))
          .range(LikertRange.of(1, 5))
          .missingAnswerRule(MissingAnswerRule.standard())
          .addItem(
              Item.of("ID01", IDENTITY, NORMAL,
                  "仕事で自分が大切にしている価値観を言葉で説明できる。",
                  "I can put into words the values that matter to me at work."))
          .addItem(
              Item.of("ID02", IDENTITY, NORMAL,
                  "自分の強みが何で、どんな場面で活きるかを知っている。",
                  "I know my strengths and the situations in which they pay off."))
          .addItem(
              Item.of("ID03", IDENTITY, NORMAL,
                  "3年後にどんな仕事をしていたいかを描けている。",
                  "I can picture the work I want to be doing three years from now."))
          .addItem(
              Item.of("ID04", IDENTITY, REVERSE,
                  "自分が仕事に何を求めているのか、よくわからない。",
                  "I am not sure what I want from my work."))
          .addItem(
              Item.of("ID05", IDENTITY, NORMAL,
                  "キャリアの選択を、他人任せにせず自分で決めている。",
                  "I make my own career choices rather than leaving them to others."))
          .addItem(
              Item.of("ID06", IDENTITY, NORMAL,
                  "今の仕事と自分の目指す方向とのつながりを説明できる。",
                  "I can explain how my current job connects with where I want to go."))
          .addItem(
              Item.of("ID07", IDENTITY, REVERSE,
                  "周りの評価によって、自分のやりたいことがすぐに変わる。",
                  "What I want to do changes quickly with what others think of me."))
          .addItem(
              Item.of("ID08", IDENTITY, NORMAL,
                  "自分に足りない経験やスキルが何かを把握している。",
                  "I know which experience and skills I still lack."))
          .addItem(
              Item.of("ID09", IDENTITY, NORMAL,
                  "仕事を通じて実現したいことがある。",
                  "There is something I want to achieve through my work."))
          .addItem(
              Item.of("ID10", IDENTITY, REVERSE,
                  "自分のキャリアについて考えることを避けている。",
                  "I avoid thinking about my career."))
          .addItem(
              Item.of("AD01", ADAPTABILITY, NORMAL,
                  "仕事の環境が変わっても、やり方を素早く切り替えられる。",
                  "When my work environment changes, I adjust how I work quickly."))
          .addItem(
              Item.of("AD02", ADAPTABILITY, NORMAL,
                  "新しい知識やスキルを、自分から学びにいっている。",
                  "I go out of my way to learn new knowledge and skills."))
          .addItem(
              Item.of("AD03", ADAPTABILITY, REVERSE,
                  "慣れたやり方を変えることに強い抵抗を感じる。",
                  "I strongly resist changing familiar ways of working."))
          .addItem(
              Item.of("AD04", ADAPTABILITY, NORMAL,
                  "部署や職種の外にいる人とも積極的につながりをつくっている。",
                  "I actively build connections with people outside my team and job."))
          .addItem(
              Item.of("AD05", ADAPTABILITY, NORMAL,
                  "予想外の出来事を、成長の機会として捉えられる。",
                  "I can treat unexpected events as chances to grow."))
          .addItem(
              Item.of("AD06", ADAPTABILITY, NORMAL,
                  "社内外の変化の兆しに日頃から目を向けている。",
                  "I keep an eye on signs of change inside and outside the company."))
          .addItem(
              Item.of("AD07", ADAPTABILITY, REVERSE,
                  "経験のない仕事を任されると、引き受けるのをためらう。",
                  "I hesitate to take on work I have never done before."))
          .addItem(
              Item.of("AD08", ADAPTABILITY, NORMAL,
                  "うまくいかなかったときも、やり方を変えてもう一度試す。",
                  "When something fails, I change my approach and try again."))
          .addItem(
              Item.of("AD09", ADAPTABILITY, NORMAL,
                  "必要なら、これまでと違う役割にも挑戦するつもりがある。",
                  "If needed, I am willing to try a role different from any I have had."))
          .addItem(
              Item.of("AD10", ADAPTABILITY, REVERSE,
                  "変化が続くと、仕事への意欲が下がる。",
                  "Continual change lowers my motivation at work."))
          .build();

  private ReferenceInstrument() {}

  /** Returns version 1 of the reference instrument (id {@code co-reference-v1}). */
  public static Instrument v1() {
    return V1;
  }
}
