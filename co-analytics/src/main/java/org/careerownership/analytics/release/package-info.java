/**
 * Releases: the one way group-level numbers leave the library. A {@link
 * org.careerownership.analytics.release.Release} is everything published together — every org level,
 * every cut, every table — built from the people's rows by {@link
 * org.careerownership.analytics.release.Releases#build}, with small counts suppressed and secondary
 * suppressions chosen so that, under linear programming over every published number, no suppressed
 * count can be narrowed to an interval shorter than the protection width. {@link
 * org.careerownership.analytics.release.Releases#audit} proves it from the published numbers alone.
 */
@NullMarked
package org.careerownership.analytics.release;

import org.jspecify.annotations.NullMarked;
