package org.careerownership.catalog;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits every catalog and overlay file must keep, so that a hostile or broken file cannot exhaust
 * memory: exceeding one is reported as a {@link CatalogException} problem {@code input.limit-exceeded}
 * naming the file and the limit. The {@linkplain #standard() defaults} are far above the bundled
 * catalog (70 KB files, depth 9, texts under 600 characters).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Catalog acme = Catalogs.withOverlay(Catalogs.bundled(), CatalogSource.of(Map.of("overlay.json", upload)),
 *     "overlay.json", CatalogLimits.standard().withMaxBytes(256 * 1024));
 * }</pre>
 *
 * @param maxBytes the most bytes in one file; at least 1
 * @param maxDepth the deepest nesting of JSON arrays and objects; at least 1
 * @param maxStringLength the most characters in one JSON string; at least 1
 * @since 0.1
 */
public record CatalogLimits(long maxBytes, int maxDepth, int maxStringLength) {
  private static final CatalogLimits STANDARD = new CatalogLimits(16L << 20, 64, 100_000);

  /**
   * Creates limits.
   *
   * @throws IllegalArgumentException if a limit is below 1
   */
  public CatalogLimits {
    checkArgument(maxBytes >= 1, "maxBytes (%s) must be at least 1", maxBytes);
    checkArgument(maxDepth >= 1, "maxDepth (%s) must be at least 1", maxDepth);
    checkArgument(maxStringLength >= 1, "maxStringLength (%s) must be at least 1", maxStringLength);
  }

  /** Returns the safe defaults: 16 MiB per file, nesting depth 64, 100,000 characters per string. */
  public static CatalogLimits standard() {
    return STANDARD;
  }

  /** Returns a copy with {@code maxBytes}. */
  public CatalogLimits withMaxBytes(long maxBytes) {
    return new CatalogLimits(maxBytes, maxDepth, maxStringLength);
  }

  /** Returns a copy with {@code maxDepth}. */
  public CatalogLimits withMaxDepth(int maxDepth) {
    return new CatalogLimits(maxBytes, maxDepth, maxStringLength);
  }

  /** Returns a copy with {@code maxStringLength}. */
  public CatalogLimits withMaxStringLength(int maxStringLength) {
    return new CatalogLimits(maxBytes, maxDepth, maxStringLength);
  }
}
