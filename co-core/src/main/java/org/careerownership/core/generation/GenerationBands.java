package org.careerownership.core.generation;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;

/**
 * Immutable age boundaries of the three {@link Generation}s: ages {@value #MIN_AGE} to {@code
 * midCareerFrom − 1} are {@link Generation#EARLY_CAREER}, {@code midCareerFrom} to {@code seniorFrom −
 * 1} are {@link Generation#MID_CAREER}, {@code seniorFrom} to {@value #MAX_AGE} are {@link
 * Generation#SENIOR}. The defaults, 35 and 50, follow the guide's bands (early 30s / late 30s / 50s).
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * GenerationBands.standard().generationOf(36); // MID_CAREER
 * GenerationBands.of(40, 55).generationOf(36); // EARLY_CAREER
 * }</pre>
 *
 * @param midCareerFrom the first age of {@link Generation#MID_CAREER}
 * @param seniorFrom the first age of {@link Generation#SENIOR}
 * @since 0.1
 */
public record GenerationBands(
    @JsonProperty("midCareerFrom") int midCareerFrom, @JsonProperty("seniorFrom") int seniorFrom) {

  /** The lowest age accepted. */
  public static final int MIN_AGE = 15;

  /** The highest age accepted. */
  public static final int MAX_AGE = 100;

  private static final GenerationBands STANDARD = new GenerationBands(35, 50);

  /**
   * Creates bands.
   *
   * @throws IllegalArgumentException unless {@code 15 < midCareerFrom < seniorFrom <= 100}
   */
  @JsonCreator
  public GenerationBands {
    checkArgument(
        midCareerFrom > MIN_AGE && midCareerFrom < seniorFrom && seniorFrom <= MAX_AGE,
        "bands need %s < midCareerFrom (%s) < seniorFrom (%s) <= %s",
        MIN_AGE,
        midCareerFrom,
        seniorFrom,
        MAX_AGE);
  }

  /** Returns the default bands: mid career from 35, senior from 50. */
  public static GenerationBands standard() {
    return STANDARD;
  }

  /**
   * Returns bands with the given boundaries.
   *
   * @throws IllegalArgumentException unless {@code 15 < midCareerFrom < seniorFrom <= 100}
   */
  public static GenerationBands of(int midCareerFrom, int seniorFrom) {
    return new GenerationBands(midCareerFrom, seniorFrom);
  }

  /**
   * Returns the generation of a person aged {@code age}.
   *
   * @throws IllegalArgumentException if {@code age} is outside [15, 100]
   */
  public Generation generationOf(int age) {
    checkArgument(
        age >= MIN_AGE && age <= MAX_AGE, "age (%s) must be in [%s, %s]", age, MIN_AGE, MAX_AGE);
    if (age >= seniorFrom) {
      return Generation.SENIOR;
    }
    return age >= midCareerFrom ? Generation.MID_CAREER : Generation.EARLY_CAREER;
  }

  /**
   * Returns one outcome per age, in order: its generation, or {@link ProblemCode#AGE_OUT_OF_RANGE}
   * located at its index.
   */
  public ImmutableList<Outcome<Generation>> generationsOf(int[] ages) {
    ImmutableList.Builder<Outcome<Generation>> outcomes =
        ImmutableList.builderWithExpectedSize(ages.length);
    for (int i = 0; i < ages.length; i++) {
      int age = ages[i];
      if (age >= MIN_AGE && age <= MAX_AGE) {
        outcomes.add(Outcome.ok(generationOf(age)));
      } else {
        outcomes.add(
            Outcome.failed(
                ImmutableList.of(
                    Problem.of(
                        ProblemCode.AGE_OUT_OF_RANGE,
                        Location.atIndex(i).withField("age"),
                        ImmutableMap.of(
                            "age", Integer.toString(age),
                            "min", Integer.toString(MIN_AGE),
                            "max", Integer.toString(MAX_AGE))))));
      }
    }
    return outcomes.build();
  }
}
