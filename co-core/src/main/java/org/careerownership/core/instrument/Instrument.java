package org.careerownership.core.instrument;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * An immutable questionnaire a host defines: items, each measuring one {@link Scale}, answered on one
 * {@link LikertRange}, scored under one {@link MissingAnswerRule}. Instruments are data, so a host can
 * score its own diagnostic; the library ships {@link ReferenceInstrument} as an illustration.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Instrument instrument = Instrument.builder()
 *     .id("acme-co-2026")
 *     .name(LocalizedText.of("ACME C/O 診断", "ACME C/O diagnostic"))
 *     .range(LikertRange.of(1, 6))
 *     .addItem(Item.of("I1", Scale.IDENTITY, Keying.NORMAL, "…", "I know what I value at work."))
 *     .addItem(Item.of("A1", Scale.ADAPTABILITY, Keying.REVERSE, "…", "Change unsettles me."))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
@ValueStyle
public abstract class Instrument {

  Instrument() {}

  /** Returns a builder; {@link #missingAnswerRule()} defaults to {@link MissingAnswerRule#standard()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an instrument; the JSON creator.
   *
   * @throws IllegalArgumentException if the instrument is invalid (see {@link #builder()})
   */
  @JsonCreator
  static Instrument of(
      @JsonProperty("id") String id,
      @JsonProperty("name") LocalizedText name,
      @JsonProperty("range") LikertRange range,
      @JsonProperty("missingAnswerRule") MissingAnswerRule missingAnswerRule,
      @JsonProperty("items") List<Item> items) {
    return builder()
        .id(id)
        .name(name)
        .range(range)
        .missingAnswerRule(missingAnswerRule)
        .items(items)
        .build();
  }

  /** Returns the instrument's stable id, such as {@code "co-reference-v1"}; not blank. */
  @JsonProperty("id")
  public abstract String id();

  /** Returns the instrument's name in ja and en. */
  @JsonProperty("name")
  public abstract LocalizedText name();

  /** Returns the Likert range every item is answered on. */
  @JsonProperty("range")
  public abstract LikertRange range();

  /** Returns the rule deciding when a scale has too few answers to be scored. */
  @JsonProperty("missingAnswerRule")
  @Value.Default
  public MissingAnswerRule missingAnswerRule() {
    return MissingAnswerRule.standard();
  }

  /** Returns the items in their defined order; at least one, ids unique. */
  @JsonProperty("items")
  public abstract ImmutableList<Item> items();

  /** Returns the scales that have items, in {@link Scale} order. */
  public ImmutableList<Scale> scales() {
    return Arrays.stream(Scale.values())
        .filter(scale -> items().stream().anyMatch(item -> item.scale() == scale))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether the instrument measures both dimensions of the C/O diagnostic. */
  public boolean diagnostic() {
    return scales().contains(Scale.IDENTITY) && scales().contains(Scale.ADAPTABILITY);
  }

  /** Returns the items of {@code scale}, in their defined order. */
  public ImmutableList<Item> items(Scale scale) {
    return items().stream()
        .filter(item -> item.scale() == scale)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the item with id {@code id}, if the instrument has one. */
  public Optional<Item> item(ItemId id) {
    return items().stream().filter(item -> item.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "instrument id must not be blank");
    Set<ItemId> seen = new HashSet<>();
    for (Item item : items()) {
      checkArgument(
          seen.add(item.id()), "instrument '%s' defines item '%s' twice", id(), item.id());
    }
    checkArgument(!items().isEmpty(), "instrument '%s' has no items", id());
  }

  /** Builds an {@link Instrument}; not thread-safe. */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }
}
