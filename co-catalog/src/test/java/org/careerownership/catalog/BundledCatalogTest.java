package org.careerownership.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.catalog.Approach;
import org.careerownership.core.catalog.Audience;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.FamilyId;
import org.careerownership.core.catalog.GrowthCycleStep;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.Layer;
import org.careerownership.core.catalog.Measure;
import org.careerownership.core.catalog.MeasureCategory;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.RolloutStage;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportCell;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.catalog.Wall;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.phase.Phase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled catalog against the guide: counts of every kind, exact wording, lookups. */
final class BundledCatalogTest {

  private static final Catalog CATALOG = Catalogs.bundled();

  @Nested
  final class Completeness {
    @Test
    void holdsEveryTableOfTheGuide() {
      assertEquals(3, CATALOG.generations().size());
      assertEquals(12, CATALOG.generations().stream().mapToInt(g -> g.reasons().size()).sum());
      assertEquals(
          48,
          CATALOG.generations().stream()
              .flatMap(g -> g.reasons().stream())
              .mapToInt(r -> r.cells().size())
              .sum());
      assertEquals(9, CATALOG.rollout().stages().stream().mapToInt(s -> s.goals().size()).sum());
      assertEquals(3, CATALOG.immobileGroups().size());
      assertEquals(4, CATALOG.phases().size());
      assertEquals(3, CATALOG.viewpoints().size());
      assertEquals(3, CATALOG.walls().size());
      assertEquals(3, CATALOG.approaches().size());
      assertEquals(3, CATALOG.purposes().size());
      assertEquals(6, CATALOG.chainFactors().size());
      assertEquals(7, CATALOG.surveyItems().size());
      assertEquals(3, CATALOG.examples().size());
      assertEquals(4, CATALOG.faq().size());
      assertEquals(3, CATALOG.growthCycle().steps().size());
    }

    @Test
    void listsSixteenMeasuresInTheIndividualAndOrganisationListsByCategory() {
      assertEquals(3, CATALOG.measures(MeasureCategory.CHALLENGE_OPPORTUNITIES).size());
      assertEquals(5, CATALOG.measures(MeasureCategory.CAREER_AWARENESS).size());
      assertEquals(2, CATALOG.measures(MeasureCategory.DIALOGUE_CULTURE).size());
      assertEquals(5, CATALOG.measures(MeasureCategory.CHALLENGE_CULTURE).size());
      assertEquals(1, CATALOG.measures(MeasureCategory.CAREER_REALISATION_SUPPORT).size());
      assertEquals(Audience.ORGANISATION, MeasureCategory.CHALLENGE_CULTURE.audience());
    }

    @Test
    void keepsOneMeasurePerDistinctWording() {
      // 16 listed + 101 distinct wordings in the generation tables + the manager-led career 1on1.
      // Wordings differing only in full- or half-width punctuation are separate measures of one family.
      assertEquals(118, CATALOG.measures().size());
      long elearningCells =
          CATALOG.generations().stream()
              .flatMap(g -> g.reasons().stream())
              .flatMap(r -> r.cells().stream())
              .filter(c -> c.measures().contains(MeasureId.of("career-elearning")))
              .count();
      assertEquals(10, elearningCells, "キャリアeラーニング appears in ten cells, as one measure");
    }

    @Test
    void groupsWordingVariantsIntoFamilies() {
      assertEquals(
          List.of("キャリア相談窓口の活用", "キャリア相談室の活用", "キャリア相談室活用"),
          jaNames(CATALOG.family(FamilyId.of("career-consultation"))));
      assertEquals(
          List.of("キャリアeラーニング", "年代別C/O e-learning"),
          jaNames(CATALOG.family(FamilyId.of("career-elearning"))));
      assertEquals(16, CATALOG.family(FamilyId.of("career-1on1")).size());
      assertEquals(
          List.of("キャリアカフェの活用", "キャリアカフェ（育児、介護）", "キャリアカフェ(育児、介護)", "キャリアカフェの設置",
              "キャリアカフェ（介護）"),
          jaNames(CATALOG.family(FamilyId.of("career-cafe"))));
    }

    @Test
    void everyPathHasTheManagerLedCareerOneOnOneAlongside() {
      for (var generation : CATALOG.generations()) {
        assertEquals(List.of(MeasureId.of("manager-career-1on1")), generation.alongside());
      }
      assertEquals("上司によるキャリア1on1", name("manager-career-1on1"));
    }
  }

