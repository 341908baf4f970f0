package org.careerownership.analytics.release;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.catalog.ImmobileGroup;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.segment.Segmentation;

/**
 * The library's standard dimensions, with the guide's labels, so that a phase or an immobile group has
 * one id and one label in every release: a category's id is its constant's name in lower case with
 * hyphens ({@code FUTURE_CREATION} → {@code "future-creation"}).
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Dimension phase = Dimensions.phase();
 * int code = Dimensions.code(Phase.FUTURE_CREATION);   // its category index, for Population.ofColumns
 * }</pre>
 *
 * @since 0.1
 */
public final class Dimensions {
  private static final Dimension PHASE = new Dimension("phase", LocalizedText.of("フェーズ", "Phase"),
      Arrays.stream(Phase.values()).map(p -> Category.of(id(p), p.label())).toList());
  private static final Dimension IMMOBILE = Dimension.of("immobile-layer",
      LocalizedText.of("不動層", "Immobile layer"),
      Category.of("mobile", LocalizedText.of("不動層以外", "Not in the immobile layer")),
      Category.of(id(ImmobileGroup.REACH_GAP), LocalizedText.of("リーチ不足群", "Reach gap")),
      Category.of(id(ImmobileGroup.GROWTH_GAP), LocalizedText.of("伸ばせていない群", "Growth gap")),
      Category.of(id(ImmobileGroup.PATHWAY_GAP), LocalizedText.of("自社での発揮を描けない群", "Pathway gap")));
  private static final Dimension GENERATION = new Dimension("generation", LocalizedText.of("年代", "Generation"),
      java.util.stream.Stream.concat(
          Arrays.stream(Generation.values()).map(g -> Category.of(id(g), g.label())),
          java.util.stream.Stream.of(Category.of("age-not-given", LocalizedText.of("年齢不明", "Age not given"))))
          .toList());

  private Dimensions() {}

  private static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the dimension of the four C/O phases. */
  public static Dimension phase() {
    return PHASE;
  }

  /** Returns the dimension of the immobile layer: not in it, then each of its three groups. */
  public static Dimension immobileLayer() {
    return IMMOBILE;
  }

  /** Returns the dimension of the three generations, then "age not given". */
  public static Dimension generation() {
    return GENERATION;
  }

  /** Returns the category index of {@code phase} in {@link #phase()}. */
  public static int code(Phase phase) {
    return requireNonNull(phase, "phase").ordinal();
  }

  /** Returns the category index of {@code segmentation}'s primary group in {@link #immobileLayer()}. */
  public static int code(Segmentation segmentation) {
    return requireNonNull(segmentation, "segmentation").primaryGroup().map(g -> 1 + g.ordinal()).orElse(0);
  }

  /** Returns the category index of {@code generation} in {@link #generation()}. */
  public static int code(Generation generation) {
    return requireNonNull(generation, "generation").ordinal();
  }

  /** Returns the category index of "age not given" in {@link #generation()}. */
  public static int ageNotGiven() {
    return Generation.values().length;
  }

  /** Returns the category id of {@code value} in its standard dimension ({@code "future-creation"}). */
  public static String categoryId(Enum<?> value) {
    return id(requireNonNull(value, "value"));
  }
}
