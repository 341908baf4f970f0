package org.careerownership.analytics.drivers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;

/**
 * The immutable driver analysis of one outcome: R² of the linear model on all predictors and each
 * predictor's correlation and relative weight.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * DriverAnalysis drivers = DriverAnalysis.analyse(names, predictors, engagement).orElseThrow();
 * drivers.ranked().forEach(d -> System.out.println(d));
 * }</pre>
 *
 * @param n the complete rows used
 * @param rSquared the model's R², the sum of the raw weights
 * @param drivers one per predictor, in the order given
 * @since 0.1
 */
public record DriverAnalysis(
    @JsonProperty("n") long n,
    @JsonProperty("rSquared") double rSquared,
    @JsonProperty("drivers") List<Driver> drivers) {

  /** Creates an analysis. */
  @JsonCreator
  public DriverAnalysis {
    drivers = ImmutableList.copyOf(requireNonNull(drivers, "drivers"));
  }

  /** Returns the drivers by relative weight, largest first (ties in the order given). */
  public List<Driver> ranked() {
    return drivers.stream().sorted(Comparator.comparingDouble(Driver::rawWeight).reversed()).toList();
  }
}
