package org.careerownership.spark;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.CorrelationTest;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.correlation.LikertPairs;
import org.careerownership.core.Outcome;
import org.careerownership.core.instrument.LikertRange;
import org.careerownership.core.phase.PhaseClassifier;
import org.jspecify.annotations.Nullable;

/**
 * Registers the library's Spark SQL functions with one call. Aggregates ({@code NULL} is a missing
 * answer; the item count comes from the first row):
 *
 * <ul>
 *   <li>{@code co_likert5_tables(array(q1, …))}, {@code co_likert7_tables(array(q1, …))}: every pair's
 *       exact table of 1–5 or 1–7 codes, in the compact byte form of {@link LikertTablesAggregator};
 *   <li>{@code co_moments(array(x1, …))}: every pair's moments of real values ({@link
 *       PairedMomentsAggregator});
 *   <li>{@code co_alpha(array(a1, …))}: Cronbach's alpha of the items (pairwise, no reverse keying —
 *       recode reversed items in SQL or use {@link AlphaAggregator} typed), as JSON.
 * </ul>
 *
 * <p>Row-level functions: {@code co_pearson(tables, a, b)}, {@code co_spearman(tables, a, b)} and
 * {@code co_kendall_tau_b(tables, a, b)} over tables, {@code co_r(moments, a, b)} over moments (items a ≠
 * b, 0-based; {@code NULL} where the statistic is undefined), and {@code co_phase(identity,
 * adaptability)} (the default classifier's phase name), {@code co_score(array(ID01, …, PA04))} (a struct of
 * the reference instrument's identity, adaptability, phase, borderline flag and need scores, or the
 * problems) and {@code co_top_measures(generation, reason, phase, reach, growth, pathway, measures_used)}
 * (measure ids from the bundled catalog, loaded once per executor), and {@code co_segment(phase, reach,
 * growth, pathway, measures_used)} (the primary immobile group, or {@code MOBILE}).
 *
 * <p>No function here publishes group-level numbers (a phase mix, an immobile layer, a cross-tab): those
 * leave the library only through one release built on the driver. Count the people on Spark with an
 * ordinary {@code GROUP BY} and {@code count(*)} — exact and merged across partitions — and give the
 * counted rows to {@link SparkReleases#population}.
 *
 * <pre>{@code
 * CoSpark.register(spark);
 * spark.sql("SELECT co_kendall_tau_b(t, 0, 1) FROM (SELECT co_likert5_tables(array(q1, q2)) AS t FROM survey)");
 * }</pre>
 */
public final class CoSpark {
  private static final int NO_CODE = Integer.MIN_VALUE;

  private CoSpark() {}

  /** Registers every function with {@code spark}'s session. */
  public static void register(SparkSession spark) {
    requireNonNull(spark, "spark");
    StructType codes = new StructType().add("codes", DataTypes.createArrayType(DataTypes.IntegerType, true));
    spark.udf().register("co_likert5_tables",
        functions.udaf(new LikertTablesAggregator(0, LikertRange.of(1, 5), NO_CODE), Encoders.row(codes)));
    spark.udf().register("co_likert7_tables",
        functions.udaf(new LikertTablesAggregator(0, LikertRange.of(1, 7), NO_CODE), Encoders.row(codes)));
    spark.udf().register("co_segment", (UDF5<String, Number, Number, Number, Number, String>)
        (phase, reach, growth, pathway, used) -> RowFunctions.segment(phase, reach.doubleValue(),
            growth.doubleValue(), pathway.doubleValue(), java.util.Optional.ofNullable(used).map(Number::intValue))
            .primaryGroup().map(Enum::name).orElse("MOBILE"),
        DataTypes.StringType);
    StructType alphaInput = new StructType().add("answers", DataTypes.createArrayType(DataTypes.DoubleType, true));
    spark.udf().register("co_alpha", functions.udaf(
        new AlphaAggregator(List.of(), Set.of(), LikertRange.of(1, 5), Deletion.PAIRWISE), Encoders.row(alphaInput)));
    StructType values = new StructType().add("values", DataTypes.createArrayType(DataTypes.DoubleType, true));
    spark.udf().register("co_moments", functions.udaf(new PairedMomentsAggregator(0), Encoders.row(values)));
    spark.udf().register("co_r", (UDF3<byte[], Integer, Integer, Double>)
        (moments, a, b) -> estimate(Correlations.pearson().test(pair(PairedMomentsAggregator.moments(moments), a, b))),
        DataTypes.DoubleType);
    spark.udf().register("co_pearson", (UDF3<byte[], Integer, Integer, Double>)
        (tables, a, b) -> estimate(table(tables, a, b).pearson(Correlations.pearson())), DataTypes.DoubleType);
    spark.udf().register("co_spearman", (UDF3<byte[], Integer, Integer, Double>)
        (tables, a, b) -> estimate(table(tables, a, b).spearman(Correlations.spearman())), DataTypes.DoubleType);
    spark.udf().register("co_kendall_tau_b", (UDF3<byte[], Integer, Integer, Double>)
        (tables, a, b) -> estimate(table(tables, a, b).kendall(Correlations.kendall())), DataTypes.DoubleType);
    spark.udf().register("co_score", (UDF1<scala.collection.Seq<Integer>, Row>)
        answers -> RowFunctions.score(scala.jdk.javaapi.CollectionConverters.asJava(answers)), RowFunctions.SCORE);
    spark.udf().register("co_top_measures",
        (UDF7<String, String, String, Number, Number, Number, Number, List<String>>)
            (generation, reason, phase, reach, growth, pathway, used) -> RowFunctions.topMeasures(generation, reason,
                phase, reach.doubleValue(), growth.doubleValue(), pathway.doubleValue(), used.intValue()),
        DataTypes.createArrayType(DataTypes.StringType));
    // Numbers, not Doubles: SQL literals such as 62.5 arrive as decimals.
    spark.udf().register("co_phase", (UDF2<Number, Number, String>)
        (identity, adaptability) -> PhaseClassifier.standard()
            .classify(identity.doubleValue(), adaptability.doubleValue()).phase().name(),
        DataTypes.StringType);
  }

  /** Returns pair (a, b)'s table (either order) from an aggregate's bytes. */
  static LikertPairs table(byte[] bytes, int a, int b) {
    return pair(LikertTablesAggregator.tables(bytes), a, b);
  }

  /** Returns pair (a, b)'s entry (either order) of a list in row-major upper order. */
  static <T> T pair(List<T> pairs, int a, int b) {
    return pairs.get(PairIndex.of(a, b, PairIndex.items(pairs.size())));
  }

  private static @Nullable Double estimate(Outcome<? extends CorrelationTest> test) {
    return test.toOptional().map(CorrelationTest::estimate).orElse(null);
  }
}
