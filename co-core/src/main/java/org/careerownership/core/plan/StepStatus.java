package org.careerownership.core.plan;

/**
 * Where a step of a support path stands relative to the person's current step.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * path.steps().stream().filter(s -> s.status() == StepStatus.CURRENT).findFirst();
 * }</pre>
 *
 * @since 0.1
 */
public enum StepStatus {
  /** Before the current step. */
  DONE,
  /** The current step. */
  CURRENT,
  /** After the current step. */
  UPCOMING
}
