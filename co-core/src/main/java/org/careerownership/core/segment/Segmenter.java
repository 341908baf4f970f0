package org.careerownership.core.segment;

import static com.google.common.base.Verify.verifyNotNull;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerownership.core.Explanation;
import org.careerownership.core.Reason;
import org.careerownership.core.Rule;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.phase.Phase;

/**
 * Decides who is in the immobile layer (不動層) and why. Immutable and thread-safe; configure with
 * {@code withX} copies, each validated at once.
 *
 * <h2>Rules (the library's reading of the guide)</h2>
 *
 * <p>The guide names the immobile layer — "only a positive few move, the rest do not change" (C/O経営の
 * 浸透ステップ) — and its three groups with their unmet needs, but gives no formula. The defaults:
 *
 * <ul>
 *   <li><b>Mobility.</b> A person is mobile when in a mobile phase (default: future creation 未来創造 only)
 *       or, where usage is known, when they used at least the minimum number of C/O measures in the
 *       window (default 1). Everyone else is in the immobile layer, including those whose usage is
 *       unknown.
 *   <li><b>Unmet needs.</b> A need is unmet when its signal is below its threshold (default 50 on the
 *       0–100 scale): reach ↔ 知る (awareness and understanding of measures), growth ↔ 気づく (growth
 *       support), pathway ↔ 拡げる (strategic scheme design: using one's abilities in the company).
 *   <li><b>Primary group.</b> For the immobile, the first unmet need in the growth cycle's order 知る →
 *       気づく → 拡げる: reach gap (リーチ不足群), growth gap (伸ばせていない群), pathway gap
 *       (自社での発揮を描けない群). With no need below its threshold, the lowest signal names the group (ties in
 *       the cycle's order), and the explanation says so.
 * </ul>
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Segmentation s = Segmenter.standard()
 *     .segment(SegmentInput.of(Phase.SELF_FIXATION, new NeedSignals(72, 35, 20), 0));
 * s.mobility();      // IMMOBILE
 * s.primaryGroup();  // Optional[GROWTH_GAP]: reach is met, growth is the first unmet need
 * s.unmetNeeds();    // [GROWTH_GAP, PATHWAY_GAP]
 * }</pre>
 *
 * @since 0.1
 */
public final class Segmenter {
  /** The default need threshold: 50 on the 0–100 scale. */
  public static final double DEFAULT_THRESHOLD = 50;

  private static final Segmenter STANDARD =
      new Segmenter(
          Maps.immutableEnumMap(Map.of(
              ImmobileGroup.REACH_GAP, DEFAULT_THRESHOLD,
              ImmobileGroup.GROWTH_GAP, DEFAULT_THRESHOLD,
              ImmobileGroup.PATHWAY_GAP, DEFAULT_THRESHOLD)),
          Sets.immutableEnumSet(Phase.FUTURE_CREATION),
          1);

  private final ImmutableMap<ImmobileGroup, Double> thresholds;
  private final Set<Phase> mobilePhases;
  private final int minimumUsage;

  private Segmenter(ImmutableMap<ImmobileGroup, Double> thresholds, Set<Phase> mobilePhases, int minimumUsage) {
    this.thresholds = thresholds;
    this.mobilePhases = mobilePhases;
    this.minimumUsage = minimumUsage;
  }

  /** Returns the default segmenter: future creation is mobile, one measure used is moving, thresholds 50. */
  public static Segmenter standard() {
    return STANDARD;
  }

  /**
   * Returns a copy whose need of {@code group} is unmet below {@code threshold}.
   *
   * @throws IllegalArgumentException if {@code threshold} is not in [0, 100]
   */
  public Segmenter withThreshold(ImmobileGroup group, double threshold) {
    requireNonNull(group, "group");
    checkArgument(
        threshold >= 0 && threshold <= 100, "threshold of %s (%s) must be in [0, 100]", group, threshold);
    Map<ImmobileGroup, Double> copy = new EnumMap<>(thresholds);
    copy.put(group, threshold);
    return new Segmenter(Maps.immutableEnumMap(copy), mobilePhases, minimumUsage);
  }

  /**
   * Returns a copy that counts the phases {@code phases} as mobile.
   *
   * @throws IllegalArgumentException if {@code phases} is empty or holds every phase (then nobody, or
   *     everybody, would be immobile by phase)
   */
  public Segmenter withMobilePhases(Set<Phase> phases) {
    requireNonNull(phases, "phases");
    checkArgument(
        !phases.isEmpty() && phases.size() < Phase.values().length,
        "mobile phases must be some but not all phases, were %s",
        phases);
    return new Segmenter(thresholds, Sets.immutableEnumSet(phases), minimumUsage);
  }

