package org.careerownership.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.catalog.MeasureId;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.SupportStep;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.generation.GenerationBands;
import org.careerownership.core.internal.ValueStyle;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.segment.Segmentation;
import org.immutables.value.Value;

/**
 * An immutable profile of one person for the {@link PolicyMatcher}: generation, stagnation reasons
 * (catalog ids of that generation's table), the current support step, the immobile-layer segment and
 * phase where known, and the measures the person already used.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * PersonProfile profile = PersonProfile.builder()
 *     .id("R0042")
 *     .age(41, GenerationBands.standard())
 *     .addReason(ReasonId.of("mid-career.fear-of-changing"))
 *     .currentStep(SupportStep.UNDERSTAND)
 *     .segmentation(segmentation)
 *     .addMeasuresUsed(MeasureId.of("career-elearning"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
@ValueStyle
public abstract class PersonProfile {

  PersonProfile() {}

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a profile; the JSON creator. */
  @JsonCreator
  static PersonProfile of(
      @JsonProperty("id") String id,
      @JsonProperty("generation") Generation generation,
      @JsonProperty("reasons") List<ReasonId> reasons,
      @JsonProperty("currentStep") Optional<SupportStep> currentStep,
      @JsonProperty("primaryGroup") Optional<ImmobileGroup> primaryGroup,
      @JsonProperty("unmetNeeds") List<ImmobileGroup> unmetNeeds,
      @JsonProperty("phase") Optional<Phase> phase,
      @JsonProperty("measuresUsed") Collection<MeasureId> measuresUsed) {
    return builder()
        .id(id)
        .generation(generation)
        .reasons(reasons)
        .currentStep(currentStep)
        .primaryGroup(primaryGroup)
        .unmetNeeds(unmetNeeds)
        .phase(phase)
        .measuresUsed(measuresUsed)
        .build();
  }

  /** Returns the person's id, as the host knows them; not blank. */
  @JsonProperty("id")
  public abstract String id();

  /** Returns the person's generation. */
  @JsonProperty("generation")
  public abstract Generation generation();

  /** Returns the person's stagnation reasons: at least one, no repeats. */
  @JsonProperty("reasons")
  public abstract ImmutableSet<ReasonId> reasons();

  /** Returns the support step the person is at; absent means the path has not begun (step 1). */
  @JsonProperty("currentStep")
  public abstract Optional<SupportStep> currentStep();

  /** Returns the person's primary group of the immobile layer, if immobile. */
  @JsonProperty("primaryGroup")
  public abstract Optional<ImmobileGroup> primaryGroup();

  /** Returns the person's unmet needs, as groups of the immobile layer. */
  @JsonProperty("unmetNeeds")
  public abstract ImmutableSet<ImmobileGroup> unmetNeeds();

  /** Returns the person's C/O phase, if known. */
  @JsonProperty("phase")
  public abstract Optional<Phase> phase();

  /** Returns the measures the person already used; they are never recommended again. */
  @JsonProperty("measuresUsed")
  public abstract ImmutableSet<MeasureId> measuresUsed();

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "profile id must not be blank");
    checkArgument(!reasons().isEmpty(), "profile '%s' needs at least one stagnation reason", id());
  }

  /** Builds a {@link PersonProfile}; not thread-safe. */
  public static final class Builder extends ImmutablePersonProfile.Builder {
    Builder() {}

    /**
     * Sets the generation of a person aged {@code age} under {@code bands}.
     *
     * @throws IllegalArgumentException if {@code age} is outside [15, 100]
     */
    public Builder age(int age, GenerationBands bands) {
      generation(bands.generationOf(age));
      return this;
    }

    /** Sets the primary group and unmet needs of {@code segmentation}. */
    public Builder segmentation(Segmentation segmentation) {
      primaryGroup(segmentation.primaryGroup());
      unmetNeeds(ImmutableList.copyOf(segmentation.unmetNeeds()));
      return this;
    }
  }
}
