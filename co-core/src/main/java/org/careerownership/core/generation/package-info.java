/**
 * Generations (年代), the guide's three age bands for C/O measures, and the configurable {@link
 * org.careerownership.core.generation.GenerationBands} that assign a person's age to one.
 */
@NullMarked
package org.careerownership.core.generation;

import org.jspecify.annotations.NullMarked;
