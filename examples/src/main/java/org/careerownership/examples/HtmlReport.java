package org.careerownership.examples;

import static com.google.common.base.Verify.verifyNotNull;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.PearsonTest;
import org.careerownership.analytics.groups.PhaseOutcomeTable;
import org.careerownership.core.Language;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Outcome;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.Layer;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.instrument.Scale;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.plan.Direction;
import org.careerownership.core.plan.Roadmap;
import org.careerownership.core.policy.Recommendation;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedCount;
import org.careerownership.core.privacy.ProtectedTable;
import org.careerownership.core.segment.SegmentCounts;
import org.careerownership.core.segment.Segmentation;

/**
 * Renders the main example's results as one self-contained HTML page: inline SVG charts and tables, no
 * script, no network, well-formed XML (so a test can parse it). Every chart's data marks carry the class
 * {@code datum}; group outputs below the anonymity threshold are drawn as marked gaps, never as values.
 *
 * <pre>{@code
 * String html = HtmlReport.render(result, Catalogs.bundled(), Language.JA);
 * }</pre>
 */
final class HtmlReport {
  private static final String[] PHASE_COLOURS = {"#2b8a3e", "#e67700", "#1971c2", "#868e96"};
  private static final AnonymityPolicy POLICY = AnonymityPolicy.standard();

  private final DiagnosticSummary.Result result;
  private final Catalog catalog;
  private final Language lang;
  private final List<DiagnosticSummary.Person> people;
  private final StringBuilder out = new StringBuilder(1 << 20);

  private HtmlReport(DiagnosticSummary.Result result, Catalog catalog, Language lang) {
    this.result = result;
    this.catalog = catalog;
    this.lang = lang;
    this.people = result.rows().stream().filter(Outcome::succeeded).map(Outcome::orElseThrow).toList();
  }

