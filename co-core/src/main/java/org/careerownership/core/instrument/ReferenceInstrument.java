package org.careerownership.core.instrument;

import static org.careerownership.core.instrument.Keying.NORMAL;
import static org.careerownership.core.instrument.Keying.REVERSE;
import static org.careerownership.core.instrument.Scale.ADAPTABILITY;
import static org.careerownership.core.instrument.Scale.GROWTH;
import static org.careerownership.core.instrument.Scale.IDENTITY;
import static org.careerownership.core.instrument.Scale.PATHWAY;
import static org.careerownership.core.instrument.Scale.REACH;

import org.careerownership.core.LocalizedText;

/**
 * The library's own reference instrument for the C/O diagnostic's two dimensions, identity and
 * adaptability (ten items each, three reverse-keyed), and for the immobile layer's three needs, reach,
 * growth and pathway (four items each, one reverse-keyed): answered on 1–5 (1 = strongly disagree, 5 =
 * strongly agree). Its missing-answer share is 75%, not the default 80%, so that a four-item need scale
 * tolerates one missing answer (ceil(0.75 × 4) = 3) while the ten-item scales still need eight.
 *
 * <p><strong>Illustrative, not validated.</strong> The wording is the library's own, written to make
 * the examples and tests realistic. It has not been psychometrically validated and is not the
 * published C/O diagnostic (whose items are proprietary). Hosts that classify real people should
 * define their own validated {@link Instrument}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Instrument instrument = ReferenceInstrument.v1(); // illustrative, not a validated instrument
 * Scorer scorer = Scorer.of(instrument);
 * }</pre>
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
          .missingAnswerRule(MissingAnswerRule.minimumShare(0.75))
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
          .addItem(
              Item.of("RE01", REACH, NORMAL,
                  "会社にどんなキャリア支援の制度や施策があるかを知っている。",
                  "I know which career-support schemes and measures the company offers."))
          .addItem(
              Item.of("RE02", REACH, NORMAL,
                  "社内公募や研修などの制度を、自分がどう使えるか理解している。",
                  "I understand how I could use schemes such as internal job postings and training."))
          .addItem(
              Item.of("RE03", REACH, REVERSE,
                  "キャリアに関する社内の制度は、自分には関係ないと感じる。",
                  "The company's career schemes feel irrelevant to me."))
          .addItem(
              Item.of("RE04", REACH, NORMAL,
                  "キャリア施策についての情報を、必要なときに見つけられる。",
                  "I can find information on career measures when I need it."))
          .addItem(
              Item.of("GR01", GROWTH, NORMAL,
                  "上司は、私が自分で答えを見つけられるよう支援してくれる。",
                  "My manager helps me find answers for myself."))
          .addItem(
              Item.of("GR02", GROWTH, NORMAL,
                  "仕事を通じて成長している実感がある。",
                  "I feel I am growing through my work."))
          .addItem(
              Item.of("GR03", GROWTH, REVERSE,
                  "成長のための支援を、職場でほとんど受けていない。",
                  "I get hardly any support for growing at work."))
          .addItem(
              Item.of("GR04", GROWTH, NORMAL,
                  "新しい挑戦をするとき、周囲から後押しを受けられる。",
                  "When I take on something new, the people around me back me."))
          .addItem(
              Item.of("PA01", PATHWAY, NORMAL,
                  "自分の力をこの会社で今後どう活かせるか、具体的に描ける。",
                  "I can picture concretely how I will use my abilities in this company."))
          .addItem(
              Item.of("PA02", PATHWAY, NORMAL,
                  "社内で次に挑戦したい仕事や役割がある。",
                  "There is a job or role inside the company I want to try next."))
          .addItem(
              Item.of("PA03", PATHWAY, REVERSE,
                  "この会社では、自分の経験やスキルを活かす場が見当たらない。",
                  "I see no place in this company to use my experience and skills."))
          .addItem(
              Item.of("PA04", PATHWAY, NORMAL,
                  "社内の異動や公募の仕組みが、自分のキャリアにつながると感じる。",
                  "I feel the company's transfer and job-posting schemes lead somewhere for my career."))
          .build();

  private ReferenceInstrument() {}

  /** Returns version 1 of the reference instrument (id {@code co-reference-v1}). */
  public static Instrument v1() {
    return V1;
  }
}
