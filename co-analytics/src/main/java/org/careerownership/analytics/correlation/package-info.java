/**
 * Correlations with tests and intervals — Pearson (exact t test, Fisher-z interval, as R's {@code
 * cor.test}) — for two variables and for matrices of survey items with pairwise-complete or listwise
 * deletion. Entry point: {@link org.careerownership.analytics.correlation.Correlations}.
 */
@NullMarked
package org.careerownership.analytics.correlation;

import org.jspecify.annotations.NullMarked;
