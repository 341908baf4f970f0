package org.careerownership.core.instrument;

import static com.google.common.base.Verify.verifyNotNull;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;

/**
 * Scores responses to one {@link Instrument}. Immutable and thread-safe.
 *
 * <h2>Definition</h2>
 *
 * <p>For each scale, the score is the mean of the scale's answered items after reverse keying
 * ({@code min + max - v} for a {@link Keying#REVERSE} item), rescaled from the Likert range to 0–100:
 * {@code 100 × (mean − min) / (max − min)}. A scale needs at least {@link
 * MissingAnswerRule#requiredAnswers(int) ceil(share × its item count)} answers.
 *
 * <h2>Bad input</h2>
 *
 * <p>A response is scored or fails with every problem found, each naming its item or scale: an empty
 * respondent id ({@link ProblemCode#EMPTY_RESPONDENT_ID}), an item the instrument lacks ({@link
 * ProblemCode#UNKNOWN_ITEM}), an item answered more than once ({@link ProblemCode#DUPLICATE_ITEM}), a
 * code outside the range ({@link ProblemCode#VALUE_OUT_OF_RANGE}), too few answers for a scale ({@link
 * ProblemCode#TOO_FEW_ANSWERS}; answers reported as duplicate or out of range still count as given, so
 * one bad answer is reported once). Nothing is defaulted or dropped.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(ReferenceInstrument.v1());
 * List<Outcome<Scores>> outcomes = scorer.scoreAll(responses); // one per response, in order
 * }</pre>
 *
 * @since 0.1
 */
public final class Scorer {
  private static final Scale[] SCALES = Scale.values();
  /** Rows per block of {@link #scoreColumns}: per-scale sums of 2 × 4 KiB stay in L1. */
  private static final int COLUMN_BLOCK_ROWS = 1024;

  private final Instrument instrument;

  private final Item[] items;
  private final ImmutableMap<ItemId, Integer> itemIndex;
  private final ImmutableMap<Scale, Integer> itemCounts;
  private final ImmutableMap<Scale, Integer> requiredAnswers;

  private Scorer(Instrument instrument) {
    this.instrument = instrument;
    this.items = instrument.items().toArray(Item[]::new);
    ImmutableMap.Builder<ItemId, Integer> index = ImmutableMap.builderWithExpectedSize(items.length);
    for (int i = 0; i < items.length; i++) {
      index.put(items[i].id(), i);
    }
    this.itemIndex = index.buildOrThrow();
    Map<Scale, Integer> counts = new EnumMap<>(Scale.class);
    for (Item item : instrument.items()) {
      counts.merge(item.scale(), 1, Integer::sum);
    }
    this.itemCounts = ImmutableMap.copyOf(counts); // EnumMap: in Scale order
    Map<Scale, Integer> required = new EnumMap<>(Scale.class);
    counts.forEach(
        (scale, count) ->
            required.put(scale, instrument.missingAnswerRule().requiredAnswers(count)));
    this.requiredAnswers = ImmutableMap.copyOf(required);
  }

  /** Returns a scorer for {@code instrument}. */
  public static Scorer of(Instrument instrument) {
    return new Scorer(requireNonNull(instrument, "instrument"));
  }

  /** Returns the instrument this scorer scores. */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * Returns the scores of {@code response}, or every problem that prevents them; problem locations
   * name the respondent and the item or scale.
   */
  public Outcome<Scores> score(Response response) {
    requireNonNull(response, "response");
    return score(response, Location.nowhere().withRecord(response.respondentId()));
  }

  /**
   * Returns one outcome per response, in input order; problem locations also carry the response's
   * 0-based position in {@code responses}.
   */
  public ImmutableList<Outcome<Scores>> scoreAll(List<Response> responses) {
    requireNonNull(responses, "responses");
    ImmutableList.Builder<Outcome<Scores>> outcomes =
        ImmutableList.builderWithExpectedSize(responses.size());
    for (int i = 0; i < responses.size(); i++) {
      Response response = requireNonNull(responses.get(i), "responses[" + i + "]");
      outcomes.add(score(response, Location.atIndex(i).withRecord(response.respondentId())));
    }
    return outcomes.build();
  }

