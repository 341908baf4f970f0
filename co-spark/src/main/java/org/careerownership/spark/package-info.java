/**
 * The library on Apache Spark: its mergeable accumulators as typed {@link
 * org.apache.spark.sql.expressions.Aggregator}s and SQL functions ({@link
 * org.careerownership.spark.CoSpark#register}), giving the one-machine results bit for bit on Likert
 * codes; and the driver's side of a release ({@link org.careerownership.spark.SparkReleases}): Spark counts
 * people exactly, and the release that protects every group-level number is built once, on the driver,
 * from those counts. Spark is {@code provided}: the host's cluster supplies it.
 */
@NullMarked
package org.careerownership.spark;

import org.jspecify.annotations.NullMarked;
