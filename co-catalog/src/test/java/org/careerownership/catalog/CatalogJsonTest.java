package org.careerownership.catalog;

import org.careerownership.core.catalog.ApproachGuide;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.Evidence;
import org.careerownership.core.catalog.GenerationGuide;
import org.careerownership.core.catalog.ImmobileGroupGuide;
import org.careerownership.core.catalog.Measure;
import org.careerownership.core.catalog.Rollout;
import org.careerownership.core.catalog.WorkedExample;
import org.careerownership.core.testing.Json;
import org.junit.jupiter.api.Test;

/** Catalog entries, which results embed, round-trip through Jackson 2 and Jackson 3. */
final class CatalogJsonTest {
  private static final Catalog CATALOG = Catalogs.bundled();

  @Test
  void everyEntryRoundTrips() {
    CATALOG.measures().forEach(m -> Json.assertRoundTrips(m, Measure.class));
    CATALOG.generations().forEach(g -> Json.assertRoundTrips(g, GenerationGuide.class));
    CATALOG.examples().forEach(e -> Json.assertRoundTrips(e, WorkedExample.class));
    CATALOG.immobileGroups().forEach(g -> Json.assertRoundTrips(g, ImmobileGroupGuide.class));
    CATALOG.approaches().forEach(a -> Json.assertRoundTrips(a, ApproachGuide.class));
    CATALOG.evidence().forEach(e -> Json.assertRoundTrips(e, Evidence.class));
    Json.assertRoundTrips(CATALOG.rollout(), Rollout.class);
  }
}