  /**
   * Scores many respondents at once from columns of answer codes: {@code codes[j][row]} is the answer of
   * respondent {@code row} to the instrument's j-th item ({@link Instrument#items()} order), {@code
   * missingCode} where unanswered. Each scored row equals {@link #score(Response)} on the same answers;
   * a row with a code outside the range or too few answers for a scale fails with those problems,
   * located at the row index and the item or scale. Column loops without per-row objects: the fast path
   * for whole populations.
   *
   * @throws IllegalArgumentException if the column count differs from the instrument's item count, the
   *     columns differ in length (naming the item), or {@code missingCode} lies inside the range
   */
  public ScoreColumns scoreColumns(int[][] codes, int missingCode) {
    requireNonNull(codes, "codes");
    LikertRange range = instrument.range();
    checkArgument(codes.length == items.length,
        "%s columns of codes for an instrument of %s items", codes.length, items.length);
    checkArgument(!range.contains(missingCode), "the missing code %s lies inside %s", missingCode, range);
    int rows = codes.length == 0 ? 0 : requireNonNull(codes[0], "codes[0]").length;
    for (int j = 0; j < codes.length; j++) {
      int length = requireNonNull(codes[j], "codes[" + j + "]").length;
      checkArgument(length == rows, "column of item %s has %s rows, the first has %s",
          items[j].id().value(), length, rows);
    }
    int min = range.min();
    int max = range.max();
    int span = max - min;
    Scale[] scales = itemCounts.keySet().toArray(Scale[]::new);
    int[] scaleOf = new int[items.length];
    for (int j = 0; j < items.length; j++) {
      scaleOf[j] = Arrays.asList(scales).indexOf(items[j].scale());
    }
    double[][] scores = new double[scales.length][rows];
    // Rows in blocks whose per-scale sums stay in L1 while every item column streams past once.
    int[][] sums = new int[scales.length][COLUMN_BLOCK_ROWS];
    int[][] given = new int[scales.length][COLUMN_BLOCK_ROWS];
    Map<Integer, List<Problem>> problems = new TreeMap<>();
    for (int start = 0; start < rows; start += COLUMN_BLOCK_ROWS) {
      int len = Math.min(COLUMN_BLOCK_ROWS, rows - start);
      for (int s = 0; s < scales.length; s++) {
        Arrays.fill(sums[s], 0);
        Arrays.fill(given[s], 0);
      }
      for (int j = 0; j < items.length; j++) {
        int[] column = codes[j];
        int[] sum = sums[scaleOf[j]];
        int[] count = given[scaleOf[j]];
        // Branch-free so the JIT vectorises: present is 1 unless the code is the missing one; the keyed
        // value is max − v for a reversed item, v − min otherwise.
        boolean reverse = items[j].keying() == Keying.REVERSE;
        int base = reverse ? max : -min;
        int sign = reverse ? -1 : 1;
        int outside = 0;
        for (int r = 0; r < len; r++) {
          int v = column[start + r];
          int d = v - missingCode;
          int present = (d | -d) >>> 31;
          outside |= ((v - min) | (max - v)) & -present;
          sum[r] += (base + sign * v) * present;
          count[r] += present;
        }
        if (outside < 0) {
          for (int row = start; row < start + len; row++) {
            int v = column[row];
            if (v != missingCode && !range.contains(v)) {
              problems.computeIfAbsent(row, r -> new ArrayList<>()).add(Problem.of(
                  ProblemCode.VALUE_OUT_OF_RANGE,
                  Location.atIndex(row).withField(items[j].id().value()),
                  ImmutableMap.of(
                      "item", items[j].id().value(),
                      "value", Integer.toString(v),
                      "min", Integer.toString(min),
                      "max", Integer.toString(max))));
            }
          }
        }
      }
      for (int s = 0; s < scales.length; s++) {
        int required = verifyNotNull(requiredAnswers.get(scales[s]), "required answers of %s", scales[s]);
        int[] sum = sums[s];
        int[] count = given[s];
        double[] out = scores[s];
        int tooFew = 0;
        for (int r = 0; r < len; r++) {
          out[start + r] = 100.0 * sum[r] / ((double) count[r] * span);
          tooFew |= count[r] - required;
        }
        if (tooFew < 0) {
          for (int r = 0; r < len; r++) {
            if (count[r] < required) {
              Scale scale = scales[s];
              problems.computeIfAbsent(start + r, k -> new ArrayList<>()).add(Problem.of(
                  ProblemCode.TOO_FEW_ANSWERS,
                  Location.atIndex(start + r).withField(scale.name()),
                  ImmutableMap.of(
                      "scale", scale.name(),
                      "answered", Integer.toString(count[r]),
                      "required", Integer.toString(required),
                      "items", Integer.toString(verifyNotNull(itemCounts.get(scale), "item count of %s", scale)))));
            }
          }
        }
      }
    }
    Map<Scale, double[]> byScale = new EnumMap<>(Scale.class);
    for (int s = 0; s < scales.length; s++) {
      byScale.put(scales[s], scores[s]);
    }
    Map<Integer, ImmutableList<Problem>> located = new TreeMap<>();
    problems.forEach((row, list) -> located.put(row, ImmutableList.copyOf(list)));
    return new ScoreColumns(rows, byScale, located);
  }

