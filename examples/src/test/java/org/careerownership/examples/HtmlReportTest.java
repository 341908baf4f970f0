package org.careerownership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report's structure: well-formed, every section present, every chart with data, both languages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class HtmlReportTest {
  private DiagnosticSummary.Result result;

  @BeforeAll
  void analyseTheCompany() {
    result = Company.result();
  }


  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyChartHasDataAndEverySectionIsThere() throws Exception {
    for (Language language : Language.values()) {
      String html = HtmlReport.render(result, Catalogs.bundled(), language);
      Document doc = parse(html);
      assertEquals(7, doc.getElementsByTagNameNS("*", "h2").getLength(), "sections");
      NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
      assertEquals(10, svgs.getLength(), "charts");
      for (int i = 0; i < svgs.getLength(); i++) {
        Element svg = (Element) svgs.item(i);
        int data = 0;
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int k = 0; k < all.getLength(); k++) {
          if (((Element) all.item(k)).getAttribute("class").contains("datum")) {
            data++;
          }
        }
        assertTrue(data > 0, "chart '" + svg.getAttribute("aria-label") + "' has no data");
      }
      assertFalse(html.contains("<script"), "no script");
      assertFalse(html.replace("http://www.w3.org/", "").contains("http"), "no network reference");
    }
  }

  @Test
  void theQuadrantsShowEveryPhaseAndSmallTeamsAreMarkedNotShown() throws Exception {
    String html = HtmlReport.render(result, Catalogs.bundled(), Language.EN);
    Document doc = parse(html);
    Element quadrants = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").item(0);
    int cells = 0;
    NodeList rects = quadrants.getElementsByTagNameNS("*", "rect");
    for (int k = 0; k < rects.getLength(); k++) {
      cells += ((Element) rects.item(k)).getAttribute("class").contains("datum") ? 1 : 0;
    }
    assertEquals(4, cells, "one quadrant per phase");
    assertTrue(quadrants.getTextContent().contains("1455"), "future creation's count");
    assertTrue(html.contains(">D1-1-X<") && html.contains(">D2-1-Y<"), "tiny teams listed");
    int suppressedBars = html.split("class=\"datum suppressed\"", -1).length - 1;
    assertTrue(suppressedBars >= 2, "tiny teams drawn as suppressed: " + suppressedBars);
  }

  @Test
  void aWithheldNumberIsOneNeutralMarkInBothLanguages() {
    for (Language language : Language.values()) {
      String html = HtmlReport.render(result, Catalogs.bundled(), language);
      assertFalse(html.contains("&lt;5") || html.contains("<5"), "a bound is shown");
      java.util.regex.Matcher marks = java.util.regex.Pattern.compile("<span class=\"suppressed\">([^<]*)</span>").matcher(html);
      int found = 0;
      while (marks.find()) {
        found++;
        assertEquals(DiagnosticSummary.suppressed(language), marks.group(1));
      }
      assertTrue(found > 50, "marks: " + found);
    }
  }

  @Test
  void theJsonHoldsTheReleaseAndTheResultsReadFromIt() {
    JsonNode json = JsonMapper.builder().build().readTree(ReportJson.write(result));
    assertEquals(result.rows().size(), json.get("rowsRead").asLong());
    JsonNode release = json.get("release");
    assertEquals(result.report().release().cells().size(), release.get("cells").size());
    assertEquals(result.report().release().relations().size(), release.get("relations").size());
    long people = result.rows().stream().filter(o -> o.succeeded()).count();
    assertEquals(people, release.get("cells").valueStream()
        .filter(c -> c.get("unit").asString().equals(ReportRelease.ROOT) && c.get("categories").isEmpty())
        .findFirst().orElseThrow().get("count").asLong());
    assertTrue(release.get("dimensions").get(0).get("categories").get(0).get("label").has("ja"), "labels in both languages");
    assertEquals(9, json.get("analytics").get("correlations").get("names").size());
    assertEquals(4, json.get("analytics").get("topRatingByPhase").get("rows").size());
    assertTrue(json.get("roadmap").get("indicators").size() > 0);
  }
}
