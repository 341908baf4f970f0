/**
 * Helpers of {@code co-core} that are not part of its API: the Immutables style of the module's value
 * types. Nothing here is exported.
 */
@NullMarked
package org.careerownership.core.internal;

import org.jspecify.annotations.NullMarked;