  /** At least fifteen cells compared with the guide's exact Japanese. */
  @Nested
  final class SpotChecks {
    static Stream<Arguments> cells() {
      return Stream.of(
          Arguments.of("early-career.no-transfer-no-growth-image", SupportStep.KNOW,
              List.of("可能性を知る", "情報の提供・開示（会社）"),
              List.of("キャリアeラーニング", "ロールモデルの発信", "社内イントラにてキャリア施策公開")),
          Arguments.of("early-career.no-transfer-no-growth-image", SupportStep.UNDERSTAND,
              List.of("方向性を探る", "Will・Mustギャップ把握と必要スキル認識・習得"),
              List.of("キャリア1on1【テーマ：現状理解・ビジョン】", "社内ジョブブックの活用", "キャリアカフェの活用",
                  "キャリアeラーニング")),
          Arguments.of("early-career.no-transfer-no-growth-image", SupportStep.PRACTICE,
              List.of("行動を継続する", "定期的なフィードバック", "成長サイクルを回す"),
              List.of("社内公募／Wワーク活用", "20%チャレンジの活用", "キャリア1on1【テーマ：伴走】")),
          Arguments.of("early-career.unaware-of-co-no-direction", SupportStep.PRACTICE,
              List.of("伴走支援する"),
              List.of("部門を横断したイベント申請支援プログラムへの参加", "キャリア1on1【テーマ：伴走】")),
          Arguments.of("early-career.no-time-for-career", SupportStep.DEEPEN,
              List.of("キャリアについて考える習慣を定着させる", "キャリアをデザインする"),
              List.of("キャリアフォーラム／ワークジョブの活用", "キャリアビジョン策定", "社外1on1", "キャリア開発休暇")),
          Arguments.of("early-career.work-life-balance", SupportStep.DEEPEN,
              List.of("適切な相談先を提供", "カウンセリングやストレスサポート"),
              List.of("社内の育児、介護相談窓口の活用", "キャリアカフェ（育児、介護）")),
          Arguments.of("mid-career.impatience-cannot-step-up", SupportStep.KNOW,
              List.of("自分を知る", "現状の把握", "C/Oの概念を知る"),
              List.of("キャリア相談窓口の活用", "キャリアeラーニング", "ロールモデル情報の提供",
                  "キャリアビジョン策定ワークショップ", "キャリア1on1【テーマ:自己理解】")),
          Arguments.of("mid-career.impatience-cannot-step-up", SupportStep.DEEPEN,
              List.of("一步踏み出す・行動する", "方向性を決定とトレーニング"),
              List.of("部門間クロス1on1実施", "企業内大学の活用", "キャリアフォーラムへの参加", "キャリア相談室の活用",
                  "リテラシースキルアップ研修")),
          Arguments.of("mid-career.skills-not-updated", SupportStep.PRACTICE,
              List.of("必要なスキル習得スタートと実践", "スキルアップ→進捗確認、処遇変更", "リスクリング→副業、社内複業"),
              List.of("スキルアップ座談会", "スキルアップ継続支援制度(研修・メンター)", "社内越境", "自己発意異動の奨励",
                  "MBO面談", "副業制度、社内複業制度支援(リスクリング)")),
          Arguments.of("mid-career.fear-of-changing", SupportStep.DEEPEN,
              List.of("変化するための機会提供", "変化への決意"),
              List.of("目標設定ワークショップの活用", "部門間クロス1on1実施", "キャリア相談室の活用",
                  "キャリア1on1【テーマ:ビジョン】")),
          Arguments.of("mid-career.work-life-balance", SupportStep.UNDERSTAND,
              List.of("両立スタイルの確立に向けた情報収集", "課題の洗い出しと働き方の検討"),
              List.of("経験者座談会", "社内メンターの活用", "時短勤務、フレックス", "自身と家族の話し合い")),
          Arguments.of("senior.status-quo-orientation", SupportStep.KNOW,
              List.of("世の中の変化と会社姿勢を知る", "人生100年時代の意識を高める"),
              List.of("キャリア相談窓口の活用", "年代別C/O e-learning", "ライフシフト研修")),
          Arguments.of("senior.status-quo-orientation", SupportStep.DEEPEN,
              List.of("蓄積した知識や経験を活かすことを検討する （仕事の捉えなおし）", "チャレンジする意思を固める"),
              List.of("キャリアフォーラム", "企業内大学", "リスキリング研修", "キャリア1on1【テーマ：意思確認】",
                  "キャリア相談窓口の活用")),
          Arguments.of("senior.outside-interest-current-job-stalls", SupportStep.PRACTICE,
              List.of("実践を支援する", "自分の価値観の認識"),
              List.of("グループ間副業", "役割の明示とチャレンジングなポジションへの異動", "キャリア相談窓口の活用",
                  "社外1on1")),
          Arguments.of("senior.thinking-but-not-acting", SupportStep.UNDERSTAND,
              List.of("省内とテーマ設定", "動き出すための支援をする"),
              List.of("人生100年のライフデザインワークショップの活用", "自身を見つめ直す休暇制度の活用",
                  "社内キャリアセミナー")),
          Arguments.of("senior.work-life-balance-especially-care", SupportStep.PRACTICE,
              List.of("具体策の実践シミュレーション", "両立支援で活用する施策の決定"),
              List.of("介護セミナーなど", "キャリア相談窓口の活用")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cells")
    void cellMatchesTheGuideWordForWord(
        String reason, SupportStep step, List<String> points, List<String> measures) {
      SupportCell cell = CATALOG.cell(ReasonId.of(reason), step).orElseThrow();
      assertEquals(points, cell.points().stream().map(LocalizedText::ja).toList());
      assertEquals(measures, cell.measures().stream().map(id -> name(id.value())).toList());
    }

    @Test
    void cellsKeepTheGuidesMeasureHeadings() {
      assertEquals(
          "【行動につなげる施策】",
          CATALOG.cell(ReasonId.of("early-career.no-time-for-career"), SupportStep.PRACTICE)
              .orElseThrow().measuresHeading().ja());
      assertEquals(
          "【変化への動機づけ施策】",
          CATALOG.cell(ReasonId.of("mid-career.fear-of-changing"), SupportStep.DEEPEN)
              .orElseThrow().measuresHeading().ja());
    }

    @Test
    void reasonsAreTheGuidesTwelve() {
      assertEquals(
          List.of("ステップアップできない焦り", "スキルのアップデートができていない", "自分の変化することへの恐怖感",
              "仕事とプライベートの両立"),
          CATALOG.reasons(Generation.MID_CAREER).stream().map(r -> r.name().ja()).toList());
      assertEquals(
          List.of("現状維持志向 新しいことの排除", "社外への関心が強まり、現業停滞", "キャリアを考えているが、行動できない",
              "仕事とプライベートの両立／特に介護"),
          CATALOG.reasons(Generation.SENIOR).stream().map(r -> r.name().ja()).toList());
    }

    @Test
    void rolloutTableAndTargetState() {
      assertEquals(List.of("導入期", "発足期"),
          CATALOG.rollout().stage(RolloutStage.INTRODUCTION).names().stream().map(LocalizedText::ja).toList());
      assertEquals("理解と共通言語をつくる", CATALOG.rollout().stage(RolloutStage.INTRODUCTION).theme().ja());
      assertEquals(
          "マネジメント層が部門運営に落とし込み、行動と学びの循環を生み出す",
          CATALOG.rollout().goal(RolloutStage.EXPANSION, Layer.MANAGERS).ja());
      assertEquals(
          "C/Oが人材配置、評価、採用、広報・IRなどに一貫して組み込まれている",
          CATALOG.rollout().goal(RolloutStage.ESTABLISHMENT, Layer.EXECUTIVES).ja());
      assertTrue(CATALOG.rollout().targetState().ja().startsWith("「キャリアオーナーシップ経営」が企業文化として根つき"));
    }

    @Test
    void immobileGroupsWithNeedsRemediesAndCycle() {
      var pathway = CATALOG.immobileGroup(ImmobileGroup.PATHWAY_GAP);
      assertEquals(List.of("自社での発揮を描けない群", "自社での発揮を描けていない群"),
          pathway.names().stream().map(LocalizedText::ja).toList());
      assertEquals("戦略的な制度設計・運用が足りない", pathway.unmetNeed().ja());
      assertEquals(GrowthCycleStep.EXPAND, pathway.cycleStep());
      assertEquals(List.of("手挙げの社内公募プログラム制度"), jaNames(CATALOG.measuresFor(ImmobileGroup.PATHWAY_GAP)));
      assertEquals("施策の認知・理解が足りない", CATALOG.immobileGroup(ImmobileGroup.REACH_GAP).unmetNeed().ja());
      assertEquals(8, CATALOG.measuresFor(ImmobileGroup.REACH_GAP).size());
      assertEquals(7, CATALOG.measuresFor(ImmobileGroup.GROWTH_GAP).size());
      assertEquals("気づく", CATALOG.growthCycle().steps().get(GrowthCycleStep.NOTICE).ja());
    }

    @Test
    void approachesWithStrengthsAndRisks() {
      var hr = CATALOG.approach(Approach.HR_LED_FACT_ACCUMULATION);
      assertEquals("人事主導のファクト積み上げ型", hr.name().ja());
      assertEquals(List.of("C/Oを全社へ浸透させるのに時間がかかります", "経営陣・事業部の巻き込みが必要です"),
          hr.risks().stream().map(LocalizedText::ja).toList());
      assertEquals("組織の壁", CATALOG.wall(Wall.ORGANISATION).name().ja());
    }

    @Test
    void evidenceFiguresAsTheGuideReportsThem() {
      var ratings = CATALOG.evidence().stream().filter(e -> e.id().equals("top-ratings-by-phase")).findFirst().orElseThrow();
      assertEquals(53.6, ratings.figures().get(0).value());
      assertEquals(Optional.of(Phase.FUTURE_CREATION), ratings.figures().get(0).phase());
      assertEquals(38.6, ratings.figures().get(1).value());
      var satisfaction =
          CATALOG.evidence().stream().filter(e -> e.id().equals("career-satisfaction-by-phase")).findFirst().orElseThrow();
      assertEquals(List.of(52.0, 34.0), satisfaction.figures().stream().map(f -> f.value()).toList());
      assertTrue(satisfaction.source().ja().contains("52.0%"));
    }
  }

  @Nested
  final class Fidelity {
    /** Texts that are the library's own, not the guide's, and so are not expected in it. */
    private static final List<String> LIBRARY_TEXTS = List.of("累計利用者数（以上）");

    @Test
    void everyJapaneseTextIsTheGuidesVerbatim() throws IOException {
      String guide;
      try (InputStream in = BundledCatalogTest.class.getResourceAsStream("/guide/guide.txt")) {
        guide = normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      List<String> missing = new ArrayList<>();
      for (LocalizedText text : allTexts(CATALOG)) {
        if (!LIBRARY_TEXTS.contains(text.ja()) && !guide.contains(normalize(text.ja()))) {
          missing.add(text.ja());
        }
      }
      assertEquals(List.of(), missing);
    }

    @Test
    void everyEntryHasEnglishThatIsNotJapanese() {
      for (LocalizedText text : allTexts(CATALOG)) {
        assertFalse(
            text.en().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA),
            text.en());
      }
    }

    private static String normalize(String text) {
      String plain = text.replaceAll("\\[([^\\]]*)\\]\\(#\\)", "$1").replaceAll("<[^>]+>", "").replace("**", "");
      return plain.replaceAll("\\s+", "");
    }
  }

  @Nested
  final class Lookups {
    @Test
    void byGenerationReasonAndStep() {
      StagnationReason reason = CATALOG.reasons(Generation.EARLY_CAREER).get(2);
      assertEquals(ReasonId.of("early-career.no-time-for-career"), reason.id());
      assertSame(reason, CATALOG.reason(reason.id()).orElseThrow());
      assertEquals(reason.cell(SupportStep.UNDERSTAND), CATALOG.cell(reason.id(), SupportStep.UNDERSTAND).orElseThrow());
      assertEquals(Optional.empty(), CATALOG.reason(ReasonId.of("no.such-reason")));
      assertEquals(Optional.empty(), CATALOG.cell(ReasonId.of("no.such-reason"), SupportStep.KNOW));
    }

    @Test
    void byIdAndCategory() {
      Measure measure = CATALOG.measure(MeasureId.of("self-nominated-internal-job-posting")).orElseThrow();
      assertEquals(Optional.of(MeasureCategory.CAREER_REALISATION_SUPPORT), measure.category());
      assertTrue(measure.description().orElseThrow().ja().startsWith("従業員が自らの意志で社内の新たなポジション"));
      assertEquals(Optional.empty(), CATALOG.measure(MeasureId.of("no-such-measure")));
      assertEquals("対話のルール策定", CATALOG.measures(MeasureCategory.DIALOGUE_CULTURE).get(0).name().ja());
    }

    @Test
    void textThroughALocaleWithEnglishAsTheFallback() {
      LocalizedText name = CATALOG.phase(Phase.FUTURE_CREATION).name();
      assertEquals("未来創造", name.text(Locale.JAPAN));
      assertEquals("Future creation", name.text(Locale.UK));
      assertEquals("Future creation", name.text(Locale.FRENCH));
      assertEquals("Future creation", name.text(Locale.ROOT));
    }

    @Test
    void theBundledCatalogIsLoadedOnceAndShared() {
      assertSame(Catalogs.bundled(), Catalogs.bundled());
      assertEquals("1.0.0", CATALOG.version());
      assertTrue(CATALOG.notice().en().contains("not covered by the Apache-2.0") || CATALOG.notice().en().contains("Apache-2.0 licence does not apply"));
    }

    @Test
    void workedExamplesNameTheirReasonAndMeasuresStepByStep() {
      var b = CATALOG.example("B").orElseThrow();
      assertEquals(Generation.MID_CAREER, b.generation());
      assertEquals(ReasonId.of("mid-career.impatience-cannot-step-up"), b.reason());
      assertEquals(
          List.of("キャリア相談窓口の活用", "マイビジョンマップ作成", "企業内大学の活用", "社内公募・社内Wワークの活用"),
          b.steps().stream().flatMap(s -> s.measures().stream()).map(id -> name(id.value())).toList());
      for (var example : CATALOG.examples()) {
        for (var step : example.steps()) {
          assertTrue(example.narrative().ja().contains(step.text().ja()), step.text().ja());
        }
      }
    }
  }

  static String name(String measureId) {
    return CATALOG.measure(MeasureId.of(measureId)).orElseThrow().name().ja();
  }

  static List<String> jaNames(List<Measure> measures) {
    return measures.stream().map(m -> m.name().ja()).toList();
  }

  /** Returns every text of the catalog's guide content (not its source and notice, which are ours). */
  static ImmutableList<LocalizedText> allTexts(Catalog c) {
    ImmutableList.Builder<LocalizedText> all = ImmutableList.builder();
    all.addAll(c.sections().values());
    c.narratives().forEach(n -> {
      n.title().ifPresent(all::add);
      all.addAll(n.paragraphs());
    });
    all.add(c.definition().statement()).addAll(c.definition().elaboration()).add(c.definition().source());
    c.purposes().forEach(p -> all.add(p.title(), p.text()));
    c.viewpoints().forEach(v -> {
      all.add(v.name());
      v.goals().forEach(g -> all.add(g.title()).addAll(g.items()));
    });
    c.walls().forEach(w -> all.add(w.name(), w.description()));
    c.approaches().forEach(a -> all.add(a.name(), a.description()).addAll(a.strengths()).addAll(a.risks()));
    all.add(c.rollout().title(), c.rollout().introduction(), c.rollout().targetState());
    all.addAll(c.rollout().layers().values());
    c.rollout().stages().forEach(s -> all.addAll(s.names()).add(s.theme()).addAll(s.goals().values()));
    c.chainFactors().forEach(t -> all.add(t.text()));
    c.surveyItems().forEach(t -> all.add(t.text()));
    c.phases().forEach(p -> all.add(p.name()));
    c.evidence().forEach(e -> {
      all.add(e.statement(), e.source());
      e.figures().forEach(f -> all.add(f.label()));
    });
    c.immobileGroups().forEach(g -> all.addAll(g.names()).add(g.unmetNeed(), g.remedy()));
    all.add(c.growthCycle().title(), c.growthCycle().description()).addAll(c.growthCycle().steps().values());
    all.addAll(c.audiences().values()).addAll(c.categories().values()).addAll(c.steps().values());
    c.measures().forEach(m -> {
      all.add(m.name());
      m.description().ifPresent(all::add);
    });
    c.generations().forEach(g -> {
      all.add(g.title(), g.approach(), g.tableTitle(), g.tableIntroduction());
      g.reasons().forEach(r -> {
        all.add(r.name());
        r.cells().forEach(cell -> all.addAll(cell.points()).add(cell.measuresHeading()));
      });
    });
    c.examples().forEach(e -> {
      all.add(e.narrative());
      e.steps().forEach(s -> all.add(s.text()));
    });
    c.faq().forEach(f -> all.add(f.question(), f.answer()));
    c.reflections().forEach(r -> all.add(r.text()));
    return all.build();
  }
}
