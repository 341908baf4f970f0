/**
 * Runnable end-to-end programs on bundled synthetic data: {@link
 * org.careerownership.examples.DiagnosticSummary} (the README's first command: summary, HTML report and
 * JSON, every group-level number of them read from one release of the people's rows), the seeded {@link org.careerownership.examples.SyntheticCompany} generator that made the
 * bundled export, and the {@link org.careerownership.examples.ResponseTable} reader of its CSV layout.
 * Never deployed.
 */
@NullMarked
package org.careerownership.examples;

import org.jspecify.annotations.NullMarked;
