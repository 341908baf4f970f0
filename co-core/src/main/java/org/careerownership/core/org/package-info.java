/**
 * The organisation structure: units in levels (team → department → division …) under one root, with
 * ja/en labels — the hierarchy that every release of group-level numbers and every survey wave uses.
 */
@NullMarked
package org.careerownership.core.org;

import org.jspecify.annotations.NullMarked;
