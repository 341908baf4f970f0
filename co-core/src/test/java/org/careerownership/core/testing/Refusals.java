package org.careerownership.core.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** The one assertion for bad input: refused with an {@link IllegalArgumentException} that names it. */
public final class Refusals {
  private Refusals() {}

  /** Asserts that {@code call} throws an {@link IllegalArgumentException} whose message contains {@code named}. */
  public static IllegalArgumentException assertRefused(String named, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(named), () -> "expected the message to name '" + named + "': " + e.getMessage());
    return e;
  }
}
