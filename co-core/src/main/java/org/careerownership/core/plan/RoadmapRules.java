package org.careerownership.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The thresholds the {@link RoadmapPlanner} decides by. The guide describes the three approaches and
 * stages but gives no rule for choosing them; these are the library's own defaults.
 *
 * <p><b>Approach.</b> With executive commitment below {@code commitmentThreshold} (50) or a management
 * wall at or above {@code wallThreshold} (60), management is not yet on board: HR-led fact accumulation,
 * which "can start at once" and builds the facts and small successes that win management over (guide:
 * 小さな成功体験をつかって可視化し、社内の賛同者を増やす). Otherwise, with HR capacity at or above {@code
 * hrThreshold} (50), both can drive it: the OS update with management and HR as one. Otherwise:
 * management-led governance reform, which "can push the introduction through" without HR's capacity.
 *
 * <p><b>Stage</b> (when not assessed). Introduction while commitment is below its threshold or fewer
 * than {@code introductionShare} (20%) are in future creation; establishment once at least {@code
 * establishmentShare} (40%) are in future creation and less than {@code immobileThreshold} (50%) are
 * immobile; expansion in between.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * RoadmapPlanner planner = RoadmapPlanner.of(Catalogs.bundled()).withRules(RoadmapRules.standard());
 * }</pre>
 *
 * @param commitmentThreshold executive commitment from which management counts as on board
 * @param wallThreshold management-wall strength from which it blocks a management-driven approach
 * @param hrThreshold HR capacity from which HR can co-drive
 * @param introductionShare future-creation share below which the organisation is introducing C/O
 * @param establishmentShare future-creation share from which C/O can be establishing
 * @param immobileThreshold immobile share from which C/O is not yet established
 * @since 0.1
 */
public record RoadmapRules(
    @JsonProperty("commitmentThreshold") double commitmentThreshold,
    @JsonProperty("wallThreshold") double wallThreshold,
    @JsonProperty("hrThreshold") double hrThreshold,
    @JsonProperty("introductionShare") double introductionShare,
    @JsonProperty("establishmentShare") double establishmentShare,
    @JsonProperty("immobileThreshold") double immobileThreshold) {

  private static final RoadmapRules STANDARD = new RoadmapRules(50, 60, 50, 0.2, 0.4, 0.5);

  /**
   * Creates rules.
   *
   * @throws IllegalArgumentException if a score threshold is outside [0, 100], a share outside [0, 1],
   *     or {@code introductionShare > establishmentShare}
   */
  @JsonCreator
  public RoadmapRules {
    score("commitmentThreshold", commitmentThreshold);
    score("wallThreshold", wallThreshold);
    score("hrThreshold", hrThreshold);
    share("introductionShare", introductionShare);
    share("establishmentShare", establishmentShare);
    share("immobileThreshold", immobileThreshold);
    checkArgument(
        introductionShare <= establishmentShare,
        "introductionShare (%s) must be <= establishmentShare (%s)",
        introductionShare,
        establishmentShare);
  }

  /** Returns the default rules: 50, 60, 50; 20%, 40%, 50%. */
  public static RoadmapRules standard() {
    return STANDARD;
  }

  private static void score(String name, double value) {
    checkArgument(value >= 0 && value <= 100, "%s (%s) must be in [0, 100]", name, value);
  }

  private static void share(String name, double value) {
    checkArgument(value >= 0 && value <= 1, "%s (%s) must be in [0, 1]", name, value);
  }
}
