package org.careerownership.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.careerownership.core.catalog.Catalog;

/**
 * Fuzz targets for catalog and overlay loading. Contract: any bytes in any file either load into a valid
 * catalog or raise a {@link CatalogException} listing problems, each with its file; never another
 * exception, a hang, or memory beyond the {@link CatalogLimits}.
 *
 * <p>Seeds and crash inputs replay in every test run, from {@code
 * src/test/resources/org/careerownership/catalog/CatalogFuzzTestInputs/}. To fuzz one target: {@code
 * JAZZER_FUZZ=1 ./mvnw -pl co-core,co-catalog test -Dtest=CatalogFuzzTest#overlay
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
final class CatalogFuzzTest {
  private static final List<String> FILES =
      List.of("catalog.json", "frame.json", "generations.json", "immobile-layer.json", "measures.json");
  private static final CatalogLimits TIGHT = new CatalogLimits(256 * 1024, 12, 2_000);

  /** The bytes are an overlay applied to the bundled catalog. */
  @FuzzTest(maxDuration = "10m")
  void overlay(byte[] json) {
    try {
      Catalog catalog = Catalogs.withOverlay(Catalogs.bundled(), source(Optional.empty(), json), "o.json", TIGHT);
      assertFalse(catalog.measures().isEmpty());
    } catch (CatalogException e) {
      assertFalse(e.problems().isEmpty());
    }
  }

  /** The first byte picks one of the bundled catalog's files; the rest replaces it. */
  @FuzzTest(maxDuration = "10m")
  void catalogFile(byte[] input) {
    if (input.length == 0) {
      return;
    }
    String replaced = FILES.get((input[0] & 0xff) % FILES.size());
    byte[] json = Arrays.copyOfRange(input, 1, input.length);
    try {
      Catalog catalog = Catalogs.load(source(Optional.of(replaced), json), TIGHT);
      assertFalse(catalog.measures().isEmpty());
    } catch (CatalogException e) {
      assertFalse(e.problems().isEmpty());
    }
  }

  /** The bundled files, with {@code replaced} (or, when empty, the overlay "o.json") holding {@code json}. */
  private static CatalogSource source(Optional<String> replaced, byte[] json) {
    CatalogSource bundled = Catalogs.bundledSource();
    return new CatalogSource() {
      @Override
      public Optional<InputStream> open(String name) throws IOException {
        if (name.equals(replaced.orElse("o.json"))) {
          return Optional.of(new ByteArrayInputStream(json));
        }
        return replaced.isPresent() ? bundled.open(name) : Optional.empty();
      }

      @Override
      public String describe() {
        return "fuzz input";
      }
    };
  }
}
