package org.careerownership.sparkexample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.careerownership.core.org.OrgStructure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example job end to end on a small company, and the organisation it reads from the export. */
final class CompanyReportJobTest {

  @Nested
  final class EndToEnd {
    @TempDir
    Path dir;

    @Test
    void theReleaseFromSparksCountedRowsEqualsTheOneMachineRelease() throws IOException {
      // 3,000 people: the export's faulty rows and its two tiny teams (3 people each) are in.
      CompanyReportJob.main(new String[] {"--rows=3000", "--dir=" + dir, "--master=local[2]"});
      JsonNode report = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("report.json")));

      assertTrue(report.get("releasesEqual").asBoolean());
      assertTrue(report.get("tablesBitIdentical").asBoolean());
      assertTrue(report.get("releaseAudit").get("safe").asBoolean());
      assertTrue(report.get("notScored").asLong() > 0, "the faulty rows that cannot be scored");
      assertEquals("suppressed", report.get("phaseMixByUnit").get("D1-1-X").get("all").asString());
      assertEquals("suppressed", report.get("immobileLayerByUnit").get("D2-1-Y").get("all").asString());
      assertTrue(report.get("phaseMixByUnit").get("COMPANY").get("all").isNumber());
      assertEquals(4, report.get("topRatingByPhase").get("rows").size());
    }
  }

  @Nested
  final class Organisation {
    private final List<List<String>> rows = List.of(List.of("D2", "D2-1", "D2-1-1"), List.of("D1", "D1-2", "D1-2-1"),
        List.of("D1", "D1-1", "D1-1-2"), List.of("D1", "D1-1", "D1-1-1"), List.of("D1", "D1-1", "D1-1-1"));

    @Test
    void isTheSameWhateverTheOrderOfTheRows() {
      List<List<String>> shuffled = new ArrayList<>(rows);
      Collections.reverse(shuffled);
      OrgStructure org = CompanyReportJob.org(rows);
      assertEquals(org, CompanyReportJob.org(shuffled));
      assertEquals(List.of("COMPANY", "D1", "D1-1", "D1-1-1", "D1-1-2", "D1-2", "D1-2-1", "D2", "D2-1", "D2-1-1"),
          org.units().stream().map(u -> u.id().value()).toList());
    }

    @Test
    void refusesATeamUnderTwoDepartments() {
      List<List<String>> twice = new ArrayList<>(rows);
      twice.add(List.of("D2", "D2-1", "D1-1-1"));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompanyReportJob.org(twice));
      assertTrue(e.getMessage().contains("D1-1-1"), e.getMessage());
    }
  }
}
