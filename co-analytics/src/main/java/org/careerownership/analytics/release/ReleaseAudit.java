package org.careerownership.analytics.release;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The immutable audit of a {@link Release}, computed from its published numbers alone: every
 * suppressed cell's feasible interval, and whether each meets the release's rule.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ReleaseAudit audit = Releases.audit(release);
 * audit.safe();       // true: no small count can be narrowed below the protection width
 * audit.breaches();   // the intervals that fail the rule, if any
 * }</pre>
 *
 * @param rule the rule audited against
 * @param intervals one interval per suppressed cell, in cell order
 * @param linearPrograms how many linear programs were solved
 * @param largestComponent the most suppressed cells linked together by relations
 * @since 0.1
 */
public record ReleaseAudit(
    @JsonProperty("rule") ProtectionRule rule,
    @JsonProperty("intervals") List<CellInterval> intervals,
    @JsonProperty("linearPrograms") long linearPrograms,
    @JsonProperty("largestComponent") int largestComponent) {

  /** Creates an audit. */
  @JsonCreator
  public ReleaseAudit {
    requireNonNull(rule, "rule");
    intervals = ImmutableList.copyOf(requireNonNull(intervals, "intervals"));
  }

  /** Returns the intervals that do not meet the rule. */
  @JsonIgnore
  public ImmutableList<CellInterval> breaches() {
    return intervals.stream().filter(i -> !i.protects(rule)).collect(ImmutableList.toImmutableList());
  }

  /** Returns whether every suppressed cell meets the rule. */
  @JsonIgnore
  public boolean safe() {
    return intervals.stream().allMatch(i -> i.protects(rule));
  }
}
