package org.careerownership.core.instrument;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.careerownership.core.LocalizedText;

/**
 * An immutable item (question) of an {@link Instrument}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Item item = Item.of("Q1", Scale.IDENTITY, Keying.NORMAL, "自分の強みを説明できる", "I can explain my strengths");
 * }</pre>
 *
 * @param id the item's stable id; never null
 * @param scale the scale the item measures; never null
 * @param keying whether agreeing raises ({@link Keying#NORMAL}) or lowers the scale score
 * @param text the item's wording in ja and en; never null
 * @since 0.1
 */
public record Item(
    @JsonProperty("id") ItemId id,
    @JsonProperty("scale") Scale scale,
    @JsonProperty("keying") Keying keying,
    @JsonProperty("text") LocalizedText text) {

  /** Creates an item. */
  @JsonCreator
  public Item {
    requireNonNull(id, "id");
    requireNonNull(scale, "scale");
    requireNonNull(keying, "keying");
    requireNonNull(text, "text");
  }

  /**
   * Returns an item.
   *
   * @throws IllegalArgumentException if {@code id} is not a valid {@link ItemId} or a text is blank
   */
  public static Item of(String id, Scale scale, Keying keying, String ja, String en) {
    return new Item(ItemId.of(id), scale, keying, LocalizedText.of(ja, en));
  }
}
