package org.careerownership.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.SupportCell;
import org.careerownership.core.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

final class OverlayProperties {

  private static final Catalog GUIDE = Catalogs.bundled();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Ids an overlay may name: existing measures, new ids, and ids that exist nowhere. */
  private static final List<String> POOL =
      List.of("career-elearning", "mbo-interview", "use-career-cafe", "new-a", "new-b", "ghost");

  record RandomOverlay(List<String> added, List<String> renamed, List<String> disabled, List<Integer> programmes) {}

  private static Gen<RandomOverlay> overlays() {
    Gen<String> id = Generate.pick(POOL);
    return lists().of(id).ofSizeBetween(0, 2)
        .zip(
            lists().of(id).ofSizeBetween(0, 2),
            lists().of(id).ofSizeBetween(0, 3),
            lists().of(integers().between(0, 2 * POOL.size() - 1)).ofSizeBetween(0, 3),
            RandomOverlay::new);
  }

  // Law (model-based): an overlay loads if and only if its added ids are new and distinct, every id it
  // renames, disables or maps exists in the base or among its additions, and no programme is mapped
  // twice; a catalog that loads has no dangling reference anywhere.
  @Test
  void randomOverlaysLoadExactlyWhenValidAndNeverLeaveADanglingReference() {
    AtomicInteger loaded = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    qt().withFixedSeed(Generators.SEED)
        .withExamples(300)
        .forAll(overlays())
        .checkAssert(overlay -> {
          boolean expectedValid = valid(overlay);
          String json = json(overlay);
          try {
            Catalog result = Catalogs.withOverlay(GUIDE, CatalogSource.of(Map.of("o.json", json)), "o.json");
            loaded.incrementAndGet();
            assertTrue(expectedValid, "loaded an invalid overlay: " + json);
            assertNoDanglingReference(result);
          } catch (CatalogException e) {
            rejected.incrementAndGet();
            assertTrue(!expectedValid, "rejected a valid overlay: " + json + "\n" + e.getMessage());
          }
        });
    assertTrue(loaded.get() > 30 && rejected.get() > 30, "loaded " + loaded + ", rejected " + rejected);
  }

  private static boolean valid(RandomOverlay o) {
    Set<String> known = new HashSet<>();
    GUIDE.measures().forEach(m -> known.add(m.id().value()));
    for (String added : o.added()) {
      if (!known.add(added)) {
        return false;
      }
    }
    Set<String> programmes = new HashSet<>();
    for (int p : o.programmes()) {
      if (!programmes.add("P" + (p / POOL.size())) || !known.contains(POOL.get(p % POOL.size()))) {
        return false;
      }
    }
    return known.containsAll(o.renamed()) && known.containsAll(o.disabled());
  }

  private static String json(RandomOverlay o) {
    ObjectNode root = JSON.createObjectNode().put("format", "co-catalog-overlay/1").put("id", "random");
    ArrayNode added = root.putArray("addMeasures");
    o.added().forEach(id -> added.addObject().put("id", id).putObject("name").put("ja", "追加").put("en", "Added"));
    ArrayNode renamed = root.putArray("renameMeasures");
    o.renamed().forEach(id -> renamed.addObject().put("measure", id).putObject("name").put("ja", "改名").put("en", "Renamed"));
    ArrayNode disabled = root.putArray("disableMeasures");
    o.disabled().forEach(disabled::add);
    ArrayNode programmes = root.putArray("programmes");
    o.programmes().forEach(p -> programmes.addObject()
        .put("programme", "P" + (p / POOL.size()))
        .put("measure", POOL.get(p % POOL.size())));
    return JSON.writeValueAsString(root);
  }

  private static void assertNoDanglingReference(Catalog c) {
    Set<MeasureId> ids = new HashSet<>();
    c.measures().forEach(m -> ids.add(m.id()));
    assertEquals(c.measures().size(), ids.size(), "measure ids are unique");
    c.generations().forEach(g -> {
      assertTrue(ids.containsAll(g.alongside()));
      g.reasons().forEach(r -> {
        for (SupportCell cell : r.cells()) {
          assertTrue(ids.containsAll(cell.measures()));
        }
      });
    });
    c.examples().forEach(e -> e.steps().forEach(s -> assertTrue(ids.containsAll(s.measures()))));
    assertTrue(ids.containsAll(c.disabled()));
    assertTrue(ids.containsAll(c.programmes().values()));
    c.programmes().keySet().forEach(p -> assertTrue(c.programme(p).isPresent()));
  }
}
