/** An end-to-end Spark job over a generated company export. */
@NullMarked
package org.careerownership.sparkexample;

import org.jspecify.annotations.NullMarked;
