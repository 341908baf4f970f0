/**
 * Anonymity protection for group-level outputs: the {@link
 * org.careerownership.core.privacy.AnonymityPolicy} (minimum group size, default 5) and the {@link
 * org.careerownership.core.privacy.ProtectedTable} it produces from counts, with small cells suppressed
 * and complementary suppression so that no suppressed count can be recovered from totals and siblings.
 */
@NullMarked
package org.careerownership.core.privacy;

import org.jspecify.annotations.NullMarked;
