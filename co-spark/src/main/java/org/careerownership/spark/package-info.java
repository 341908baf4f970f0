/**
 * The library on Apache Spark: its mergeable accumulators as typed {@link
 * org.apache.spark.sql.expressions.Aggregator}s and SQL functions ({@link
 * org.careerownership.spark.CoSpark#register}), giving the one-machine results bit for bit on Likert
 * codes. Spark is {@code provided}: the host's cluster supplies it.
 */
@NullMarked
package org.careerownership.spark;

import org.jspecify.annotations.NullMarked;
