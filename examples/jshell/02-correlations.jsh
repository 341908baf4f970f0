// Correlate the seven engagement items and the two C/O scores, with Holm-adjusted p-values.
import java.nio.file.Path;
import java.util.*;
import org.careerownership.analytics.correlation.*;
import org.careerownership.analytics.csv.*;
import org.careerownership.analytics.inference.*;
import org.careerownership.core.instrument.*;

List<String> names = List.of("EN_WELLBEING", "EN_FUTURE", "EN_CULTURE", "EN_COLLABORATION", "EN_CUSTOMER", "EN_GROWTH", "EN_CAREER");
Map<String, String> items = new LinkedHashMap<>();
names.forEach(n -> items.put(n, n));
SurveyData data = SurveyCsv.reader().withItems(items).withLikertRange(LikertRange.of(1, 5)).read(
    Path.of("examples/src/main/resources/company/survey.csv"));
double[][] columns = names.stream().map(data::column).toArray(double[][]::new);
CorrelationMatrix<PearsonTest> m = Correlations.pearson().matrix(names, columns, Deletion.PAIRWISE);
double[] p = m.pairs().stream().mapToDouble(o -> o.orElseThrow().pValue()).toArray();
double[] holm = PValueAdjustment.HOLM.adjust(p);
System.out.printf("%-18s %-18s %7s %10s %10s%n", "item", "item", "r", "p", "Holm p");
for (int i = 0, k = 0; i < names.size(); i++) {
  for (int j = i + 1; j < names.size(); j++, k++) {
    PearsonTest t = m.test(i, j).orElseThrow();
    System.out.printf("%-18s %-18s %+7.3f %10.3g %10.3g%n", names.get(i), names.get(j), t.r(), t.pValue(), holm[k]);
  }
}
/exit
