/** JMH benchmarks of the library against the libraries users would otherwise pick. */
@NullMarked
package org.careerownership.benchmarks;

import org.jspecify.annotations.NullMarked;
