package org.careerownership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.util.Optional;
import org.careerownership.core.Location;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.instrument.Answer;
import org.junit.jupiter.api.Test;

final class ResponseTableTest {

  @Test
  void readsIntegerCellsAsAnswersAndSkipsEmptyOnes() {
    ImmutableList<ResponseTable.Row> rows =
        ResponseTable.read(new StringReader("respondent_id,age,stagnation_reason,ID01,AD01\nR1,40,mid-career.fear-of-changing,4,\nR2,,,,2\n"));
    assertEquals(2, rows.size());
    assertEquals(ImmutableList.of(Answer.of("ID01", 4)), rows.get(0).response().answers());
    assertEquals(Optional.of(40), rows.get(0).age());
    assertEquals(Optional.empty(), rows.get(1).age());
    assertEquals(Optional.of("mid-career.fear-of-changing"), rows.get(0).reason());
    assertEquals(Optional.empty(), rows.get(1).reason());
    assertEquals(ImmutableList.of(Answer.of("AD01", 2)), rows.get(1).response().answers());
    assertTrue(rows.get(0).problems().isEmpty());
  }

  @Test
  void reportsEveryNonIntegerCellWithRowRespondentAndColumn() {
    ImmutableList<ResponseTable.Row> rows =
        ResponseTable.read(new StringReader("respondent_id,age,stagnation_reason,ID01,AD01\nR1,forty,,4.5,x\n"));
    ResponseTable.Row row = rows.get(0);
    assertEquals(3, row.problems().size());
    assertEquals(ProblemCode.NOT_AN_INTEGER, row.problems().get(0).code());
    assertEquals(Location.atIndex(0).withRecord("R1").withField("ID01"), row.problems().get(0).location());
    assertEquals("4.5", row.problems().get(0).arguments().get("value"));
    assertEquals(Optional.of("age"), row.problems().get(2).location().field());
    assertTrue(row.response().answers().isEmpty());
  }

  @Test
  void readsTheOptionalPersonColumnsAndReportsNegativeCounts() {
    ImmutableList<ResponseTable.Row> rows =
        ResponseTable.read(new StringReader("ID01,respondent_id,org_unit,measures_used\n3,R1,U07,2\n4,R2,,-1\n"));
    assertEquals(Optional.of("U07"), rows.get(0).unit());
    assertEquals(Optional.of(2), rows.get(0).measuresUsed());
    assertEquals(ImmutableList.of(Answer.of("ID01", 3)), rows.get(0).response().answers());
    assertEquals(Optional.empty(), rows.get(1).unit());
    assertEquals(Optional.empty(), rows.get(1).measuresUsed());
    assertEquals(ProblemCode.NEGATIVE_COUNT, rows.get(1).problems().get(0).code());
  }

  @Test
  void rejectsAFileWithoutTheExpectedHeaderOrWithRaggedLines() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ResponseTable.read(new StringReader("id,age,stagnation_reason,ID01\nR1,40,,3\n")));
    assertThrows(
        IllegalArgumentException.class,
        () -> ResponseTable.read(new StringReader("respondent_id,ID01,ID01\nR1,3,3\n")));
    IllegalArgumentException ragged =
        assertThrows(
            IllegalArgumentException.class,
            () -> ResponseTable.read(new StringReader("respondent_id,age,stagnation_reason,ID01\nR1,40\n")));
    assertTrue(ragged.getMessage().contains("line 2"), ragged.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ResponseTable.read(new StringReader("")));
  }
}
