package org.careerownership.analytics.crosstab;

/**
 * Entry points for cross-tabulations, short enough for JShell.
 *
 * <pre>{@code
 * CrossTabs.chiSquare().test(CrossTab.tabulate(education, gender)).orElseThrow().cramersV();
 * }</pre>
 *
 * @since 0.1
 */
public final class CrossTabs {
  private CrossTabs() {}

  /** Returns the chi-square test of independence with R's default continuity correction. */
  public static ChiSquare chiSquare() {
    return ChiSquare.STANDARD;
  }
}
