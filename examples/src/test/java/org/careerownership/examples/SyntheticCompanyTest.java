package org.careerownership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SyntheticCompanyTest {

  @Test
  void theCommittedExportIsReproducedByteForByteFromItsSeed() throws IOException {
    String committed;
    try (InputStream in = SyntheticCompanyTest.class.getResourceAsStream("/company/survey.csv")) {
      committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(committed, SyntheticCompany.csv(SyntheticCompany.Config.standard()));
  }

  @Test
  void rowsFollowTheConfiguredHierarchy() {
    SyntheticCompany.Config config = new SyntheticCompany.Config(600, 7, 2, 2, 3);
    List<ResponseTable.Row> rows = ResponseTable.read(new StringReader(SyntheticCompany.csv(config)));
    assertEquals(600, rows.size());
    Set<String> teams = new HashSet<>();
    for (ResponseTable.Row row : rows) {
      String division = row.division().orElseThrow();
      String department = row.department().orElseThrow();
      String team = row.unit().orElseThrow();
      assertTrue(department.startsWith(division + "-") && team.startsWith(department + "-"), team);
      teams.add(team);
      assertEquals(SyntheticCompany.ENGAGEMENT_ITEMS.size(), row.engagement().size() + missing(row));
      assertTrue(row.problems().isEmpty(), "a company under 1,100 people has no injected faults");
    }
    assertEquals(2 * 2 * 3 + 2, teams.size(), "12 configured teams and the two tiny ones");
  }

  private static int missing(ResponseTable.Row row) {
    return (int) SyntheticCompany.ENGAGEMENT_ITEMS.stream().filter(i -> !row.engagement().containsKey(i)).count();
  }

  @Test
  void anotherSeedGivesOtherDataAndBadShapesAreRejected() {
    SyntheticCompany.Config small = SyntheticCompany.Config.standard().withEmployees(200);
    assertNotEquals(SyntheticCompany.csv(small), SyntheticCompany.csv(small.withSeed(2)));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCompany.Config.standard().withEmployees(10));
    assertThrows(IllegalArgumentException.class, () -> new SyntheticCompany.Config(500, 1, 0, 1, 1));
  }
}
