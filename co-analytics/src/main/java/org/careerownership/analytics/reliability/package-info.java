/**
 * Reliability of multi-item scales: Cronbach's alpha with its companions as {@code psych::alpha}
 * reports them. Entry point: {@link org.careerownership.analytics.reliability.Reliability}.
 */
@NullMarked
package org.careerownership.analytics.reliability;

import org.jspecify.annotations.NullMarked;
