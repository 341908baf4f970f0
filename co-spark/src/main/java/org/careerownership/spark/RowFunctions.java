package org.careerownership.spark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Language;
import org.careerownership.core.Outcome;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassification;
import org.careerownership.core.phase.PhaseClassifier;
import org.careerownership.core.policy.MatchResult;
import org.careerownership.core.policy.PersonProfile;
import org.careerownership.core.policy.PolicyMatcher;
import org.careerownership.core.segment.NeedSignals;
import org.careerownership.core.segment.SegmentInput;
import org.careerownership.core.segment.Segmentation;
import org.careerownership.core.segment.Segmenter;

/**
 * The row-level functions {@link CoSpark#register} adds: scoring and classifying one response row,
 * one person's immobile-layer segmentation, and one person's top measures. The bundled catalog and the matcher are loaded once per executor JVM (a
 * lazily initialised holder), never per row.
 */
final class RowFunctions {
  /** The struct {@code co_score} returns. */
  static final StructType SCORE = new StructType()
      .add("identity", DataTypes.DoubleType).add("adaptability", DataTypes.DoubleType)
      .add("phase", DataTypes.StringType).add("borderline", DataTypes.BooleanType)
      .add("reach", DataTypes.DoubleType).add("growth", DataTypes.DoubleType).add("pathway", DataTypes.DoubleType)
      .add("problems", DataTypes.StringType);

  private RowFunctions() {}

  /** Loaded on first use in each JVM. */
  private static final class Shared {
    static final Instrument INSTRUMENT = ReferenceInstrument.v1();
    static final Scorer SCORER = Scorer.of(INSTRUMENT);
    static final Catalog CATALOG = Catalogs.bundled();
    static final PolicyMatcher MATCHER = PolicyMatcher.of(CATALOG).withTopN(5);
  }

  /**
   * Scores one row of answers to the reference instrument (codes in its item order, {@code NULL}
   * unanswered) and classifies it: a struct of the scores, phase and borderline flag, or of nulls and
   * the problems (in English) when the row cannot be scored.
   */
  static Row score(List<Integer> codes) {
    requireNonNull(codes, "codes");
    Response.Builder response = Response.builder().respondentId("row");
    List<String> extra = new ArrayList<>();
    for (int j = 0; j < codes.size(); j++) {
      Integer code = codes.get(j);
      if (j >= Shared.INSTRUMENT.items().size()) {
        extra.add("code " + (j + 1) + " has no item: the instrument has " + Shared.INSTRUMENT.items().size());
      } else if (code != null) {
        response.answer(Shared.INSTRUMENT.items().get(j).id().value(), code);
      }
    }
    Outcome<Scores> outcome = Shared.SCORER.score(response.build());
    if (!extra.isEmpty() || !outcome.succeeded()) {
      List<String> problems = new ArrayList<>(extra);
      outcome.problems().forEach(p -> problems.add(p.text(Language.EN)));
      return RowFactory.create(null, null, null, null, null, null, null, String.join("; ", problems));
    }
    Scores scores = outcome.orElseThrow();
    PhaseClassification c = PhaseClassifier.standard().classify(scores);
    NeedSignals needs = NeedSignals.from(scores);
    return RowFactory.create(c.identity(), c.adaptability(), c.phase().name(), c.borderline(),
        needs.reach(), needs.growth(), needs.pathway(), null);
  }

  /**
   * Returns the standard segmentation of one person: phase by name, the need scale scores, and how many
   * measures they used lately, if known.
   *
   * @throws IllegalArgumentException for an unknown phase or a need score outside [0, 100] (naming it)
   */
  static Segmentation segment(String phase, double reach, double growth, double pathway, Optional<Integer> used) {
    Phase p = Phase.valueOf(requireNonNull(phase, "phase"));
    NeedSignals needs = new NeedSignals(reach, growth, pathway);
    return Segmenter.standard().segment(used.isPresent() ? SegmentInput.of(p, needs, used.get()) : SegmentInput.of(p, needs));
  }

  /**
   * Returns the ids of one person's top measures from the bundled catalog: generation and phase by
   * name, a catalog reason id, the need scale scores and how many measures were used lately.
   *
   * @throws IllegalArgumentException for an unknown generation, phase or reason (naming it)
   */
  static List<String> topMeasures(String generation, String reason, String phase, double reach, double growth,
      double pathway, int measuresUsed) {
    Phase p = Phase.valueOf(requireNonNull(phase, "phase"));
    PersonProfile profile = PersonProfile.builder()
        .id("row")
        .generation(Generation.valueOf(requireNonNull(generation, "generation")))
        .addReason(ReasonId.of(requireNonNull(reason, "reason")))
        .segmentation(Segmenter.standard().segment(SegmentInput.of(p, new NeedSignals(reach, growth, pathway), measuresUsed)))
        .phase(p)
        .build();
    Outcome<MatchResult> match = Shared.MATCHER.match(profile);
    if (!match.succeeded()) {
      throw new IllegalArgumentException(match.problems().stream().map(pr -> pr.text(Language.EN))
          .collect(Collectors.joining("; ")));
    }
    return match.orElseThrow().recommendations().stream().map(r -> r.measure().value()).toList();
  }
}
