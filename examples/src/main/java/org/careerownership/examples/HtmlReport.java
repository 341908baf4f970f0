package org.careerownership.examples;

import static com.google.common.base.Verify.verifyNotNull;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.PearsonTest;
import org.careerownership.analytics.groups.PhaseOutcomeTable;
import org.careerownership.analytics.release.Category;
import org.careerownership.analytics.release.Dimensions;
import org.careerownership.core.Language;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Outcome;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.Layer;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.org.OrgUnit;
import org.careerownership.core.org.UnitId;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.plan.Direction;
import org.careerownership.core.plan.Roadmap;
import org.careerownership.core.policy.Recommendation;

/**
 * Renders the main example's results as one self-contained HTML page: inline SVG charts and tables, no
 * script, no network, well-formed XML (so a test can parse it). Every chart's data marks carry the class
 * {@code datum}. Every number about a group of people is read from the report's release; a number the
 * release withholds is drawn as a hatched gap or written as one neutral mark ({@code suppressed} /
 * {@code 非表示}, class {@code suppressed}), whatever its size — never as a value, a bound or a reason.
 *
 * <pre>{@code
 * String html = HtmlReport.render(result, Catalogs.bundled(), Language.JA);
 * }</pre>
 */
final class HtmlReport {
  private static final String[] PHASE_COLOURS = {"#2b8a3e", "#e67700", "#1971c2", "#868e96"};
  private static final String[] GENERATION_COLOURS = {"#74c0fc", "#1c7ed6", "#0b3d91", "#ced4da"};
  private static final String[] GROUP_COLOURS = {"#2b8a3e", "#f08c00", "#5c7cfa", "#ae3ec9"};
  private static final String HATCH = "<defs><pattern id=\"%s\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
      + "<rect width=\"6\" height=\"6\" fill=\"#f1f3f5\"/><path d=\"M0,6 L6,0\" stroke=\"#868e96\"/></pattern></defs>%n";

  private final DiagnosticSummary.Result result;
  private final ReportRelease report;
  private final Catalog catalog;
  private final Language lang;
  private final StringBuilder out = new StringBuilder(1 << 20);
  private int hatches;

