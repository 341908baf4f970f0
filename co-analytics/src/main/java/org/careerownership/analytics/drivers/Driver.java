package org.careerownership.analytics.drivers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One predictor's part in a {@link DriverAnalysis}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Driver top = DriverAnalysis.analyse(names, predictors, outcome).orElseThrow().ranked().get(0);
 * }</pre>
 *
 * @param name the predictor
 * @param correlation its Pearson correlation with the outcome
 * @param rawWeight its raw relative weight; the weights sum to R²
 * @param share its share of R², {@code rawWeight / R²}, in [0, 1]
 * @since 0.1
 */
public record Driver(
    @JsonProperty("name") String name,
    @JsonProperty("correlation") double correlation,
    @JsonProperty("rawWeight") double rawWeight,
    @JsonProperty("share") double share) {

  /** Creates a driver. */
  @JsonCreator
  public Driver {
    requireNonNull(name, "name");
  }
}
