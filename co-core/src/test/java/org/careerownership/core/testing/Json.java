package org.careerownership.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round-trips values through a host's Jackson 2 mapper (2.21, with the jdk8 and Guava modules) and a
 * Jackson 3 mapper (3.1), the two stacks the library's results must serialise with.
 */
public final class Json {
  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new GuavaModule());
  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  private Json() {}

  /** Returns {@code value} written and read back by Jackson 2. */
  public static <T> T viaJackson2(T value, com.fasterxml.jackson.core.type.TypeReference<T> type) {
    try {
      return JACKSON2.readValue(JACKSON2.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("Jackson 2 round trip failed for " + value, e);
    }
  }

  /** Returns {@code value} written and read back by Jackson 3. */
  public static <T> T viaJackson3(T value, tools.jackson.core.type.TypeReference<T> type) {
    return JACKSON3.readValue(JACKSON3.writeValueAsString(value), type);
  }

  /** Returns {@code value} written by Jackson 2. */
  public static String jackson2(Object value) {
    try {
      return JACKSON2.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns {@code value} written by Jackson 3. */
  public static String jackson3(Object value) {
    return JACKSON3.writeValueAsString(value);
  }

  /** Asserts that {@code value} comes back equal from both mappers, typed by its own class. */
  public static <T> void assertRoundTrips(T value, Class<T> type) {
    try {
      assertEquals(value, JACKSON2.readValue(JACKSON2.writeValueAsString(value), type), "Jackson 2");
    } catch (JsonProcessingException e) {
      throw new AssertionError("Jackson 2 round trip failed for " + value, e);
    }
    assertEquals(value, JACKSON3.readValue(JACKSON3.writeValueAsString(value), type), "Jackson 3");
  }
}
