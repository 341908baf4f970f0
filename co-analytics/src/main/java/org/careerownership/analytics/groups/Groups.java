package org.careerownership.analytics.groups;

/**
 * Entry points for group comparisons, short enough for JShell.
 *
 * <pre>{@code
 * Groups.twoProportions().test(536, 1000, 386, 1000).orElseThrow().pValue();
 * }</pre>
 *
 * @since 0.1
 */
public final class Groups {
  private Groups() {}

  /** Returns the two-proportion comparison, two-sided, Yates-corrected, 95% interval, as R's default. */
  public static TwoProportions twoProportions() {
    return TwoProportions.STANDARD;
  }
}