  /** Returns the report of {@code result} in {@code language}. */
  static String render(DiagnosticSummary.Result result, Catalog catalog, Language language) {
    return new HtmlReport(requireNonNull(result), requireNonNull(catalog), requireNonNull(language)).page();
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(lang == Language.JA ? "ja" : "en").append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(esc(t("キャリアオーナーシップ レポート", "Career ownership report"))).append("</title>\n<style>\n")
        .append("body{font-family:'Noto Sans CJK JP','Hiragino Sans','Yu Gothic',sans-serif;margin:2em auto;")
        .append("max-width:1100px;color:#212529;line-height:1.5}h1{font-size:1.6em}h2{border-bottom:2px solid #dee2e6;")
        .append("padding-bottom:.2em;margin-top:2em}table{border-collapse:collapse;margin:.6em 0}")
        .append("td,th{border:1px solid #dee2e6;padding:.25em .6em;text-align:right}th{background:#f1f3f5}")
        .append("td.text,th.text{text-align:left}figure{margin:1em 0}figcaption{font-size:.9em;color:#495057}")
        .append(".suppressed{color:#adb5bd;font-style:italic}.note{font-size:.9em;color:#495057}")
        .append("svg text{font-size:11px}\n</style>\n</head>\n<body>\n");
    out.append("<h1>").append(esc(t("キャリアオーナーシップ レポート（合成データの企業）",
        "Career ownership report (a synthetic company)"))).append("</h1>\n");
    out.append("<p>").append(esc(String.format(Locale.ROOT, t("読込 %d 行、処理 %d 人、エラー %d 行。匿名性の基準：%d 人未満の集団は表示しません。",
        "%d rows read, %d people scored, %d rows with errors. Anonymity threshold: groups under %d people are not shown."),
        result.rows().size(), people.size(), result.rows().size() - people.size(), POLICY.minimumGroupSize())))
        .append("</p>\n");
    scatter();
    phaseMix();
    immobileLayer();
    heatmap();
    outcomes();
    utilisation();
    roadmap();
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  // ---- identity × adaptability

  private void scatter() {
    section(t("アイデンティティ × アダプタビリティ", "Identity × adaptability"));
    int size = 460;
    int pad = 40;
    double scale = (size - 2.0 * pad) / 100;
    out.append(figure(t("各点が1人。破線は基準点（50/50）、帯は境界付近（±5点）。点は重なりを避けて少しずらしています。",
        "Each dot is one person. Dashed lines: cut points (50/50); shaded bands: borderline (±5 points). Dots are jittered slightly to show overlaps.")));
    out.append(svgOpen(size, size, t("散布図", "scatter plot")));
    double lo = pad + 45 * scale;
    out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fff\" stroke=\"#adb5bd\"/>%n",
        pad, pad, size - 2 * pad, size - 2 * pad));
    out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#fff3bf\" opacity=\"0.6\"/>%n",
        lo, pad, 10 * scale, size - 2 * pad));
    out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#fff3bf\" opacity=\"0.6\"/>%n",
        pad, size - pad - 55 * scale, size - 2 * pad, 10 * scale));
    for (int i = 0; i < people.size(); i++) {
      DiagnosticSummary.Person p = people.get(i);
      double x = p.scores().scale(Scale.ADAPTABILITY).orElseThrow().value();
      double y = p.scores().scale(Scale.IDENTITY).orElseThrow().value();
      double jx = ((i * 2654435761L) % 1000) / 1000.0 - 0.5;
      double jy = ((i * 40503L + 7) % 1000) / 1000.0 - 0.5;
      out.append(String.format(Locale.ROOT,
          "<circle class=\"datum\" cx=\"%.1f\" cy=\"%.1f\" r=\"1.6\" fill=\"%s\" opacity=\"0.45\"/>%n",
          pad + (x + 1.2 * jx) * scale, size - pad - (y + 1.2 * jy) * scale,
          PHASE_COLOURS[p.classification().phase().ordinal()]));
    }
    double mid = pad + 50 * scale;
    out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#495057\" stroke-dasharray=\"4 3\"/>%n",
        mid, pad, mid, size - pad));
    out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#495057\" stroke-dasharray=\"4 3\"/>%n",
        pad, mid, size - pad, mid));
    int[][] corners = {{1, 0}, {0, 0}, {1, 1}, {0, 1}};
    for (Phase phase : Phase.values()) {
      boolean right = phase.highAdaptability();
      boolean top = phase.highIdentity();
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" font-weight=\"bold\" text-anchor=\"%s\">%s</text>%n",
          right ? size - pad - 6 : pad + 6, top ? pad + 16 : size - pad - 8, PHASE_COLOURS[phase.ordinal()],
          right ? "end" : "start", esc(phase.label(lang))));
    }
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s →</text>%n",
        size / 2, size - 10, esc(Scale.ADAPTABILITY.label(lang))));
    out.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s →</text>%n",
        size / 2, size / 2, esc(Scale.IDENTITY.label(lang))));
    for (int v = 0; v <= 100; v += 25) {
      out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", pad + v * scale, size - pad + 14, v));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n", pad - 4, size - pad - v * scale + 4, v));
    }
    out.append("</svg>\n</figure>\n");
    Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
    int borderline = 0;
    for (DiagnosticSummary.Person p : people) {
      counts.merge(p.classification().phase(), 1, Integer::sum);
      borderline += p.classification().borderline() ? 1 : 0;
    }
    out.append("<table><tr><th class=\"text\">").append(esc(t("フェーズ", "Phase"))).append("</th><th>")
        .append(esc(t("人数", "People"))).append("</th><th>").append(esc(t("割合", "Share"))).append("</th></tr>\n");
    for (Phase phase : Phase.values()) {
      int n = counts.getOrDefault(phase, 0);
      out.append("<tr><td class=\"text\">").append(esc(phase.label(lang))).append("</td><td>").append(n)
          .append("</td><td>").append(percent((double) n / people.size())).append("</td></tr>\n");
    }
    out.append("</table>\n<p class=\"note\">").append(esc(String.format(Locale.ROOT,
        t("境界付近（どちらかの得点が基準点から5点未満）：%d 人。", "Borderline (a score within 5 points of its cut point): %d people."),
        borderline))).append("</p>\n");
  }

  // ---- phase mix

  private void phaseMix() {
    section(t("年代別・部署別のフェーズ構成", "Phase mix by generation and by org unit"));
    List<String> phaseNames = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      phaseNames.add(phase.name());
    }
    Map<String, long[]> byGeneration = new TreeMap<>();
    Map<String, long[]> byUnit = new TreeMap<>();
    for (DiagnosticSummary.Person p : people) {
      int phase = p.classification().phase().ordinal();
      p.generation().ifPresent(g -> byGeneration.computeIfAbsent(g.ordinal() + ":" + g.label(lang), k -> new long[4])[phase]++);
      byUnit.computeIfAbsent(p.unit().orElse("-"), k -> new long[4])[phase]++;
    }
    stackedBars(t("年代別", "By generation"), protect(byGeneration, phaseNames, true), true);
    stackedBars(t("部署別（チーム）", "By org unit (team)"), protect(byUnit, phaseNames, false), false);
    legend();
  }

  private ProtectedTable protect(Map<String, long[]> groups, List<String> columns, boolean stripOrder) {
    List<String> rows = new ArrayList<>();
    long[][] counts = new long[groups.size()][];
    int r = 0;
    for (Map.Entry<String, long[]> e : groups.entrySet()) {
      rows.add(stripOrder ? e.getKey().substring(e.getKey().indexOf(':') + 1) : e.getKey());
      counts[r++] = e.getValue();
    }
    return POLICY.protect(rows, columns, counts);
  }

  private void stackedBars(String caption, ProtectedTable table, boolean wideLabels) {
    int label = wideLabels ? 150 : 80;
    int width = 760;
    int barWidth = width - label - 70;
    int rowHeight = 18;
    int height = table.rows().size() * rowHeight + 10;
    out.append(figure(caption + t("（各行の横幅が100%。灰色の斜線は人数不足で非表示）",
        " (each bar is 100%; grey hatching: too few people, not shown)")));
    out.append(svgOpen(width, height, caption));
    out.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        + "<path d=\"M0,6 L6,0\" stroke=\"#adb5bd\"/></pattern></defs>\n");
    for (int r = 0; r < table.rows().size(); r++) {
      int y = 5 + r * rowHeight;
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
          label - 6, y + 12, esc(table.rows().get(r))));
      Optional<Long> total = table.rowTotals().get(r).count();
      boolean anySuppressed = false;
      for (int c = 0; c < table.columns().size(); c++) {
        anySuppressed |= table.cell(r, c).isSuppressed();
      }
      if (total.isEmpty() || anySuppressed) {
        out.append(String.format(Locale.ROOT,
            "<rect class=\"datum suppressed\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"url(#hatch)\" stroke=\"#adb5bd\"/>%n",
            label, y, barWidth, rowHeight - 4));
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"suppressed\">%s</text>%n",
            label + barWidth + 6, y + 12, esc(total.map(n -> "n=" + n + " ").orElse("") + t("一部非表示", "suppressed"))));
        continue;
      }
      double x = label;
      for (int c = 0; c < table.columns().size(); c++) {
        double share = table.share(r, c).orElseThrow();
        out.append(String.format(Locale.ROOT,
            "<rect class=\"datum\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s</title></rect>%n",
            x, y, share * barWidth, rowHeight - 4, PHASE_COLOURS[c], esc(Phase.values()[c].label(lang)), percent(share)));
        x += share * barWidth;
      }
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">n=%d</text>%n", label + barWidth + 6, y + 12, total.get()));
    }
    out.append("</svg>\n</figure>\n");
  }

  private void legend() {
    out.append("<p class=\"note\">");
    for (Phase phase : Phase.values()) {
      out.append(String.format(Locale.ROOT, "<span style=\"color:%s\">■</span> %s　", PHASE_COLOURS[phase.ordinal()], esc(phase.label(lang))));
    }
    out.append("</p>\n");
  }

  // ---- immobile layer

  private void immobileLayer() {
    section(t("不動層", "The immobile layer"));
    List<Segmentation> segmentations = people.stream().map(DiagnosticSummary.Person::segmentation).toList();
    ProtectedTable overall = SegmentCounts.overall(segmentations, POLICY);
    int width = 760;
    int label = 200;
    int rowHeight = 26;
    out.append(figure(t("全体に占める各群の割合（一人が複数の群に当てはまることがあります）",
        "Share of everyone in each group (a person can be in more than one group)")));
    out.append(svgOpen(width, overall.columns().size() * rowHeight + 10, t("不動層の割合", "immobile-layer shares")));
    for (int c = 0; c < overall.columns().size(); c++) {
      int y = 5 + c * rowHeight;
      String name = columnName(overall.columns().get(c));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", label - 6, y + 15, esc(name)));
      Optional<Double> share = overall.share(0, c);
      if (share.isPresent()) {
        out.append(String.format(Locale.ROOT,
            "<rect class=\"datum\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#5c7cfa\"/>%n",
            label, y, share.get() * (width - label - 80), rowHeight - 8));
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
            label + share.get() * (width - label - 80) + 6, y + 15, percent(share.get())));
      } else {
        out.append(String.format(Locale.ROOT, "<rect class=\"datum suppressed\" x=\"%d\" y=\"%d\" width=\"40\" height=\"%d\" fill=\"#e9ecef\"/>%n",
            label, y, rowHeight - 8));
      }
    }
    out.append("</svg>\n</figure>\n<table><tr><th class=\"text\">").append(esc(t("群", "Group"))).append("</th><th class=\"text\">")
        .append(esc(t("ガイドの打ち手", "The guide's remedy"))).append("</th></tr>\n");
    for (ImmobileGroup group : ImmobileGroup.values()) {
      out.append("<tr><td class=\"text\">").append(esc(catalog.immobileGroup(group).names().get(0).text(lang)))
          .append("</td><td class=\"text\">").append(esc(catalog.immobileGroup(group).remedy().text(lang))).append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private String columnName(String column) {
    for (ImmobileGroup group : ImmobileGroup.values()) {
      if (group.name().equals(column)) {
        return catalog.immobileGroup(group).names().get(0).text(lang);
      }
    }
    return t("可動（どの群にも当てはまらない）", "mobile (in no group)");
  }

  // ---- correlation heatmap

  private void heatmap() {
    DiagnosticSummary.SurveyAnalytics a = result.analytics();
    CorrelationMatrix<PearsonTest> matrix = a.correlations();
    section(t("組織サーベイ項目とC/O得点の相関", "Correlations of the engagement items and the C/O scores"));
    int n = matrix.names().size();
    int cell = 54;
    int label = 150;
    int size = label + n * cell + 60;
    out.append(figure(t("ピアソンの相関（対ごとの欠測処理）。＊はホルム法で調整した p < 0.05。",
        "Pearson correlations (pairwise complete). * marks Holm-adjusted p < 0.05.")));
    out.append(svgOpen(size, size, t("相関のヒートマップ", "correlation heatmap")));
    for (int i = 0; i < n; i++) {
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
          label - 4, label + i * cell + cell / 2 + 4, esc(itemName(matrix.names().get(i)))));
      out.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"0\" text-anchor=\"start\" transform=\"translate(%d %d) rotate(-45)\">%s</text>%n",
          label + i * cell + cell / 2, label - 6, esc(itemName(matrix.names().get(i)))));
    }
    int k = 0;
    double[][] adjusted = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        adjusted[i][j] = a.holmAdjustedP().get(k);
        adjusted[j][i] = a.holmAdjustedP().get(k);
        k++;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double r = i == j ? 1 : matrix.r(i, j).orElse(Double.NaN);
        String fill = Double.isNaN(r) ? "#e9ecef" : colour(r);
        out.append(String.format(Locale.ROOT,
            "<rect class=\"datum\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"/>%n",
            label + j * cell, label + i * cell, cell, cell, fill));
        String text = Double.isNaN(r) ? "—" : String.format(Locale.ROOT, "%.2f%s", r, i != j && adjusted[i][j] < 0.05 ? "*" : "");
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
            label + j * cell + cell / 2, label + i * cell + cell / 2 + 4, text));
      }
    }
    out.append("</svg>\n</figure>\n");
    out.append("<p>").append(esc(t("部署単位：未来創造の割合と各項目の部署平均の相関", "Units: correlation of the future-creation share with each item's unit mean")))
        .append(esc(String.format(Locale.ROOT, t("（%d 部署、%d 部署は人数不足で除外）", " (%d units; %d too small, excluded)"),
            a.units().units().size(), a.units().excludedUnits()))).append("</p>\n<table><tr><th class=\"text\">")
        .append(esc(t("項目", "Item"))).append("</th><th>r</th><th>p</th></tr>\n");
    a.units().correlations().forEach((item, test) -> out.append("<tr><td class=\"text\">").append(esc(itemName(item)))
        .append("</td>").append(test.toOptional().map(tt -> String.format(Locale.ROOT, "<td>%+.3f</td><td>%.3g</td>", tt.r(), tt.pValue()))
            .orElse("<td colspan=\"2\" class=\"suppressed\">" + esc(test.problems().isEmpty() ? "" : test.problems().get(0).message(lang)) + "</td>"))
        .append("</tr>\n"));
    out.append("</table>\n");
  }

  private static String colour(double r) {
    double v = Math.max(-1, Math.min(1, r));
    int red = v >= 0 ? 255 : (int) Math.round(255 * (1 + v));
    int blue = v <= 0 ? 255 : (int) Math.round(255 * (1 - v));
    int green = (int) Math.round(255 * (1 - Math.abs(v)));
    return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }

  private String itemName(String item) {
    return switch (item) {
      case "IDENTITY" -> t("アイデンティティ", "identity");
      case "ADAPTABILITY" -> t("アダプタビリティ", "adaptability");
      case "EN_WELLBEING" -> t("ウェルビーイング", "well-being");
      case "EN_FUTURE" -> t("将来の見通し", "future prospects");
      case "EN_CULTURE" -> t("企業文化", "culture");
      case "EN_COLLABORATION" -> t("協働", "collaboration");
      case "EN_CUSTOMER" -> t("顧客への貢献", "customer contribution");
      case "EN_GROWTH" -> t("成長", "growth");
      case "EN_CAREER" -> t("キャリア", "career");
      default -> item;
    };
  }

  // ---- phase × outcomes

  private void outcomes() {
    section(t("フェーズ × 評価・キャリア満足度", "Phase × top rating and career satisfaction"));
    outcomeTable(t("上位評価（S/AAA/AA）の割合", "Share with a top rating (S/AAA/AA)"),
        t("ガイド：未来創造 53.6%、現状停滞 38.6%", "The guide: future creation 53.6%, status-quo stagnation 38.6%"),
        result.analytics().topRatingByPhase());
    outcomeTable(t("キャリアに満足している（4・5）割合", "Share satisfied with their career (4 or 5)"),
        t("ガイド：未来創造 52.0%、現状停滞 34.0%", "The guide: future creation 52.0%, status-quo stagnation 34.0%"),
        result.analytics().satisfactionByPhase());
  }

  private void outcomeTable(String title, String guide, PhaseOutcomeTable table) {
    out.append("<h3>").append(esc(title)).append("</h3>\n");
    int width = 520;
    int label = 150;
    int rowHeight = 24;
    out.append(figure(guide));
    out.append(svgOpen(width, table.rows().size() * rowHeight + 10, title));
    for (int r = 0; r < table.rows().size(); r++) {
      PhaseOutcomeTable.Row row = table.rows().get(r);
      int y = 5 + r * rowHeight;
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", label - 6, y + 14, esc(row.phase().label(lang))));
      if (row.share().isPresent()) {
        double w = row.share().get() * (width - label - 70);
        out.append(String.format(Locale.ROOT, "<rect class=\"datum\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
            label, y, w, rowHeight - 8, PHASE_COLOURS[row.phase().ordinal()]));
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n", label + w + 6, y + 14, percent(row.share().get())));
      } else {
        out.append(String.format(Locale.ROOT, "<rect class=\"datum suppressed\" x=\"%d\" y=\"%d\" width=\"40\" height=\"%d\" fill=\"#e9ecef\"/>%n",
            label, y, rowHeight - 8));
      }
    }
    out.append("</svg>\n</figure>\n<table><tr><th class=\"text\">").append(esc(t("フェーズ", "Phase"))).append("</th><th>")
        .append(esc(t("人数", "People"))).append("</th><th>").append(esc(t("該当", "With outcome"))).append("</th><th>")
        .append(esc(t("割合", "Share"))).append("</th></tr>\n");
    for (PhaseOutcomeTable.Row row : table.rows()) {
      out.append("<tr><td class=\"text\">").append(esc(row.phase().label(lang))).append("</td><td>").append(count(row.people()))
          .append("</td><td>").append(count(row.positive())).append("</td><td>")
          .append(row.share().map(HtmlReport::percent).orElse("<span class=\"suppressed\">" + esc(t("非表示", "suppressed")) + "</span>"))
          .append("</td></tr>\n");
    }
    out.append("</table>\n<p class=\"note\">");
    table.test().toOptional().ifPresent(t -> out.append(esc(String.format(Locale.ROOT,
        t("カイ二乗 %.2f（自由度 %d）、p = %.3g、クラメールのV = %.3f。", "Chi-square %.2f (df %d), p = %.3g, Cramér's V = %.3f. "),
        t.statistic(), t.df(), t.pValue(), t.cramersV()))));
    table.futureCreationVsStagnation().flatMap(Outcome::toOptional).ifPresent(t -> out.append(esc(String.format(Locale.ROOT,
        t("未来創造 %.1f%% 対 現状停滞 %.1f%%：差 %.1f ポイント（95%%信頼区間 %.1f〜%.1f）、p = %.3g。",
            "Future creation %.1f%% vs status-quo stagnation %.1f%%: difference %.1f points (95%% CI %.1f to %.1f), p = %.3g."),
        100 * t.first(), 100 * t.second(), 100 * t.difference(), 100 * t.confidenceInterval().lower(),
        100 * t.confidenceInterval().upper(), t.pValue()))));
    out.append("</p>\n");
  }

  // ---- utilisation

  private void utilisation() {
    UtilisationTable table = result.analytics().utilisation();
    section(t("年代別の人材体現度 (H / M / L) × 人材活用基盤スコア", "Utilisation score by age band and embodiment level (H / M / L)"));
    int width = 560;
    int height = 300;
    int pad = 45;
    double min = 30;
    double max = 80;
    String[] colours = {"#c92a2a", "#e67700", "#1971c2"};
    out.append(figure(t("平均の人材活用基盤スコア。ガイド：C/O体現度が高い層が活用されず、特に30代で下がりやすい。",
        "Mean utilisation score. The guide: people who embody C/O are under-used, especially in their thirties.")));
    out.append(svgOpen(width, height, t("人材活用基盤スコア", "utilisation score")));
    double xStep = (width - 2.0 * pad) / (table.ageBands().size() - 1);
    for (int b = 0; b < table.ageBands().size(); b++) {
      out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          pad + b * xStep, height - pad + 18, esc(band(table.ageBands().get(b)))));
    }
    for (int v = 30; v <= 80; v += 10) {
      double y = height - pad - (v - min) / (max - min) * (height - 2.0 * pad);
      out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e9ecef\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n",
          pad, y, width - pad, y, pad - 4, y + 4, v));
    }
    for (int l = 0; l < table.levels().size(); l++) {
      StringBuilder points = new StringBuilder();
      for (int b = 0; b < table.ageBands().size(); b++) {
        Optional<Double> mean = table.cells().get(b).get(l).mean();
        if (mean.isPresent()) {
          double x = pad + b * xStep;
          double y = height - pad - (mean.get() - min) / (max - min) * (height - 2.0 * pad);
          points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
          out.append(String.format(Locale.ROOT, "<circle class=\"datum\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s %s: %.1f</title></circle>%n",
              x, y, colours[l], esc(band(table.ageBands().get(b))), table.levels().get(l), mean.get()));
        }
      }
      out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
          points.toString().strip(), colours[l]));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" font-weight=\"bold\">%s</text>%n",
          width - pad + 6, pad + 14 * l, colours[l], table.levels().get(l)));
    }
    out.append("</svg>\n</figure>\n<table><tr><th class=\"text\"></th>");
    table.levels().forEach(l -> out.append("<th>").append(l).append("</th>"));
    out.append("</tr>\n");
    for (int b = 0; b < table.ageBands().size(); b++) {
      out.append("<tr><td class=\"text\">").append(esc(band(table.ageBands().get(b)))).append("</td>");
      for (UtilisationTable.Cell cell : table.cells().get(b)) {
        out.append("<td>").append(cell.mean().map(m -> String.format(Locale.ROOT, "%.1f (n=%s)", m, count(cell.people())))
            .orElse("<span class=\"suppressed\">" + esc(t("非表示", "suppressed")) + "</span>")).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  private String band(String band) {
    return lang == Language.JA ? band.replace("s", "代") : band;
  }

  // ---- roadmap

  private void roadmap() {
    Roadmap roadmap = result.roadmap();
    section(t("組織のロードマップ", "The organisation's roadmap"));
    out.append("<p><strong>").append(esc(t("推進の型：", "Approach: "))).append("</strong>")
        .append(esc(catalog.approach(roadmap.approach()).name().text(lang))).append("<br/>")
        .append(esc(roadmap.explanation().text(lang))).append("</p>\n");
    if (!roadmap.risks().isEmpty()) {
      out.append("<ul>");
      roadmap.risks().forEach(r -> out.append("<li>").append(esc(t("リスク：", "Risk: ") + r.text(lang))).append("</li>"));
      out.append("</ul>\n");
    }
    out.append("<table><tr><th class=\"text\">").append(esc(t("層", "Layer"))).append("</th><th class=\"text\">")
        .append(esc(t("現在：", "Now: ") + catalog.rollout().stage(roadmap.currentStage()).names().get(0).text(lang))).append("</th>");
    roadmap.nextStage().ifPresent(next -> out.append("<th class=\"text\">")
        .append(esc(t("次：", "Next: ") + catalog.rollout().stage(next).names().get(0).text(lang))).append("</th>"));
    out.append("</tr>\n");
    for (Layer layer : Layer.values()) {
      out.append("<tr><td class=\"text\">").append(esc(verifyNotNull(catalog.rollout().layers().get(layer), "layer %s", layer).text(lang))).append("</td><td class=\"text\">")
          .append(esc(verifyNotNull(roadmap.currentGoals().get(layer), "goal of %s", layer).text(lang))).append("</td>");
      if (roadmap.nextStage().isPresent()) {
        LocalizedText next = roadmap.nextGoals().get(layer);
        out.append("<td class=\"text\">").append(esc(next == null ? "" : next.text(lang))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
    measures(t("優先する施策（対個人）", "Prioritised measures, individual-facing"), roadmap.individualFacing());
    measures(t("優先する施策（対組織）", "Prioritised measures, organisation-facing"), roadmap.organisationFacing());
    out.append("<h3>").append(esc(t("追う指標", "Indicators to track"))).append("</h3>\n<ul>\n");
    roadmap.indicators().forEach(i -> out.append("<li>")
        .append(esc((i.direction() == Direction.INCREASE ? t("↑ 増やす：", "↑ raise: ") : t("↓ 減らす：", "↓ lower: "))
            + i.name().text(lang)
            + i.baseline().map(b -> String.format(Locale.ROOT, t("（現在 %.1f%%）", " (now %.1f%%)"), 100 * b)).orElse("")))
        .append("</li>\n"));
    out.append("</ul>\n");
  }

  private void measures(String title, List<Recommendation> recommendations) {
    out.append("<h3>").append(esc(title)).append("</h3>\n<ol>\n");
    for (Recommendation r : recommendations) {
      out.append("<li>").append(esc(name(r.measure()))).append(String.format(Locale.ROOT, " <span class=\"note\">(%.3f)</span>", r.score()))
          .append("</li>\n");
    }
    out.append("</ol>\n");
  }

  private String name(MeasureId id) {
    return catalog.measure(id).orElseThrow().name().text(lang);
  }

  // ---- helpers

  private void section(String title) {
    out.append("<h2>").append(esc(title)).append("</h2>\n");
  }

  private String figure(String caption) {
    return "<figure>\n<figcaption>" + esc(caption) + "</figcaption>\n";
  }

  private static String svgOpen(int width, int height, String label) {
    return String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
        width, height, width, height, esc(label));
  }

  private String count(ProtectedCount count) {
    return count.count().map(String::valueOf).orElse("<span class=\"suppressed\">" + esc(t("非表示", "<5")) + "</span>");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private String t(String ja, String en) {
    return lang == Language.JA ? ja : en;
  }

  /** Escapes text for XML content and attributes. */
  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
