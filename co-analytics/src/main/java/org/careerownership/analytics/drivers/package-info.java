/**
 * Driver analysis: which of the business-contribution chain factors (engagement, growth feeling, new
 * challenge, job satisfaction, manager relationship, future support) go with an outcome — their
 * correlations and Johnson's relative weights, shares of R². Entry point: {@link
 * org.careerownership.analytics.drivers.RelativeWeights}.
 */
@NullMarked
package org.careerownership.analytics.drivers;

import org.jspecify.annotations.NullMarked;
