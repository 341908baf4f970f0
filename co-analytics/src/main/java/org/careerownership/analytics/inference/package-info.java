/**
 * Inference shared by the statistics: confidence intervals, the alternative of a test, and
 * multiple-testing adjustment of p-values.
 */
@NullMarked
package org.careerownership.analytics.inference;

import org.jspecify.annotations.NullMarked;
