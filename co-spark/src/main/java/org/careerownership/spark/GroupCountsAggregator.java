package org.careerownership.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedTable;
import tools.jackson.databind.json.JsonMapper;

/**
 * People per column in each group, counted exactly across partitions and protected by the anonymity
 * policy once, after the final merge; the result is the {@link ProtectedTable} as the library's JSON. A
 * subclass says which group and column a row counts in.
 */
abstract class GroupCountsAggregator extends Aggregator<Row, GroupCountsState, String> {
  private static final long serialVersionUID = 1L;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ImmutableList<String> columns;
  private final int minimumGroupSize;

  GroupCountsAggregator(List<String> columns, AnonymityPolicy policy) {
    this.columns = ImmutableList.copyOf(columns);
    this.minimumGroupSize = requireNonNull(policy, "policy").minimumGroupSize();
  }

  /** Returns the group {@code row} counts in. */
  abstract String group(Row row);

  /** Returns the index of the column {@code row} counts in. */
  abstract int column(Row row);

  /** Returns the protected table of {@code counts} (group → people per column). */
  static ProtectedTable protect(Map<String, long[]> counts, List<String> columns, AnonymityPolicy policy) {
    return policy.protect(ImmutableList.copyOf(counts.keySet()), columns, counts.values().toArray(long[][]::new));
  }

  @Override
  public GroupCountsState zero() {
    return new GroupCountsState(columns.size());
  }

  @Override
  public GroupCountsState reduce(GroupCountsState state, Row row) {
    state.add(group(row), column(row));
    return state;
  }

  @Override
  public GroupCountsState merge(GroupCountsState state, GroupCountsState other) {
    return state.merge(other);
  }

  /** Protects the merged counts — the only place the policy applies — and writes them as JSON. */
  @Override
  public String finish(GroupCountsState state) {
    return JSON.writeValueAsString(protect(state.counts, columns, AnonymityPolicy.minimumGroupSize(minimumGroupSize)));
  }

  @Override
  public Encoder<GroupCountsState> bufferEncoder() {
    return Encoders.javaSerialization(GroupCountsState.class);
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
