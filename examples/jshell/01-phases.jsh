// Load the company's survey export, score and classify everyone (columnar API), print the phase mix.
// Counts of groups leave through a release: small counts (and any that would give them away) are withheld.
// Run from the repository root: bash examples/jshell/shell.sh examples/jshell/01-phases.jsh
import java.nio.file.Path;
import java.util.*;
import java.util.stream.*;
import org.careerownership.analytics.csv.*;
import org.careerownership.analytics.release.*;
import org.careerownership.core.Language;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.instrument.*;
import org.careerownership.core.org.*;
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

// The whole company as an organisation of one unit, and one release of its phase counts.
OrgStructure company = OrgStructure.builder().level(LocalizedText.of("全社", "Company")).
    root(UnitId.of("COMPANY"), LocalizedText.of("全社", "The company")).build();
Population.Builder scored = Population.builder(company, List.of(Dimensions.phase()));
for (int r = 0; r < phases.rows(); r++) {
  Optional<Phase> phase = phases.phase(r);
  if (phase.isPresent()) {
    scored.add(company.root().id(), List.of(Dimensions.categoryId(phase.get()))).orElseThrow();
  }
}
Release release = Releases.build(scored.build(), ReleasePlan.of(ProtectionRule.standard(),
    TableSpec.overall("phases", LocalizedText.of("フェーズ", "Phases"), "phase")));
UnitId all = company.root().id();
for (Phase p : Phase.values()) {
  Map<String, String> cut = Map.of("phase", Dimensions.categoryId(p));
  System.out.printf("%-24s %10s  %s%n", p.label(Language.EN), release.count(all, cut).map(String::valueOf).orElse("suppressed"),
      release.share(all, cut, Map.of()).map(s -> String.format("%5.1f%%", 100 * s)).orElse("suppressed"));
}
System.out.println("not scored: " + phases.scores().failedRows());
phases.scores().problems(602).forEach(p -> System.out.println("  row 602: " + p.text(Language.EN)));
/exit
