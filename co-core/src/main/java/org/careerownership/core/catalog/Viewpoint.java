package org.careerownership.core.catalog;

/**
 * One of the three viewpoints of the basic frame of C/O management.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ViewpointGuide see = Catalogs.bundled().viewpoint(Viewpoint.SEE);
 * }</pre>
 *
 * @since 0.1
 */
public enum Viewpoint {
  /** See (見える): make business contribution and careers visible. */
  SEE,
  /** Grow (増やす): increase career-ownership talent. */
  GROW,
  /** Connect (つなぐ): connect careers to management and the business. */
  CONNECT
}
