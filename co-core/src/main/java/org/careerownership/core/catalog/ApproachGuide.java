package org.careerownership.core.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.careerownership.core.LocalizedText;

/**
 * An immutable description of one of the three approaches, with the strengths and risks the guide
 * states for it.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * ApproachGuide hr = Catalogs.bundled().approach(Approach.HR_LED_FACT_ACCUMULATION);
 * hr.strengths().forEach(s -> System.out.println(s.text(Language.JA)));
 * }</pre>
 *
 * @param approach the approach
 * @param name its name
 * @param description the guide's description, verbatim
 * @param strengths its strengths, in the guide's words
 * @param risks its risks, in the guide's words
 * @since 0.1
 */
public record ApproachGuide(
    @JsonProperty("approach") Approach approach,
    @JsonProperty("name") LocalizedText name,
    @JsonProperty("description") LocalizedText description,
    @JsonProperty("strengths") List<LocalizedText> strengths,
    @JsonProperty("risks") List<LocalizedText> risks) {

  /**
   * Creates an approach guide.
   *
   * @throws IllegalArgumentException if a required list is empty or an id is invalid
   */
  @JsonCreator
  public ApproachGuide {
    requireNonNull(approach, "approach");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(strengths, "strengths");
    strengths = ImmutableList.copyOf(strengths);
    checkArgument(!strengths.isEmpty(), "strengths must not be empty");
    requireNonNull(risks, "risks");
    risks = ImmutableList.copyOf(risks);
    checkArgument(!risks.isEmpty(), "risks must not be empty");
  }
}
