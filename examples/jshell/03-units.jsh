// The phase mix by org unit, read from a release: the company, its divisions, departments and teams are
// published together, so a team's count is protected against its department's total minus the other teams.
// A withheld count prints as "suppressed", whatever its size.
import java.nio.file.Path;
import java.util.*;
import org.careerownership.analytics.csv.*;
import org.careerownership.analytics.release.*;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.instrument.*;
import org.careerownership.core.org.*;
import org.careerownership.core.phase.*;

Instrument instrument = ReferenceInstrument.v1();
Map<String, String> items = new LinkedHashMap<>();
instrument.items().forEach(i -> items.put(i.id().value(), i.id().value()));
SurveyData data = SurveyCsv.reader().withItems(items).withLikertRange(instrument.range()).withTextColumns(
    List.of("org_unit")).read(Path.of("examples/src/main/resources/company/survey.csv"));
int[][] codes = instrument.items().stream().map(
    i -> Arrays.stream(data.column(i.id().value())).mapToInt(v -> Double.isNaN(v) ? 0 : (int) v).toArray()).toArray(
    int[][]::new);
PhaseColumns phases = PhaseClassifier.standard().classifyColumns(Scorer.of(instrument).scoreColumns(codes, 0));
List<String> teams = data.text("org_unit");

// The organisation from the unit ids: team D1-1-3 belongs to department D1-1, division D1, the company.
SortedSet<String> units = new TreeSet<>();
for (String team : teams) {
  for (String u = team; ; u = u.substring(0, u.lastIndexOf('-'))) {
    units.add(u);
    if (u.lastIndexOf('-') < 0) break;
  }
}
OrgStructure.Builder builder = OrgStructure.builder().level(LocalizedText.of("全社", "Company")).
    level(LocalizedText.of("事業部", "Division")).level(LocalizedText.of("部", "Department")).
    level(LocalizedText.of("チーム", "Team")).root(UnitId.of("COMPANY"), LocalizedText.of("全社", "The company"));
for (String u : units) {
  builder.unit(UnitId.of(u), UnitId.of(u.contains("-") ? u.substring(0, u.lastIndexOf('-')) : "COMPANY"), LocalizedText.of(u, u));
}
OrgStructure org = builder.build();

Population.Builder people = Population.builder(org, List.of(Dimensions.phase()));
for (int r = 0; r < phases.rows(); r++) {
  Optional<Phase> phase = phases.phase(r);
  if (phase.isPresent()) {
    people.add(UnitId.of(teams.get(r)), List.of(Dimensions.categoryId(phase.get()))).orElseThrow();
  }
}
Release release = Releases.build(people.build(), ReleasePlan.of(ProtectionRule.standard(),
    TableSpec.byOrg("phase-mix", LocalizedText.of("部署別のフェーズ構成", "Phase mix by org unit"), "phase")));
System.out.println(release + ", audit safe: " + Releases.audit(release).safe());
Map<String, String> future = Map.of("phase", Dimensions.categoryId(Phase.FUTURE_CREATION));
for (OrgUnit unit : org.units()) {
  System.out.printf("%-8s %10s  future creation %s%n", unit.id(),
      release.count(unit.id(), Map.of()).map(String::valueOf).orElse("suppressed"),
      release.share(unit.id(), future, Map.of()).map(s -> String.format("%.0f%%", 100 * s)).orElse("suppressed"));
}
/exit
