package org.careerownership.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.CatalogOverlay;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.MeasureCategory;
import org.careerownership.core.catalog.MeasureId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class OverlayTest {

  private static final CatalogSource FIXTURES = CatalogSource.classpath(OverlayTest.class, "/overlays");
  private static final Catalog GUIDE = Catalogs.bundled();

  @Nested
  final class Applied {
    private final Catalog acme = Catalogs.withOverlay(GUIDE, FIXTURES, "acme.json");

    @Test
    void addsTheHostsMeasuresAfterTheGuides() {
      MeasureId added = MeasureId.of("acme-mentoring-circle");
      assertEquals(GUIDE.measures().size() + 1, acme.measures().size());
      assertEquals(added, acme.measures().get(acme.measures().size() - 1).id());
      assertTrue(acme.measures(MeasureCategory.DIALOGUE_CULTURE).stream().anyMatch(m -> m.id().equals(added)));
      assertTrue(acme.measuresFor(ImmobileGroup.GROWTH_GAP).stream().anyMatch(m -> m.id().equals(added)));
    }

    @Test
    void renamesKeepIdFamilyAndCategory() {
      var renamed = acme.measure(MeasureId.of("use-career-cafe")).orElseThrow();
      var original = GUIDE.measure(MeasureId.of("use-career-cafe")).orElseThrow();
      assertEquals(LocalizedText.of("ACMEキャリアカフェの活用", "Using the ACME career cafe"), renamed.name());
      assertEquals(original.family(), renamed.family());
      assertEquals(original.category(), renamed.category());
    }

    @Test
    void disabledMeasuresStayForDisplayButAreNeverOffered() {
      MeasureId awards = MeasureId.of("internal-awards");
      assertTrue(acme.measure(awards).isPresent());
      assertFalse(acme.enabled(awards));
      assertTrue(GUIDE.enabled(awards));
      assertFalse(acme.enabledMeasures().stream().anyMatch(m -> m.id().equals(awards)));
      assertFalse(acme.measures(MeasureCategory.CHALLENGE_CULTURE).stream().anyMatch(m -> m.id().equals(awards)));
      assertEquals(GUIDE.enabledMeasures().size() + 1 - 2, acme.enabledMeasures().size());
    }

    @Test
    void mapsProgrammeIdsToMeasures() {
      assertEquals(MeasureId.of("career-elearning"), acme.programme("HR-017").orElseThrow().id());
      assertEquals(MeasureId.of("acme-mentoring-circle"), acme.programme("HR-101").orElseThrow().id());
      assertEquals(Optional.empty(), acme.programme("HR-999"));
      assertEquals(Optional.empty(), GUIDE.programme("HR-017"));
    }

    @Test
    void leavesTheGuidesTablesUntouched() {
      assertEquals(GUIDE.generations(), acme.generations());
      assertEquals(GUIDE.rollout(), acme.rollout());
    }
  }

  @Nested
  final class Rejected {
    @Test
    void everyProblemOfABrokenOverlayIsReportedWithItsPath() {
      CatalogException e =
          assertThrows(CatalogException.class, () -> Catalogs.withOverlay(GUIDE, FIXTURES, "broken.json"));
      assertEquals(
          List.of(
              "catalog.unknown-field broken.json $.colour",
              "catalog.duplicate-id broken.json $.addMeasures[0].id",
              "catalog.empty-text broken.json $.addMeasures[1].name.ja",
              "catalog.duplicate-id broken.json $.programmes[1].programme",
              "catalog.unknown-reference broken.json $.renameMeasures[0].measure",
              "catalog.unknown-reference broken.json $.disableMeasures[1]",
              "catalog.unknown-reference broken.json $.programmes[2].measure"),
          e.problems().stream().map(OverlayTest::describe).toList());
      assertEquals("the base catalog", e.problems().get(1).arguments().get("first"));
    }

    @Test
    void aMissingOrMalformedOverlayIsReported() {
      CatalogSource files =
          CatalogSource.of(Map.of("bad.json", "{\"format\": \"co-catalog-overlay/1\", \"id\": "));
      assertEquals(
          ProblemCode.CATALOG_MALFORMED_JSON,
          assertThrows(CatalogException.class, () -> Catalogs.withOverlay(GUIDE, files, "bad.json"))
              .problems().get(0).code());
      assertEquals(
          ProblemCode.CATALOG_MISSING_FILE,
          assertThrows(CatalogException.class, () -> Catalogs.withOverlay(GUIDE, files, "none.json"))
              .problems().get(0).code());
    }

    @Test
    void aWrongFormatIsReported() {
      CatalogSource files = CatalogSource.of(Map.of("o.json", "{\"format\": \"co-catalog/1\", \"id\": \"x\"}"));
      CatalogException e = assertThrows(CatalogException.class, () -> Catalogs.withOverlay(GUIDE, files, "o.json"));
      assertEquals(ProblemCode.CATALOG_INVALID_VALUE, e.problems().get(0).code());
    }

    @Test
    void programmaticOverlaysAreValidatedToo() {
      CatalogOverlay dangling =
          new CatalogOverlay("x", List.of(), List.of(), List.of(MeasureId.of("ghost")), List.of());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GUIDE.withOverlay(dangling));
      assertTrue(e.getMessage().contains("ghost"), e.getMessage());
    }
  }

  @Test
  void anEmptyOverlayChangesNothing() {
    CatalogSource files = CatalogSource.of(Map.of("o.json", "{\"format\": \"co-catalog-overlay/1\", \"id\": \"none\"}"));
    assertEquals(GUIDE, Catalogs.withOverlay(GUIDE, files, "o.json"));
  }

  private static String describe(Problem p) {
    return p.code().id() + " " + p.location().record().orElse("?") + " " + p.location().field().orElse("?");
  }
}
