/**
 * Instruments and their scoring: a host-defined questionnaire ({@link
 * org.careerownership.core.instrument.Instrument}: items, scales, Likert range, reverse keying, a
 * missing-answer rule), respondents' answers ({@link org.careerownership.core.instrument.Response}), and
 * the {@link org.careerownership.core.instrument.Scorer} that turns answers into 0–100 scale scores,
 * with one {@link org.careerownership.core.Outcome} per response. {@link
 * org.careerownership.core.instrument.ReferenceInstrument} is the library's own illustrative
 * instrument for the C/O diagnostic's two dimensions.
 */
@NullMarked
package org.careerownership.core.instrument;

import org.jspecify.annotations.NullMarked;
