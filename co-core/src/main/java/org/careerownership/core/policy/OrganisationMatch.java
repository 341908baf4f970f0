package org.careerownership.core.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The immutable measures for an organisation's segment mix, individual-facing and organisation-facing
 * side by side — the guide insists both must run (個人向けの施策とともに、組織向け施策も走らせましょう).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * OrganisationMatch m = PolicyMatcher.of(Catalogs.bundled())
 *     .matchOrganisation(Map.of(ImmobileGroup.REACH_GAP, 0.25, ImmobileGroup.GROWTH_GAP, 0.15, ImmobileGroup.PATHWAY_GAP, 0.10));
 * m.organisationFacing().forEach(r -> System.out.println(r.measure() + " " + r.score()));
 * }</pre>
 *
 * @param individualFacing individual-facing measures, best first
 * @param organisationFacing organisation-facing measures, best first
 * @since 0.1
 */
public record OrganisationMatch(
    @JsonProperty("individualFacing") List<Recommendation> individualFacing,
    @JsonProperty("organisationFacing") List<Recommendation> organisationFacing) {

  /** Creates a match. */
  @JsonCreator
  public OrganisationMatch {
    individualFacing = ImmutableList.copyOf(requireNonNull(individualFacing, "individualFacing"));
    organisationFacing = ImmutableList.copyOf(requireNonNull(organisationFacing, "organisationFacing"));
  }
}
