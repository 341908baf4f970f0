/**
 * Cross-tabulations and their tests: the chi-square test of independence with expected counts,
 * residuals and Cramér's V, as R's {@code chisq.test}. Entry point: {@link
 * org.careerownership.analytics.crosstab.CrossTabs}.
 */
@NullMarked
package org.careerownership.analytics.crosstab;

import org.jspecify.annotations.NullMarked;
