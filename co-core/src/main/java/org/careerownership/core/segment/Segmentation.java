package org.careerownership.core.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.careerownership.core.Explanation;
import org.careerownership.core.catalog.ImmobileGroup;

/**
 * An immutable segmentation of one person: mobile or immobile, for the immobile their primary group of
 * the immobile layer, every unmet need (in the growth cycle's order), and why.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Segmentation s = Segmenter.standard().segment(SegmentInput.of(phase, NeedSignals.from(scores)));
 * s.primaryGroup().ifPresent(group -> System.out.println(group));
 * System.out.println(s.explanation().text(Language.EN));
 * }</pre>
 *
 * @param mobility mobile or immobile
 * @param primaryGroup the primary group; present exactly when immobile
 * @param unmetNeeds the groups whose need signal is below its threshold, in {@link ImmobileGroup}
 *     order (知る → 気づく → 拡げる)
 * @param explanation the rules applied: the mobility rule first, then the primary group, then each
 *     unmet need
 * @since 0.1
 */
public record Segmentation(
    @JsonProperty("mobility") Mobility mobility,
    @JsonProperty("primaryGroup") Optional<ImmobileGroup> primaryGroup,
    @JsonProperty("unmetNeeds") List<ImmobileGroup> unmetNeeds,
    @JsonProperty("explanation") Explanation explanation) {

  /**
   * Creates a segmentation.
   *
   * @throws IllegalArgumentException if the primary group is present but the person is mobile, or
   *     absent but the person is immobile
   */
  @JsonCreator
  public Segmentation {
    requireNonNull(mobility, "mobility");
    requireNonNull(primaryGroup, "primaryGroup");
    unmetNeeds = ImmutableList.copyOf(requireNonNull(unmetNeeds, "unmetNeeds"));
    requireNonNull(explanation, "explanation");
    checkArgument(
        primaryGroup.isPresent() == (mobility == Mobility.IMMOBILE),
        "a primary group is present exactly for the immobile, but mobility is %s and group %s",
        mobility,
        primaryGroup);
  }
}
