/**
 * Group comparisons: two proportions (as R's {@code prop.test}), an outcome's distribution by C/O
 * phase with its tests — the guide's "53.6% vs 38.6%" table from raw rows — and unit-level
 * correlations of the future-creation share with survey items, all under the anonymity policy.
 */
@NullMarked
package org.careerownership.analytics.groups;

import org.jspecify.annotations.NullMarked;
