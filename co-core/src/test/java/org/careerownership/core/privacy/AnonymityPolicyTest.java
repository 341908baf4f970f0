package org.careerownership.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class AnonymityPolicyTest {

  private static final AnonymityPolicy K5 = AnonymityPolicy.standard();

  @Test
  void largeCountsAndZerosAreShown() {
    ProtectedTable t = K5.protect(List.of("A"), List.of("x", "y", "z"), new long[][] {{7, 0, 12}});
    assertEquals(0, t.suppressedCells());
    assertEquals(Optional.of(7L), t.cell(0, 0).count());
    assertEquals(Optional.of(19L), t.rowTotals().get(0).count());
  }

  @Test
  void aSmallCellAndOneSiblingAreSuppressedSoTheRowTotalRevealsNeither() {
    // 3 is below 5; with the row total 30 shown, 3 = 30 - 15 - 12 unless a sibling is hidden too.
    ProtectedTable t = K5.protect(List.of("A"), List.of("x", "y", "z"), new long[][] {{3, 15, 12}});
    assertEquals(Suppression.BELOW_THRESHOLD, t.cell(0, 0).suppression().orElseThrow());
    assertEquals(Suppression.COMPLEMENTARY, t.cell(0, 2).suppression().orElseThrow()); // the smallest sibling
    assertFalse(t.cell(0, 1).isSuppressed());
    assertEquals(Optional.of(30L), t.rowTotals().get(0).count());
  }

  @Test
  void aSmallRowIsSuppressedWholeAndASecondRowHidesItFromTheGrandTotal() {
    ProtectedTable t = K5.protect(List.of("big", "small", "mid"), List.of("x", "y"),
        new long[][] {{20, 30}, {1, 2}, {9, 8}});
    assertTrue(t.rowTotals().get(1).isSuppressed());
    assertTrue(t.cell(1, 0).isSuppressed() && t.cell(1, 1).isSuppressed());
    assertTrue(t.rowTotals().get(2).isSuppressed(), "the smallest other row is hidden too");
    assertEquals(Suppression.COMPLEMENTARY, t.rowTotals().get(2).suppression().orElseThrow());
    assertEquals(Optional.of(70L), t.total().count());
    assertEquals(2, t.suppressedRows());
  }

  @Test
  void whenEverySiblingIsZeroTheTotalItselfIsHidden() {
    // Column y: 4 in row A, 0 elsewhere; the column total would reveal it.
    ProtectedTable t = K5.protect(List.of("A", "B"), List.of("x", "y"), new long[][] {{10, 4}, {10, 0}});
    assertTrue(t.cell(0, 1).isSuppressed());
    assertTrue(t.columnTotals().get(1).isSuppressed());
  }

  @Test
  void sharesAreGivenOnlyForShownCells() {
    ProtectedTable t = K5.protect(List.of("A"), List.of("x", "y", "z"), new long[][] {{3, 15, 12}});
    assertEquals(Optional.of(0.5), t.share(0, 1));
    assertEquals(Optional.empty(), t.share(0, 0));
  }

  @Test
  void minimumOfOneSuppressesNothing() {
    ProtectedTable t = AnonymityPolicy.minimumGroupSize(1).protect(List.of("A"), List.of("x"), new long[][] {{1}});
    assertEquals(Optional.of(1L), t.cell(0, 0).count());
  }

  @Test
  void aSmallRowShowsItsZerosAndTheCascadeEndsAtAColumnTotal() {
    // Worked by hand from the rules: B (total 3) is hidden with its non-zero cell; column x then hides
    // A's 20, row A its 30, and column y, whose other cell is 0, hides its own total; the grand-total line
    // hides row A's total. B's zero reveals nothing and stays shown.
    ProtectedTable t = K5.protect(List.of("A", "B"), List.of("x", "y"), new long[][] {{20, 30}, {3, 0}});
    assertEquals(Optional.of(Suppression.COMPLEMENTARY), t.cell(0, 0).suppression());
    assertEquals(Optional.of(Suppression.COMPLEMENTARY), t.cell(0, 1).suppression());
    assertEquals(Optional.of(Suppression.BELOW_THRESHOLD), t.cell(1, 0).suppression());
    assertEquals(Optional.of(0L), t.cell(1, 1).count());
    assertEquals(Optional.of(Suppression.COMPLEMENTARY), t.rowTotals().get(0).suppression());
    assertEquals(Optional.of(Suppression.BELOW_THRESHOLD), t.rowTotals().get(1).suppression());
    assertEquals(Optional.of(23L), t.columnTotals().get(0).count());
    assertEquals(Optional.of(Suppression.COMPLEMENTARY), t.columnTotals().get(1).suppression());
    assertEquals(Optional.of(53L), t.total().count());
  }

  @Test
  void columnAndRowTotalsAreTheSumsWhenShown() {
    ProtectedTable t = K5.protect(List.of("A", "B"), List.of("x", "y", "z"), new long[][] {{10, 20, 30}, {5, 6, 7}});
    assertEquals(List.of(Optional.of(15L), Optional.of(26L), Optional.of(37L)),
        t.columnTotals().stream().map(ProtectedCount::count).toList());
    assertEquals(List.of(Optional.of(60L), Optional.of(18L)), t.rowTotals().stream().map(ProtectedCount::count).toList());
    assertEquals(Optional.of(78L), t.total().count());
  }

  @Test
  void badInputIsRejectedNamingTheCell() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> K5.protect(List.of("A"), List.of("x", "y"), new long[][] {{7, -1}}));
    assertTrue(negative.getMessage().contains("counts[0][1] (-1)"), negative.getMessage());
    IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
        () -> K5.protect(List.of("A", "B"), List.of("x", "y"), new long[][] {{7, 8}, {9}}));
    assertTrue(ragged.getMessage().contains("row 1 has 1 columns"), ragged.getMessage());
  }

  @Test
  void badInputIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> AnonymityPolicy.minimumGroupSize(0));
    assertThrows(IllegalArgumentException.class, () -> K5.protect(List.of("A"), List.of("x"), new long[][] {{-1}}));
    assertThrows(IllegalArgumentException.class, () -> K5.protect(List.of("A", "B"), List.of("x"), new long[][] {{1}}));
    assertThrows(IllegalArgumentException.class, () -> ProtectedCount.shown(-1));
    assertThrows(IllegalArgumentException.class,
        () -> new ProtectedCount(Optional.of(1L), Optional.of(Suppression.BELOW_THRESHOLD)));
  }
}
