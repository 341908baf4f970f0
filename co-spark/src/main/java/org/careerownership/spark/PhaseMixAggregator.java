package org.careerownership.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedTable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phase mix per group (e.g. org unit), as a Spark {@link Aggregator} over rows (group, identity
 * score, adaptability score): each person is classified by the given classifier and counted exactly;
 * the anonymity policy is applied once, to the final merged counts (never per partition), and the
 * result is the {@link ProtectedTable} as the library's JSON.
 *
 * <pre>{@code
 * String json = scores.select(new PhaseMixAggregator(PhaseClassifier.standard(), AnonymityPolicy.standard()).toColumn()).first();
 * }</pre>
 */
public final class PhaseMixAggregator extends Aggregator<Row, GroupCountsState, String> {
  private static final long serialVersionUID = 1L;
  static final ImmutableList<Phase> PHASES = ImmutableList.copyOf(Phase.values());
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final double identityCut;
  private final double adaptabilityCut;
  private final int minimumGroupSize;

  /** Creates an aggregator classifying with {@code classifier} and protecting with {@code policy}. */
  public PhaseMixAggregator(PhaseClassifier classifier, AnonymityPolicy policy) {
    requireNonNull(classifier, "classifier");
    this.identityCut = classifier.cutPoints().identity();
    this.adaptabilityCut = classifier.cutPoints().adaptability();
    this.minimumGroupSize = requireNonNull(policy, "policy").minimumGroupSize();
  }

  @Override
  public GroupCountsState zero() {
    return new GroupCountsState(PHASES.size());
  }

  /**
   * Counts one person.
   *
   * @throws IllegalArgumentException if the group is null or a score is not in [0, 100]
   */
  @Override
  public GroupCountsState reduce(GroupCountsState state, Row row) {
    String group = requireNonNull(row.getString(0), "group (field 0)");
    Phase phase = PhaseClassifier.standard()
        .withCutPoints(org.careerownership.core.phase.CutPoints.of(identityCut, adaptabilityCut))
        .classify(((Number) row.get(1)).doubleValue(), ((Number) row.get(2)).doubleValue()).phase();
    state.add(group, phase.ordinal());
    return state;
  }

  @Override
  public GroupCountsState merge(GroupCountsState state, GroupCountsState other) {
    return state.merge(other);
  }

  /** Protects the merged counts — the only place the policy applies — and writes them as JSON. */
  @Override
  public String finish(GroupCountsState state) {
    return JSON.writeValueAsString(table(state.counts, AnonymityPolicy.minimumGroupSize(minimumGroupSize)));
  }

  /** Returns the protected table of {@code counts} (group → people per phase, in {@link Phase} order). */
  static ProtectedTable table(Map<String, long[]> counts, AnonymityPolicy policy) {
    return policy.protect(ImmutableList.copyOf(counts.keySet()),
        PHASES.stream().map(Phase::name).toList(), counts.values().toArray(long[][]::new));
  }

  @Override
  public Encoder<GroupCountsState> bufferEncoder() {
    return Encoders.javaSerialization(GroupCountsState.class);
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }

  @Override
  public String toString() {
    return "PhaseMixAggregator" + Arrays.asList(identityCut, adaptabilityCut, minimumGroupSize);
  }
}
