/**
 * The JSON readers behind {@link org.careerownership.catalog.Catalogs}: a cursor over a Jackson tree
 * that records every problem with its file and JSON path, and the readers of catalogs and overlays.
 * Not exported.
 */
@NullMarked
package org.careerownership.catalog.internal;

import org.jspecify.annotations.NullMarked;
