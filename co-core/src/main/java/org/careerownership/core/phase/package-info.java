/**
 * The C/O diagnostic's four phases and the classifier that assigns them from identity and adaptability
 * scores: {@link org.careerownership.core.phase.Phase}, fixed or norm-referenced {@link
 * org.careerownership.core.phase.CutPoints} ({@link org.careerownership.core.phase.Norms}), and the
 * {@link org.careerownership.core.phase.PhaseClassifier} whose {@link
 * org.careerownership.core.phase.PhaseClassification}s carry their distance to the boundaries, a
 * borderline flag and an explanation.
 */
@NullMarked
package org.careerownership.core.phase;

import org.jspecify.annotations.NullMarked;
