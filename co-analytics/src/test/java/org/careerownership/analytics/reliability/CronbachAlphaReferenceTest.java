package org.careerownership.analytics.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.analytics.testing.Reference;
import org.careerownership.core.instrument.LikertRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Every field of psych::alpha for the five bfi scales, pairwise and complete-case, within 1e-12. */
final class CronbachAlphaReferenceTest {

  private static final JsonNode SCALES = Reference.json("bfi_cronbach_alpha.json").get("scales");
  private static final Map<String, double[]> BFI = Reference.csv("bfi.csv");
  private static final double TOLERANCE = 1e-12;

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({
    "agree, pairwise", "agree, complete_case",
    "conscientious, pairwise", "conscientious, complete_case",
    "extraversion, pairwise", "extraversion, complete_case",
    "neuroticism, pairwise", "neuroticism, complete_case",
    "openness, pairwise", "openness, complete_case"
  })
  void everyFieldMatchesPsych(String scale, String block) {
    JsonNode reference = SCALES.get(scale);
    List<String> items = new ArrayList<>();
    reference.get("items").forEach(i -> items.add(i.asString()));
    Set<String> reversed = new HashSet<>();
    reference.get("reverse_keyed").forEach(i -> reversed.add(i.asString()));
    double[][] columns = items.stream().map(BFI::get).toArray(double[][]::new);
    Deletion deletion = block.equals("pairwise") ? Deletion.PAIRWISE : Deletion.LISTWISE;
    AlphaResult result = Reliability.cronbachAlpha().with(deletion)
        .compute(items, columns, reversed, LikertRange.of(1, 6)).orElseThrow();
    JsonNode expected = reference.get(block);
    assertEquals(expected.get("rows").asLong(), result.rows());

    JsonNode total = expected.get("total");
    close(total, "raw_alpha", result.total().rawAlpha());
    close(total, "std_alpha", result.total().standardizedAlpha());
    close(total, "G6_smc", result.total().guttmanLambda6());
    close(total, "average_r", result.total().averageR());
    close(total, "S_N", result.total().signalToNoise());
    close(total, "ase", result.total().standardError());
    close(total, "mean", result.scoreMean());
    close(total, "sd", result.scoreSd());
    close(total, "median_r", result.total().medianR());

    for (ItemStatistics item : result.items()) {
      JsonNode stats = expected.get("item_stats").get(item.item());
      assertEquals(stats.get("n").asLong(), item.n(), item.item());
      close(stats, "raw_r", item.rawR());
      close(stats, "std_r", item.standardizedR());
      close(stats, "r_cor", item.overlapCorrectedR());
      close(stats, "r_drop", item.correctedItemTotalR());
      close(stats, "mean", item.mean());
      close(stats, "sd", item.sd());
      JsonNode dropped = expected.get("alpha_if_item_dropped").get(item.item());
      AlphaStatistics without = item.ifDropped().orElseThrow();
      close(dropped, "raw_alpha", without.rawAlpha());
      close(dropped, "std_alpha", without.standardizedAlpha());
      close(dropped, "G6_smc", without.guttmanLambda6());
      close(dropped, "average_r", without.averageR());
      close(dropped, "S_N", without.signalToNoise());
      close(dropped, "alpha_se", without.standardError());
      close(dropped, "var_r", without.varianceR());
      close(dropped, "med_r", without.medianR());
    }
  }

  private static void close(JsonNode expected, String field, double actual) {
    assertEquals(expected.get(field).asDouble(), actual, TOLERANCE, field);
  }
}
