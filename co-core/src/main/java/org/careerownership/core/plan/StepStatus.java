package org.careerownership.core.plan;

/**
 * Where a step of a support path stands relative to the person's current step.
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