  private Outcome<Scores> score(Response response, Location where) {
    List<Problem> problems = new ArrayList<>(0);
    if (response.respondentId().isBlank()) {
      problems.add(Problem.of(ProblemCode.EMPTY_RESPONDENT_ID, where, ImmutableMap.of()));
    }
    LikertRange range = instrument.range();
    // Per-response state in small arrays indexed by item position and scale ordinal: no maps, no boxing.
    int[] timesAnswered = new int[items.length];
    int[] given = new int[SCALES.length];
    long[] keyedSums = new long[SCALES.length];
    int[] used = new int[SCALES.length];
    for (Answer answer : response.answers()) {
      Integer index = itemIndex.get(answer.item());
      if (index == null) {
        problems.add(
            Problem.of(
                ProblemCode.UNKNOWN_ITEM,
                where.withField(answer.item().value()),
                ImmutableMap.of("item", answer.item().value(), "instrument", instrument.id())));
        continue;
      }
      if (timesAnswered[index]++ > 0) {
        continue; // reported once per item below, with the count
      }
      Item item = items[index];
      int scale = item.scale().ordinal();
      given[scale]++;
      if (!range.contains(answer.value())) {
        problems.add(
            Problem.of(
                ProblemCode.VALUE_OUT_OF_RANGE,
                where.withField(answer.item().value()),
                ImmutableMap.of(
                    "item", answer.item().value(),
                    "value", Integer.toString(answer.value()),
                    "min", Integer.toString(range.min()),
                    "max", Integer.toString(range.max()))));
        continue;
      }
      int keyed = item.keying() == Keying.REVERSE ? range.reverse(answer.value()) : answer.value();
      keyedSums[scale] += keyed - range.min();
      used[scale]++;
    }
    for (int i = 0; i < items.length; i++) {
      if (timesAnswered[i] > 1) {
        String id = items[i].id().value();
        problems.add(
            Problem.of(
                ProblemCode.DUPLICATE_ITEM,
                where.withField(id),
                ImmutableMap.of("item", id, "count", Integer.toString(timesAnswered[i]))));
      }
    }
    for (Scale scale : itemCounts.keySet()) {
      int answered = given[scale.ordinal()];
      int required = verifyNotNull(requiredAnswers.get(scale), "required answers of %s", scale);
      if (answered < required) {
        problems.add(
            Problem.of(
                ProblemCode.TOO_FEW_ANSWERS,
                where.withField(scale.name()),
                ImmutableMap.of(
                    "scale", scale.name(),
                    "answered", Integer.toString(answered),
                    "required", Integer.toString(required),
                    "items", Integer.toString(verifyNotNull(itemCounts.get(scale), "item count of %s", scale)))));
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.failed(problems);
    }
    Map<Scale, ScaleScore> scales = new EnumMap<>(Scale.class);
    int span = range.max() - range.min();
    for (Scale scale : itemCounts.keySet()) {
      int n = used[scale.ordinal()];
      double value = 100.0 * keyedSums[scale.ordinal()] / ((double) n * span);
      scales.put(scale, new ScaleScore(value, n, itemCounts.get(scale)));
    }
    return Outcome.ok(Scores.of(response.respondentId(), scales));
  }
}
