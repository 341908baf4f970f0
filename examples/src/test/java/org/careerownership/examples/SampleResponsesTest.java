package org.careerownership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class SampleResponsesTest {

  @Test
  void theCommittedSampleIsReproducedByteForByteFromItsSeed() throws IOException {
    String committed;
    try (InputStream in = SampleResponsesTest.class.getResourceAsStream("/sample/responses.csv")) {
      committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(committed, SampleResponses.csv(SampleResponses.SEED));
  }

  @Test
  void hasAHeaderAndTheDeclaredNumberOfRows() {
    String[] lines = SampleResponses.csv(SampleResponses.SEED).split("\n");
    assertEquals(1 + SampleResponses.ROWS, lines.length);
    assertTrue(lines[0].startsWith("respondent_id,age,org_unit,stagnation_reason,measures_used,ID01,"), lines[0]);
  }

  @Test
  void anotherSeedGivesOtherData() {
    assertNotEquals(SampleResponses.csv(1), SampleResponses.csv(2));
  }
}
