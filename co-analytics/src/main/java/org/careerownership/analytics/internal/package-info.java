/** Numerical helpers of {@code co-analytics}: compensated (double-double) sums. Not exported. */
@NullMarked
package org.careerownership.analytics.internal;

import org.jspecify.annotations.NullMarked;
