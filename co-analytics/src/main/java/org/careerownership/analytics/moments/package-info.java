/**
 * Mergeable moments: {@link org.careerownership.analytics.moments.Moments} of one variable and {@link
 * org.careerownership.analytics.moments.PairedMoments} of a pair, each with a mutable accumulator that
 * can be fed row by row, merged across threads or partitions, serialised to a compact byte form, and
 * that gives the same answers as the one-shot calls. Sums are kept shifted by the first value and in
 * double-double precision, so means, variances, covariances and correlations stay accurate on
 * ill-conditioned data (the NIST StRD sets).
 */
@NullMarked
package org.careerownership.analytics.moments;

import org.jspecify.annotations.NullMarked;
