package org.careerownership.catalog;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.careerownership.catalog.internal.CatalogReader;
import org.careerownership.core.catalog.Catalog;

/**
 * Entry points for catalogs: the bundled guide, a host's own catalog files, and host overlays. Every
 * load validates; a catalog that loads is complete and has no dangling reference. Every file is read
 * within {@link CatalogLimits} (the standard ones unless given); whatever the bytes, a load returns a
 * catalog or throws {@link CatalogException} (or {@link java.io.UncheckedIOException} when a file cannot
 * be read) — the fuzz tests check that.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Catalog guide = Catalogs.bundled();                                   // loaded once, shared
 * Catalog acme = Catalogs.withOverlay(guide, Path.of("acme-overlay.json")); // rename, add, disable, map
 * Catalog own = Catalogs.load(Path.of("/etc/acme/catalog"));             // a whole catalog of one's own
 * }</pre>
 *
 * <h2>Content and licence</h2>
 *
 * <p>The bundled content is the guide's (see {@link Catalog#notice()}): its Japanese text verbatim
 * with an English translation, under the guide's own terms, not the code's Apache-2.0 licence. A host
 * can replace it entirely with its own catalog.
 *
 * @since 0.1
 */
public final class Catalogs {
  /** Where the bundled catalog's files live on the class path. */
  private static final String BUNDLED = "/org/careerownership/catalog/bundled";

  private Catalogs() {}

  /**
   * Returns the bundled catalog of the guide. It is read and validated once, on first use, and then
   * shared; it is immutable and thread-safe.
   */
  public static Catalog bundled() {
    return Bundled.CATALOG;
  }

  /** Returns the source of the bundled catalog's files, e.g. to copy them as a starting point. */
  public static CatalogSource bundledSource() {
    return CatalogSource.classpath(Catalogs.class, BUNDLED);
  }

  /**
   * Returns the catalog whose manifest {@code catalog.json} and parts come from {@code source}.
   *
   * @throws CatalogException listing every problem, each with its file and JSON path
   */
  public static Catalog load(CatalogSource source) {
    return load(source, CatalogLimits.standard());
  }

  /**
   * Returns the catalog of {@code source}, each file within {@code limits}.
   *
   * @throws CatalogException listing every problem, each with its file and JSON path
   */
  public static Catalog load(CatalogSource source, CatalogLimits limits) {
    return CatalogReader.read(requireNonNull(source, "source"), requireNonNull(limits, "limits"));
  }

  /**
   * Returns the catalog in {@code directory} (its {@code catalog.json} and the parts it lists).
   *
   * @throws CatalogException listing every problem, each with its file and JSON path
   */
  public static Catalog load(Path directory) {
    return load(CatalogSource.directory(directory));
  }

  /**
   * Returns {@code base} with the overlay in {@code file} of {@code source} applied.
   *
   * @throws CatalogException listing every problem of the overlay, each with its JSON path
   */
  public static Catalog withOverlay(Catalog base, CatalogSource source, String file) {
    return withOverlay(base, source, file, CatalogLimits.standard());
  }

  /**
   * Returns {@code base} with the overlay in {@code file} of {@code source} applied, the file within
   * {@code limits} — for overlays uploaded by a host's users.
   *
   * @throws CatalogException listing every problem of the overlay, each with its JSON path
   */
  public static Catalog withOverlay(Catalog base, CatalogSource source, String file, CatalogLimits limits) {
    return CatalogReader.readOverlay(requireNonNull(base, "base"), requireNonNull(source, "source"),
        requireNonNull(file, "file"), requireNonNull(limits, "limits"));
  }

  /**
   * Returns {@code base} with the overlay file {@code overlay} applied.
   *
   * @throws CatalogException listing every problem of the overlay, each with its JSON path
   * @throws IllegalArgumentException if {@code overlay} is a root, naming no file
   */
  public static Catalog withOverlay(Catalog base, Path overlay) {
    Path file = overlay.toAbsolutePath();
    Path parent = file.getParent();
    Path name = file.getFileName();
    if (parent == null || name == null) {
      throw new IllegalArgumentException("overlay must name a file, not " + overlay);
    }
    return withOverlay(base, CatalogSource.directory(parent), name.toString());
  }

  /** Holds the bundled catalog, loaded when first asked for. */
  private static final class Bundled {
    static final Catalog CATALOG = load(bundledSource());
  }
}
