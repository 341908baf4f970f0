// Load the company's survey export, score and classify everyone (columnar API), print the phase mix.
// Run from the repository root: bash examples/jshell/shell.sh examples/jshell/01-phases.jsh
import java.nio.file.Path;
import java.util.*;
import java.util.stream.*;
import org.careerownership.analytics.csv.*;
import org.careerownership.core.Language;
import org.careerownership.core.instrument.*;
import org.careerownership.core.phase.*;

Instrument instrument = ReferenceInstrument.v1();
Map<String, String> items = new LinkedHashMap<>();
instrument.items().forEach(i -> items.put(i.id().value(), i.id().value()));
SurveyData data = SurveyCsv.reader().withItems(items).withLikertRange(instrument.range()).read(
    Path.of("examples/src/main/resources/company/survey.csv"));
System.out.printf("rows %d, cells reported %d%n", data.rows(), data.problems().size());

// Columns of codes, 0 where missing, in the instrument's item order.
int[][] codes = instrument.items().stream().map(
    i -> Arrays.stream(data.column(i.id().value())).mapToInt(v -> Double.isNaN(v) ? 0 : (int) v).toArray()).toArray(
    int[][]::new);
PhaseColumns phases = PhaseClassifier.standard().classifyColumns(Scorer.of(instrument).scoreColumns(codes, 0));
for (Phase p : Phase.values()) {
  System.out.printf("%-24s %5d  %5.1f%%%n", p.label(Language.EN), phases.count(p), 100.0 * phases.count(p) / phases.rows());
}
System.out.println("not scored: " + phases.scores().failedRows());
phases.scores().problems(602).forEach(p -> System.out.println("  row 602: " + p.text(Language.EN)));
/exit
