package org.careerownership.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.careerownership.analytics.correlation.CorrelationMatrix;
import org.careerownership.analytics.correlation.CorrelationTest;
import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.analytics.correlation.Deletion;
import org.careerownership.core.instrument.LikertRange;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Every benchmarked kernel returns what the libraries it is measured against return, on the benchmarks'
 * own kind of data: correlations within 1e-12 absolute.
 */
final class AnchorAgreementTest {
  private static final int ROWS = 20_000;
  private static final int ITEMS = 12;
  private static final List<String> NAMES = IntStream.range(0, ITEMS).mapToObj(j -> "q" + j).toList();
  private static final double TOLERANCE = 1e-12;

  private static void assertSameMatrix(double[][] expected, CorrelationMatrix<? extends CorrelationTest> actual, String who) {
    for (int a = 0; a < ITEMS; a++) {
      for (int b = a + 1; b < ITEMS; b++) {
        assertEquals(expected[a][b], actual.test(a, b).orElseThrow().estimate(), TOLERANCE, who + " (" + a + ", " + b + ")");
      }
    }
  }

  @Test
  void pearsonOverLikertCodesMatchesCommonsMathAndHipparchus() {
    SyntheticSurvey survey = SyntheticSurvey.generate(ROWS, ITEMS, 0, 11);
    for (int points : new int[] {5, 7}) {
      double[][] rowMajor = SyntheticSurvey.rowMajor(survey.codesAsReals(points));
      CorrelationMatrix<?> library = Correlations.pearson()
          .matrix(NAMES, survey.codes(points), LikertRange.of(1, points), SyntheticSurvey.MISSING, Deletion.PAIRWISE);
      assertSameMatrix(Anchors.commonsMathPearson(rowMajor), library, "Commons Math, 1-" + points);
      assertSameMatrix(Anchors.hipparchusPearson(rowMajor), library, "Hipparchus, 1-" + points);
    }
  }

  @Test
  void pearsonOverRealsMatchesEveryAnchor() {
    double[][] columns = SyntheticSurvey.generate(ROWS, ITEMS, 0, 12).reals();
    double[][] rowMajor = SyntheticSurvey.rowMajor(columns);
    CorrelationMatrix<?> library = Correlations.pearson().matrix(NAMES, columns, Deletion.PAIRWISE);
    assertSameMatrix(Anchors.commonsMathPearson(rowMajor), library, "Commons Math");
    assertSameMatrix(Anchors.hipparchusPearson(rowMajor), library, "Hipparchus");
    assertSameMatrix(Anchors.guavaPearson(columns), library, "Guava");
    assertSameMatrix(Anchors.ejmlPearson(new DMatrixRMaj(rowMajor)), library, "EJML");
  }

  @Test
  void pairwisePearsonWithMissingValuesMatchesTheCommonsMathPerPairRouteAndGuava() {
    double[][] columns = SyntheticSurvey.generate(ROWS, ITEMS, 0.1, 13).reals();
    CorrelationMatrix<?> library = Correlations.pearson().matrix(NAMES, columns, Deletion.PAIRWISE);
    assertSameMatrix(Anchors.commonsMathPairwisePearson(columns), library, "Commons Math per pair");
    assertSameMatrix(Anchors.guavaPearson(columns), library, "Guava");
  }

  @Test
  void spearmanMatchesCommonsMathAndHipparchusOnCodesAndReals() {
    SyntheticSurvey survey = SyntheticSurvey.generate(ROWS, ITEMS, 0, 14);
    double[][] codes = SyntheticSurvey.rowMajor(survey.codesAsReals(5));
    CorrelationMatrix<?> likert = Correlations.spearman()
        .matrix(NAMES, survey.codes(5), LikertRange.of(1, 5), SyntheticSurvey.MISSING, Deletion.PAIRWISE);
    assertSameMatrix(Anchors.commonsMathSpearman(codes), likert, "Commons Math, codes");
    assertSameMatrix(Anchors.hipparchusSpearman(codes), likert, "Hipparchus, codes");
    double[][] reals = survey.reals();
    CorrelationMatrix<?> real = Correlations.spearman().matrix(NAMES, reals, Deletion.PAIRWISE);
    assertSameMatrix(Anchors.commonsMathSpearman(SyntheticSurvey.rowMajor(reals)), real, "Commons Math, reals");
  }

  @Test
  void kendallMatchesCommonsMathAndHipparchusOnCodesAndOnAPairOfReals() {
    SyntheticSurvey survey = SyntheticSurvey.generate(5_000, 6, 0, 15);
    double[][] codes = SyntheticSurvey.rowMajor(survey.codesAsReals(5));
    List<String> names = NAMES.subList(0, 6);
    CorrelationMatrix<?> likert = Correlations.kendall()
        .matrix(names, survey.codes(5), LikertRange.of(1, 5), SyntheticSurvey.MISSING, Deletion.PAIRWISE);
    double[][] commons = Anchors.commonsMathKendall(codes);
    double[][] hipparchus = Anchors.hipparchusKendall(codes);
    for (int a = 0; a < 6; a++) {
      for (int b = a + 1; b < 6; b++) {
        assertEquals(commons[a][b], likert.test(a, b).orElseThrow().estimate(), TOLERANCE, "Commons Math");
        assertEquals(hipparchus[a][b], likert.test(a, b).orElseThrow().estimate(), TOLERANCE, "Hipparchus");
      }
    }
    double[][] reals = SyntheticSurvey.generate(ROWS, 2, 0, 16).reals();
    assertEquals(
        new org.apache.commons.math3.stat.correlation.KendallsCorrelation().correlation(reals[0], reals[1]),
        Correlations.kendall().test(reals[0], reals[1]).orElseThrow().estimate(), TOLERANCE);
  }
}
