/**
 * Statistics for engagement surveys and C/O outcomes that a data team can trust: accurate, mergeable
 * moments ({@code .moments}), correlations with tests and intervals ({@code .correlation}), multiple
 * testing ({@code .inference}), reliability ({@code .reliability}) and cross-tabulations ({@code
 * .crosstab}). Entry points are the thin plural facades, such as {@link
 * org.careerownership.analytics.correlation.Correlations#pearson()}.
 */
@NullMarked
package org.careerownership.analytics;

import org.jspecify.annotations.NullMarked;
