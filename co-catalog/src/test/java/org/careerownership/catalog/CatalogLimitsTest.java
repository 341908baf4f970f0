package org.careerownership.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** Each catalog limit admits a file at its boundary and refuses one beyond it, naming file and limit. */
final class CatalogLimitsTest {
  private static final String OVERLAY =
      "{\"format\":\"co-catalog-overlay/1\",\"id\":\"acme\",\"disableMeasures\":[\"use-career-cafe\"]}";

  private static Catalog overlay(String json, CatalogLimits limits) {
    return Catalogs.withOverlay(Catalogs.bundled(), CatalogSource.of(Map.of("o.json", json)), "o.json", limits);
  }

  private static Problem refused(String json, CatalogLimits limits) {
    CatalogException e = assertThrows(CatalogException.class, () -> overlay(json, limits));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem problem = e.problems().get(0);
    assertEquals(Optional.of("o.json"), problem.location().record());
    return problem;
  }

  private static void assertLimit(Problem problem, String limit, long maximum) {
    assertEquals(ProblemCode.LIMIT_EXCEEDED, problem.code());
    assertEquals(Map.of("limit", limit, "maximum", Long.toString(maximum)), problem.arguments());
  }

  @Test
  void bytes() {
    int size = OVERLAY.getBytes(StandardCharsets.UTF_8).length;
    overlay(OVERLAY, CatalogLimits.standard().withMaxBytes(size));
    assertLimit(refused(OVERLAY, CatalogLimits.standard().withMaxBytes(size - 1)), "maxBytes", size - 1);
  }

  @Test
  void depth() {
    // The overlay is 2 deep (an object holding an array).
    overlay(OVERLAY, CatalogLimits.standard().withMaxDepth(2));
    assertLimit(refused(OVERLAY, CatalogLimits.standard().withMaxDepth(1)), "maxDepth", 1);
    // The default refuses a hostile nesting long before it costs a stack.
    assertLimit(refused("[".repeat(100_000), CatalogLimits.standard()), "maxDepth", 64);
  }

  @Test
  void stringLength() {
    overlay(OVERLAY, CatalogLimits.standard().withMaxStringLength("co-catalog-overlay/1".length()));
    assertLimit(refused(OVERLAY, CatalogLimits.standard().withMaxStringLength(19)), "maxStringLength", 19);
    String huge = "{\"format\":\"" + "x".repeat(200_000) + "\"}";
    assertLimit(refused(huge, CatalogLimits.standard()), "maxStringLength", 100_000);
  }

  @Test
  void wholeCatalogsAreReadWithinTheLimitsToo() {
    CatalogException e = assertThrows(CatalogException.class,
        () -> Catalogs.load(Catalogs.bundledSource(), CatalogLimits.standard().withMaxBytes(10_000)));
    assertTrue(e.problems().stream().allMatch(p -> p.code() == ProblemCode.LIMIT_EXCEEDED
        || p.code() == ProblemCode.CATALOG_INCOMPLETE), e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.location().record().equals(Optional.of("frame.json"))),
        e.getMessage());
  }

  @Test
  void filesThatAreNotUtf8AreMalformedNotUnreadable() {
    // Found by CatalogFuzzTest: Jackson guessed UTF-32 from leading zero bytes and failed with an I/O error.
    byte[] utf32ish = "\0\0\0\0\0\0\0{\"format\":\"co-catalog-overlay/1\"}".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "{\"format\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    for (byte[] bytes : java.util.List.of(utf32ish, latin1)) {
      CatalogSource source = new CatalogSource() {
        @Override
        public Optional<java.io.InputStream> open(String name) {
          return Optional.of(new java.io.ByteArrayInputStream(bytes));
        }

        @Override
        public String describe() {
          return "bytes";
        }
      };
      CatalogException e = assertThrows(CatalogException.class,
          () -> Catalogs.withOverlay(Catalogs.bundled(), source, "o.json"));
      assertEquals(ProblemCode.CATALOG_MALFORMED_JSON, e.problems().get(0).code(), e.getMessage());
    }
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertEquals(new CatalogLimits(16L * 1024 * 1024, 64, 100_000), CatalogLimits.standard());
    assertThrows(IllegalArgumentException.class, () -> CatalogLimits.standard().withMaxDepth(0));
  }
}
