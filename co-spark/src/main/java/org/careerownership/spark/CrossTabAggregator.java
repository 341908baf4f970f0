package org.careerownership.spark;

import static com.google.common.base.Verify.verifyNotNull;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.careerownership.analytics.crosstab.CrossTab;
import org.careerownership.analytics.crosstab.CrossTabs;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedTable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cross-tab of two labels with its chi-square test, as a Spark {@link Aggregator} over rows (row
 * label, column label): exact counts, merged exactly; after the final merge the table is protected by
 * the anonymity policy and the chi-square test computed over every count — withheld when a cell is
 * suppressed, since its residuals would reveal that cell. The result is JSON {@code {"table": …,
 * "testWithheld": …, "test": …}} in the library's shapes, equal to one machine's.
 *
 * <pre>{@code
 * String json = people.select(new CrossTabAggregator(AnonymityPolicy.standard()).toColumn()).first();
 * }</pre>
 */
public final class CrossTabAggregator extends Aggregator<Row, CrossTabState, String> {
  private static final long serialVersionUID = 1L;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int minimumGroupSize;

  /** Creates an aggregator protecting its table with {@code policy}. */
  public CrossTabAggregator(AnonymityPolicy policy) {
    this.minimumGroupSize = requireNonNull(policy, "policy").minimumGroupSize();
  }

  @Override
  public CrossTabState zero() {
    return new CrossTabState();
  }

  /** Counts one row; a {@code NULL} label is an error naming its field. */
  @Override
  public CrossTabState reduce(CrossTabState state, Row row) {
    state.add(requireNonNull(row.getString(0), "row label (field 0)"),
        requireNonNull(row.getString(1), "column label (field 1)"), 1);
    return state;
  }

  @Override
  public CrossTabState merge(CrossTabState state, CrossTabState other) {
    other.counts.forEach((r, cells) -> cells.forEach((c, n) -> state.add(r, c, n)));
    return state;
  }

  /** Returns the cross-tab of merged counts: rows and columns in label order. */
  static CrossTab table(Map<String, Map<String, Long>> counts) {
    List<String> rows = new ArrayList<>(counts.keySet());
    TreeSet<String> columnSet = new TreeSet<>();
    counts.values().forEach(cells -> columnSet.addAll(cells.keySet()));
    List<String> columns = new ArrayList<>(columnSet);
    long[][] n = new long[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        n[r][c] = verifyNotNull(counts.get(rows.get(r)), "row %s", rows.get(r)).getOrDefault(columns.get(c), 0L);
      }
    }
    return CrossTab.of(rows, columns, n);
  }

  /**
   * Returns the JSON of the protected table and, when no cell is suppressed, the test of {@code table}:
   * its expected counts and residuals would give a suppressed cell's count away, so with any suppressed
   * cell the test is withheld ({@code "testWithheld": true}).
   */
  static String json(CrossTab table, AnonymityPolicy policy) {
    Map<String, Object> out = new LinkedHashMap<>();
    ProtectedTable protectedTable = table.protect(policy);
    out.put("table", protectedTable);
    boolean withheld = protectedTable.suppressedCells() > 0;
    out.put("testWithheld", withheld);
    if (!withheld) {
      out.put("test", CrossTabs.chiSquare().test(table));
    }
    return JSON.writeValueAsString(out);
  }

  @Override
  public String finish(CrossTabState state) {
    return json(table(state.counts), AnonymityPolicy.minimumGroupSize(minimumGroupSize));
  }

  @Override
  public Encoder<CrossTabState> bufferEncoder() {
    return Encoders.javaSerialization(CrossTabState.class);
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
