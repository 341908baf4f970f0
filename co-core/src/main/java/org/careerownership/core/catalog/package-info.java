/**
 * The types of the guide's content as data — measures (施策), the generation tables of stagnation
 * reasons × support steps, the immobile-layer groups, the rollout table, the basic frame, evidence,
 * FAQ — and {@link org.careerownership.core.catalog.Catalog}, the immutable, validated whole that the
 * matchers and planners query. Loading catalogs from files is {@code co-catalog}'s job; nothing here
 * reads files.
 */
@NullMarked
package org.careerownership.core.catalog;

import org.jspecify.annotations.NullMarked;