  private HtmlReport(DiagnosticSummary.Result result, Catalog catalog, Language lang) {
    this.result = result;
    this.report = result.report();
    this.catalog = catalog;
    this.lang = lang;
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
        .append(".suppressed{color:#868e96;font-style:italic}.note{font-size:.9em;color:#495057}")
        .append(".protection{border-left:4px solid #adb5bd;padding:.4em .8em;background:#f8f9fa}")
        .append("svg text{font-size:11px}\n</style>\n</head>\n<body>\n");
    out.append("<h1>").append(esc(t("キャリアオーナーシップ レポート（合成データの企業）",
        "Career ownership report (a synthetic company)"))).append("</h1>\n");
    long ok = result.rows().stream().filter(Outcome::succeeded).count();
    out.append("<p>").append(esc(String.format(Locale.ROOT, t("読込 %d 行、集計 %s 人、エラー %d 行。",
        "%d rows read, %s people counted, %d rows with errors."),
        result.rows().size(), report.count(Map.of()).map(String::valueOf).orElse(DiagnosticSummary.suppressed(lang)),
        result.rows().size() - ok))).append("</p>\n");
    out.append("<p class=\"protection\">").append(esc(String.format(Locale.ROOT, t(
        "集団についての数値はすべて、一つのリリース（report.json の release）から取っています。1〜%d 人の数は表示せず、"
            + "さらに、表示したすべての数値を組み合わせても伏せた数が幅 %d 未満に絞り込めないよう、追加で伏せています。",
        "Every number about a group of people on this page comes from one release (the release in report.json). "
            + "No count of 1 to %d people is shown, and further numbers are withheld so that no withheld count can be "
            + "narrowed to a range narrower than %d from everything published together."),
        report.release().rule().minimumCount() - 1, report.release().rule().protectionWidth())))
        .append(" ").append(mark()).append(esc(t("（斜線）は伏せた数を表し、その大きさは問いません。",
            " (hatched in charts) marks a withheld number, which may be of any size."))).append("</p>\n");
    scores();
    phaseMix();
    immobileLayer();
    heatmap();
    outcomes();
    utilisation();
    roadmap();
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** Returns the one neutral mark of a withheld number. */
  private String mark() {
    return "<span class=\"suppressed\">" + esc(DiagnosticSummary.suppressed(lang)) + "</span>";
  }

  private String count(Optional<Long> count) {
    return count.map(String::valueOf).orElse(mark());
  }

  private String share(Optional<Double> share) {
    return share.map(HtmlReport::percent).orElse(mark());
  }

  /** Opens a chart and returns the id of its hatch pattern (ids are unique on the page). */
  private String hatch() {
    String id = "hatch" + hatches++;
    out.append(String.format(Locale.ROOT, HATCH, id));
    return id;
  }

  private String hatchedRect(String pattern, double x, double y, double width, double height) {
    return String.format(Locale.ROOT,
        "<rect class=\"datum suppressed\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"url(#%s)\" stroke=\"#adb5bd\"><title>%s</title></rect>%n",
        x, y, width, height, pattern, esc(DiagnosticSummary.suppressed(lang)));
  }

  // ---- identity × adaptability

  private void scores() {
    section(t("アイデンティティ × アダプタビリティ", "Identity × adaptability"));
    int pad = 60;
    int side = 200;
    int size = 2 * pad + 2 * side;
    out.append(figure(t("四つのフェーズ（基準点 50/50）。各象限に人数、全社に占める割合、境界付近（どちらかの得点が基準点から5点未満）の人数。",
        "The four phases (cut points 50/50). Each quadrant: its people, their share of the company, and how many are "
            + "borderline (a score within 5 points of its cut point).")));
    out.append(svgOpen(size, size, t("フェーズの4象限", "the four phase quadrants")));
    String pattern = hatch();
    for (Phase phase : Phase.values()) {
      int x = pad + (phase.highAdaptability() ? side : 0);
      int y = pad + (phase.highIdentity() ? 0 : side);
      Map<String, String> cut = Map.of("phase", Dimensions.categoryId(phase));
      Optional<Long> n = report.count(cut);
      if (n.isPresent()) {
        out.append(String.format(Locale.ROOT,
            "<rect class=\"datum\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"#fff\"/>%n",
            x, y, side, side, PHASE_COLOURS[phase.ordinal()], 0.15 + 0.7 * report.share(cut, Map.of()).orElse(0.0)));
      } else {
        out.append(hatchedRect(pattern, x, y, side, side));
      }
      int cx = x + side / 2;
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"%s\">%s</text>%n",
          cx, y + side / 2 - 22, PHASE_COLOURS[phase.ordinal()], esc(phase.label(lang))));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" style=\"font-size:18px\">%s</text>%n",
          cx, y + side / 2 + 4, esc(n.map(v -> v + t(" 人", "")).orElse(DiagnosticSummary.suppressed(lang)))));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          cx, y + side / 2 + 24, esc(report.share(cut, Map.of()).map(HtmlReport::percent).orElse(""))));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          cx, y + side / 2 + 44, esc(t("境界付近 ", "borderline ") + report.count(Map.of("phase", Dimensions.categoryId(phase),
              ReportRelease.BORDERLINE, "borderline")).map(String::valueOf).orElse(DiagnosticSummary.suppressed(lang)))));
    }
    int mid = pad + side;
    out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#495057\" stroke-dasharray=\"4 3\"/>%n",
        mid, pad, mid, size - pad));
    out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#495057\" stroke-dasharray=\"4 3\"/>%n",
        pad, mid, size - pad, mid));
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s →</text>%n",
        size / 2, size - pad + 36, esc(org.careerownership.core.instrument.Scale.ADAPTABILITY.label(lang))));
    out.append(String.format(Locale.ROOT, "<text x=\"24\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 24 %d)\">%s →</text>%n",
        size / 2, size / 2, esc(org.careerownership.core.instrument.Scale.IDENTITY.label(lang))));
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">50</text>%n", mid, size - pad + 16));
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">50</text>%n", pad - 4, mid + 4));
    out.append("</svg>\n</figure>\n");
    out.append("<table><tr><th class=\"text\">").append(esc(t("フェーズ", "Phase"))).append("</th><th>")
        .append(esc(t("人数", "People"))).append("</th><th>").append(esc(t("割合", "Share"))).append("</th><th>")
        .append(esc(t("境界付近", "Borderline"))).append("</th></tr>\n");
    for (Phase phase : Phase.values()) {
      Map<String, String> cut = Map.of("phase", Dimensions.categoryId(phase));
      out.append("<tr><td class=\"text\">").append(esc(phase.label(lang))).append("</td><td>").append(count(report.count(cut)))
          .append("</td><td>").append(share(report.share(cut, Map.of()))).append("</td><td>")
          .append(count(report.count(Map.of("phase", Dimensions.categoryId(phase), ReportRelease.BORDERLINE, "borderline"))))
          .append("</td></tr>\n");
    }
    Map<String, String> borderline = Map.of(ReportRelease.BORDERLINE, "borderline");
    out.append("</table>\n<p class=\"note\">").append(esc(t("境界付近（どちらかの得点が基準点から5点未満）：",
        "Borderline (a score within 5 points of its cut point): "))).append(count(report.count(borderline)))
        .append(esc(t(" 人（", " people ("))).append(share(report.share(borderline, Map.of()))).append(esc(t("）。", ")."))).append("</p>\n");
  }

  // ---- phase mix

  private void phaseMix() {
    section(t("年代別・部署別のフェーズ構成", "Phase mix by generation and by org unit"));
    List<String> phases = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      phases.add(Dimensions.categoryId(phase));
    }
    List<Bar> byGeneration = new ArrayList<>();
    for (Category g : report.categories("generation")) {
      if (report.count(Map.of("generation", g.id())).map(n -> n > 0).orElse(true)) {
        byGeneration.add(new Bar(g.label().text(lang), 0, report.root(), Map.of("generation", g.id())));
      }
    }
    stackedBars(t("年代別（全社）", "By generation (the whole company)"), byGeneration, "phase", phases, PHASE_COLOURS, 150);
    stackedBars(t("部署別（全社・事業部・部・チーム）", "By org unit (company, divisions, departments, teams)"),
        unitBars(), "phase", phases, PHASE_COLOURS, 150);
    legend(Phase.values().length, i -> Phase.values()[i].label(lang), PHASE_COLOURS);
    List<Category> generations = report.categories("generation");
    stackedBars(t("部署別の年代構成", "Generation mix by org unit"), unitBars(), "generation",
        generations.stream().map(Category::id).toList(), GENERATION_COLOURS, 150);
    legend(generations.size(), i -> generations.get(i).label().text(lang), GENERATION_COLOURS);
  }

  /** One bar of a stacked chart: its label, indent, unit and cut. */
  private record Bar(String label, int indent, UnitId unit, Map<String, String> cut) {}

  private List<Bar> unitBars() {
    List<Bar> bars = new ArrayList<>();
    for (OrgUnit unit : report.org().units()) {
      int depth = report.org().levelIndex(report.org().index(unit.id()));
      bars.add(new Bar(report.unitName(unit.id(), lang), depth, unit.id(), Map.of()));
    }
    return bars;
  }

  private void stackedBars(String caption, List<Bar> bars, String dimension, List<String> categories, String[] colours, int label) {
    int width = 820;
    int barWidth = width - label - 110;
    int rowHeight = 18;
    int height = bars.size() * rowHeight + 10;
    out.append(figure(caption + t("（各行の横幅が100%。斜線は伏せた数）", " (each bar is 100%; hatched: withheld)")));
    out.append(svgOpen(width, height, caption));
    String pattern = hatch();
    for (int r = 0; r < bars.size(); r++) {
      Bar bar = bars.get(r);
      int y = 5 + r * rowHeight;
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", 4 + 12 * bar.indent(), y + 12, esc(bar.label())));
      Optional<Long> total = report.count(bar.unit(), bar.cut());
      if (total.isEmpty() || total.get() == 0) {
        out.append(hatchedRect(pattern, label, y, barWidth, rowHeight - 4));
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"suppressed\">%s</text>%n",
            label + barWidth + 6, y + 12, esc(total.isEmpty() ? DiagnosticSummary.suppressed(lang) : "n=0")));
        continue;
      }
      double x = label;
      long shown = 0;
      for (int c = 0; c < categories.size(); c++) {
        Map<String, String> cut = new java.util.HashMap<>(bar.cut());
        cut.put(dimension, categories.get(c));
        Optional<Long> n = report.count(bar.unit(), cut);
        if (n.isEmpty()) {
          continue;
        }
        shown += n.get();
        double share = (double) n.get() / total.get();
        out.append(String.format(Locale.ROOT,
            "<rect class=\"datum\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s — %s: %d (%s)</title></rect>%n",
            x, y, share * barWidth, rowHeight - 4, colours[c], esc(bar.label()),
            esc(report.label(dimension, categories.get(c), lang)), n.get(), percent(share)));
        x += share * barWidth;
      }
      if (shown < total.get()) {
        // What the shown counts leave over: the withheld counts together, as one gap of their total.
        out.append(hatchedRect(pattern, x, y, (double) (total.get() - shown) / total.get() * barWidth, rowHeight - 4));
      }
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">n=%d</text>%n", label + barWidth + 6, y + 12, total.get()));
    }
    out.append("</svg>\n</figure>\n");
  }

  private void legend(int n, java.util.function.IntFunction<String> name, String[] colours) {
    out.append("<p class=\"note\">");
    for (int i = 0; i < n; i++) {
      out.append(String.format(Locale.ROOT, "<span style=\"color:%s\">■</span> %s　", colours[i], esc(name.apply(i))));
    }
    out.append(esc(t("斜線：伏せた数", "hatched: withheld"))).append("</p>\n");
  }

  // ---- immobile layer

  private void immobileLayer() {
    section(t("不動層", "The immobile layer"));
    List<Category> groups = report.categories("immobile-layer");
    int width = 760;
    int label = 220;
    int rowHeight = 26;
    out.append(figure(t("全社に占める各群の割合（各人を主な群に数えます）",
        "Share of the whole company in each group (each person counted in their primary group)")));
    out.append(svgOpen(width, groups.size() * rowHeight + 10, t("不動層の割合", "immobile-layer shares")));
    String pattern = hatch();
    for (int c = 0; c < groups.size(); c++) {
      int y = 5 + c * rowHeight;
      Map<String, String> cut = Map.of("immobile-layer", groups.get(c).id());
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", label - 6, y + 15,
          esc(groups.get(c).label().text(lang))));
      Optional<Double> share = report.share(cut, Map.of());
      if (share.isPresent()) {
        out.append(String.format(Locale.ROOT,
            "<rect class=\"datum\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
            label, y, share.get() * (width - label - 80), rowHeight - 8, GROUP_COLOURS[c]));
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
            label + share.get() * (width - label - 80) + 6, y + 15, percent(share.get())));
      } else {
        out.append(hatchedRect(pattern, label, y, 40, rowHeight - 8));
      }
    }
    out.append("</svg>\n</figure>\n<table><tr><th class=\"text\">").append(esc(t("群", "Group"))).append("</th><th class=\"text\">")
        .append(esc(t("ガイドの打ち手", "The guide's remedy"))).append("</th></tr>\n");
    for (ImmobileGroup group : ImmobileGroup.values()) {
      out.append("<tr><td class=\"text\">").append(esc(catalog.immobileGroup(group).names().get(0).text(lang)))
          .append("</td><td class=\"text\">").append(esc(catalog.immobileGroup(group).remedy().text(lang))).append("</td></tr>\n");
    }
    out.append("</table>\n<h3>").append(esc(t("部署別（全階層）", "By org unit (every level)"))).append("</h3>\n");
    out.append("<table><tr><th class=\"text\">").append(esc(t("部署", "Unit"))).append("</th><th>").append(esc(t("人数", "People")))
        .append("</th>");
    groups.forEach(g -> out.append("<th>").append(esc(g.label().text(lang))).append("</th>"));
    out.append("</tr>\n");
    for (OrgUnit unit : report.org().units()) {
      int depth = report.org().levelIndex(report.org().index(unit.id()));
      out.append("<tr><td class=\"text\" style=\"padding-left:").append(0.6 + 1.2 * depth).append("em\">")
          .append(esc(report.unitName(unit.id(), lang))).append("</td><td>").append(count(report.count(unit.id(), Map.of())))
          .append("</td>");
      for (Category g : groups) {
        Map<String, String> cut = Map.of("immobile-layer", g.id());
        Optional<Long> n = report.count(unit.id(), cut);
        out.append("<td>").append(count(n)).append(n.isPresent() ? report.release().share(unit.id(), cut, Map.of())
            .map(s -> " <span class=\"note\">(" + percent(s) + ")</span>").orElse("") : "").append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
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
    out.append(figure(t("全社の回答者全員でのピアソンの相関（対ごとの欠測処理、集団で分けない）。＊はホルム法で調整した p < 0.05。",
        "Pearson correlations over every person in the company (pairwise complete; no group cut). * marks Holm-adjusted p < 0.05.")));
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
    out.append("<p>").append(esc(t("チーム単位：未来創造の割合と各項目のチーム平均の相関", "Teams: correlation of the future-creation share with each item's team mean")))
        .append(esc(String.format(Locale.ROOT, t("（リリースが割合を示す %d チーム。%d チームは数値を伏せたため除外）",
            " (the %d teams whose share the release shows; %d teams withheld, excluded)"),
            a.units().units().size(), a.units().excludedUnits()))).append("</p>\n<table><tr><th class=\"text\">")
        .append(esc(t("項目", "Item"))).append("</th><th>r</th><th>p</th><th>").append(esc(t("チーム数", "Teams"))).append("</th></tr>\n");
    a.units().correlations().forEach((item, test) -> out.append("<tr><td class=\"text\">").append(esc(itemName(item)))
        .append("</td>").append(test.toOptional().map(tt -> String.format(Locale.ROOT, "<td>%+.3f</td><td>%.3g</td><td>%d</td>", tt.r(), tt.pValue(), tt.n()))
            .orElse("<td colspan=\"3\" class=\"suppressed\">" + esc(test.problems().isEmpty() ? "" : test.problems().get(0).message(lang)) + "</td>"))
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
    section(t("フェーズ × 施策の利用・評価・キャリア満足度", "Phase × measures used, top rating and career satisfaction"));
    outcomeTable(t("C/O施策を利用した割合", "Share who used a C/O measure"),
        t("直近の期間に1つ以上のC/O施策を利用した人の割合", "People who used one or more C/O measures in the recent window"),
        result.analytics().usageByPhase());
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
    String pattern = hatch();
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
        out.append(hatchedRect(pattern, label, y, 40, rowHeight - 8));
      }
    }
    out.append("</svg>\n</figure>\n<table><tr><th class=\"text\">").append(esc(t("フェーズ", "Phase"))).append("</th><th>")
        .append(esc(t("人数", "People"))).append("</th><th>").append(esc(t("該当", "With outcome"))).append("</th><th>")
        .append(esc(t("割合", "Share"))).append("</th></tr>\n");
    for (PhaseOutcomeTable.Row row : table.rows()) {
      out.append("<tr><td class=\"text\">").append(esc(row.phase().label(lang))).append("</td><td>").append(count(row.people()))
          .append("</td><td>").append(count(row.positive())).append("</td><td>").append(share(row.share()))
          .append("</td></tr>\n");
    }
    out.append("</table>\n<p class=\"note\">");
    table.test().toOptional().ifPresentOrElse(t -> out.append(esc(String.format(Locale.ROOT,
        t("カイ二乗 %.2f（自由度 %d）、p = %.3g、クラメールのV = %.3f。", "Chi-square %.2f (df %d), p = %.3g, Cramér's V = %.3f. "),
        t.statistic(), t.df(), t.pValue(), t.cramersV()))),
        () -> out.append(esc(table.test().problems().get(0).message(lang))).append(" "));
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
          double y = height - pad - (Math.max(min, Math.min(max, mean.get())) - min) / (max - min) * (height - 2.0 * pad);
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
        out.append("<td>").append(cell.mean().map(m -> String.format(Locale.ROOT, "%.1f", m)).orElse(mark()))
            .append(" (n=").append(count(cell.people())).append(")</td>");
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
    section(t("組織のロードマップ", "The organisation's roadmap"));
    if (result.roadmap().isEmpty()) {
      out.append("<p>").append(esc(t("リリースが全社の人数を伏せているため、割合からロードマップを立てられません。",
          "No roadmap: the release withholds the company's total, so no share can be read from it."))).append("</p>\n");
      return;
    }
    Roadmap roadmap = result.roadmap().get();
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
