/**
 * The policy matcher: which of the guide's measures (施策) suit a person — by generation, stagnation
 * reasons, support step and immobile group — or an organisation's segment mix, ranked with every reason
 * each measure was chosen for.
 */
@NullMarked
package org.careerownership.core.policy;

import org.jspecify.annotations.NullMarked;
