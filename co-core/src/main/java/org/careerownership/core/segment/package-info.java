/**
 * The immobile layer (不動層): the {@link org.careerownership.core.segment.Segmenter} decides from a
 * person's phase, need signals and measure usage whether they are mobile or immobile, which group of
 * the immobile layer they belong to first (by the growth cycle 知る → 気づく → 拡げる) and every unmet
 * need; {@link org.careerownership.core.segment.SegmentCounts} gives population views under the
 * anonymity policy.
 */
@NullMarked
package org.careerownership.core.segment;

import org.jspecify.annotations.NullMarked;
