/**
 * Survey-export ingestion: {@link org.careerownership.analytics.csv.SurveyCsv} reads a CSV (UTF-8 with
 * or without BOM, or Windows-31J as Japanese Excel writes it) into columns, or streams it row by row into
 * accumulators, mapping headers to items, honouring missing markers and Likert ranges, and reporting
 * every bad cell with its row and column.
 */
@NullMarked
package org.careerownership.analytics.csv;

import org.jspecify.annotations.NullMarked;
