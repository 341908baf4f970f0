/**
 * Runnable end-to-end programs on bundled sample data: {@link
 * org.careerownership.examples.DiagnosticSummary} (the README's first command), the seeded {@link
 * org.careerownership.examples.SampleResponses} generator that made the bundled sample, and the {@link
 * org.careerownership.examples.ResponseTable} reader of its CSV layout. Never deployed.
 */
@NullMarked
package org.careerownership.examples;

import org.jspecify.annotations.NullMarked;
