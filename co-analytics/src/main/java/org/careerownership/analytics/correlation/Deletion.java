package org.careerownership.analytics.correlation;

/**
 * Which rows a correlation matrix uses for each pair of variables.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Correlations.pearson().matrix(names, columns, Deletion.LISTWISE); // only rows complete in every column
 * }</pre>
 *
 * @since 0.1
 */
public enum Deletion {
  /** Each pair uses every row where both of its values are present (R: {@code "pairwise.complete.obs"}). */
  PAIRWISE,
  /** Every pair uses only the rows where all variables are present (R: {@code "complete.obs"}). */
  LISTWISE
}