  /**
   * Returns a copy that counts a person who used at least {@code minimum} measures in the window as
   * moving.
   *
   * @throws IllegalArgumentException if {@code minimum < 1}
   */
  public Segmenter withMinimumUsage(int minimum) {
    checkArgument(minimum >= 1, "minimum usage (%s) must be >= 1", minimum);
    return new Segmenter(thresholds, mobilePhases, minimum);
  }

  /** Returns the need thresholds, by group. */
  public ImmutableMap<ImmobileGroup, Double> thresholds() {
    return thresholds;
  }

  /** Returns the phases counted as mobile. */
  public Set<Phase> mobilePhases() {
    return mobilePhases;
  }

  /** Returns the number of measures used in the window that counts as moving. */
  public int minimumUsage() {
    return minimumUsage;
  }

  /** Returns the segmentation of one person. */
  public Segmentation segment(SegmentInput input) {
    requireNonNull(input, "input");
    List<ImmobileGroup> unmet = new ArrayList<>();
    List<Reason> needReasons = new ArrayList<>();
    for (ImmobileGroup group : ImmobileGroup.values()) {
      double signal = input.needs().signal(group);
      if (signal < verifyNotNull(thresholds.get(group), "threshold of %s", group)) {
        unmet.add(group);
        needReasons.add(new Reason(
            Rule.SEGMENT_NEED_UNMET,
            ImmutableMap.of("signal", signal, "threshold", thresholds.get(group)),
            ImmutableMap.of("group", group.name())));
      }
    }
    List<Reason> reasons = new ArrayList<>();
    String phase = input.phase().name();
    Optional<Integer> used = input.measuresUsed();
    Mobility mobility;
    if (mobilePhases.contains(input.phase())) {
      mobility = Mobility.MOBILE;
      reasons.add(new Reason(Rule.SEGMENT_MOBILE_BY_PHASE, ImmutableMap.of(), ImmutableMap.of("phase", phase)));
    } else if (used.isPresent() && used.get() >= minimumUsage) {
      mobility = Mobility.MOBILE;
      reasons.add(new Reason(
          Rule.SEGMENT_MOBILE_BY_USAGE,
          ImmutableMap.of("used", (double) used.get(), "minimum", (double) minimumUsage)));
    } else {
      mobility = Mobility.IMMOBILE;
      reasons.add(used.isPresent()
          ? new Reason(
              Rule.SEGMENT_IMMOBILE,
              ImmutableMap.of("used", (double) used.get(), "minimum", (double) minimumUsage),
              ImmutableMap.of("phase", phase))
          : new Reason(Rule.SEGMENT_IMMOBILE_USAGE_UNKNOWN, ImmutableMap.of(), ImmutableMap.of("phase", phase)));
    }
    Optional<ImmobileGroup> primary = Optional.empty();
    if (mobility == Mobility.IMMOBILE) {
      if (!unmet.isEmpty()) {
        primary = Optional.of(unmet.get(0));
        reasons.add(new Reason(
            Rule.SEGMENT_PRIMARY_FIRST_UNMET, ImmutableMap.of(), ImmutableMap.of("group", unmet.get(0).name())));
      } else {
        ImmobileGroup lowest = ImmobileGroup.REACH_GAP;
        for (ImmobileGroup group : ImmobileGroup.values()) {
          if (input.needs().signal(group) < input.needs().signal(lowest)) {
            lowest = group;
          }
        }
        primary = Optional.of(lowest);
        reasons.add(new Reason(
            Rule.SEGMENT_PRIMARY_LOWEST,
            ImmutableMap.of("signal", input.needs().signal(lowest)),
            ImmutableMap.of("group", lowest.name())));
      }
    }
    reasons.addAll(needReasons);
    return new Segmentation(mobility, primary, unmet, Explanation.of(reasons));
  }

  /** Returns one segmentation per input, in the same order. */
  public ImmutableList<Segmentation> segmentAll(List<SegmentInput> inputs) {
    requireNonNull(inputs, "inputs");
    return inputs.stream().map(this::segment).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Segmenter{thresholds=" + thresholds + ", mobilePhases=" + mobilePhases
        + ", minimumUsage=" + minimumUsage + "}";
  }
}
