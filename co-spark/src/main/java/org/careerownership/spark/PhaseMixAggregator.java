package org.careerownership.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.careerownership.core.phase.CutPoints;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.privacy.AnonymityPolicy;
import org.careerownership.core.privacy.ProtectedTable;
import org.jspecify.annotations.Nullable;

/**
 * The phase mix per group (e.g. org unit), as a Spark aggregator over rows (group, identity score,
 * adaptability score): each person is classified by the given classifier's cut points and counted
 * exactly; the anonymity policy is applied once, to the final merged counts (never per partition), and
 * the result is the {@link ProtectedTable} as the library's JSON.
 *
 * <pre>{@code
 * String json = scores.select(new PhaseMixAggregator(PhaseClassifier.standard(), AnonymityPolicy.standard()).toColumn()).first();
 * }</pre>
 */
public final class PhaseMixAggregator extends GroupCountsAggregator {
  private static final long serialVersionUID = 1L;
  static final ImmutableList<String> PHASES =
      ImmutableList.copyOf(java.util.Arrays.stream(Phase.values()).map(Phase::name).toList());

  private final double identityCut;
  private final double adaptabilityCut;
  /** Built once per executor from the cut points (the classifier itself is not serialisable). */
  private transient @Nullable PhaseClassifier classifier;

  /** Creates an aggregator classifying with {@code classifier} and protecting with {@code policy}. */
  public PhaseMixAggregator(PhaseClassifier classifier, AnonymityPolicy policy) {
    super(PHASES, policy);
    this.identityCut = requireNonNull(classifier, "classifier").cutPoints().identity();
    this.adaptabilityCut = classifier.cutPoints().adaptability();
  }

  /** Returns the protected table of {@code counts} (group → people per phase, in {@link Phase} order). */
  static ProtectedTable table(Map<String, long[]> counts, AnonymityPolicy policy) {
    return protect(counts, PHASES, policy);
  }

  @Override
  String group(Row row) {
    return requireNonNull(row.getString(0), "group (field 0)");
  }

  /** Classifies the row's scores; a score outside [0, 100] is an error naming it. */
  @Override
  int column(Row row) {
    PhaseClassifier c = classifier;
    if (c == null) {
      c = PhaseClassifier.standard().withCutPoints(CutPoints.of(identityCut, adaptabilityCut));
      classifier = c;
    }
    return c.classify(((Number) row.get(1)).doubleValue(), ((Number) row.get(2)).doubleValue()).phase().ordinal();
  }
}
