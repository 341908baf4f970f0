/**
 * Loading catalogs of the guide's content: {@link org.careerownership.catalog.Catalogs#bundled()} (the
 * guide, in Japanese and English, bundled as JSON resources), a host's own catalog files, and host
 * overlays; every load validates and fails with one {@link
 * org.careerownership.catalog.CatalogException} listing every problem with its file and JSON path.
 */
@NullMarked
package org.careerownership.catalog;

import org.jspecify.annotations.NullMarked;
