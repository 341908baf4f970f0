package org.careerownership.analytics.release;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An immutable plan of what a release publishes: its tables and the confidentiality rule. Everything a
 * host publishes together — every org level, every cut, HTML, JSON and text — belongs in one plan, so
 * that it is protected as one.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ReleasePlan plan = ReleasePlan.of(ProtectionRule.standard(),
 *     TableSpec.byOrg("phase-mix", LocalizedText.of("フェーズ構成", "Phase mix"), "generation", "phase"),
 *     TableSpec.overall("phase-rating", LocalizedText.of("フェーズ別評価", "Rating by phase"), "phase", "rating"));
 * }</pre>
 *
 * @param rule the confidentiality rule
 * @param tables the tables, in display order; ids unique
 * @since 0.1
 */
public record ReleasePlan(@JsonProperty("rule") ProtectionRule rule, @JsonProperty("tables") List<TableSpec> tables) {

  /**
   * Creates a plan.
   *
   * @throws IllegalArgumentException if there is no table or two tables share an id
   */
  @JsonCreator
  public ReleasePlan {
    requireNonNull(rule, "rule");
    tables = ImmutableList.copyOf(requireNonNull(tables, "tables"));
    checkArgument(!tables.isEmpty(), "a release plan needs at least one table");
    Set<String> ids = new HashSet<>();
    for (TableSpec t : tables) {
      checkArgument(ids.add(t.id()), "table id '%s' is used twice", t.id());
    }
  }

  /** Returns a plan of {@code tables} under {@code rule}. */
  public static ReleasePlan of(ProtectionRule rule, TableSpec... tables) {
    return new ReleasePlan(rule, List.of(tables));
  }
}
