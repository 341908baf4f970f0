// The phase mix by team, under the anonymity policy: teams under 5 people are suppressed, not dropped.
import java.nio.file.Path;
import java.util.*;
import org.careerownership.analytics.csv.*;
import org.careerownership.core.instrument.*;
import org.careerownership.core.phase.*;
import org.careerownership.core.privacy.*;

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
SortedMap<String, long[]> byTeam = new TreeMap<>();
for (int r = 0; r < phases.rows(); r++) {
  int row = r;
  phases.phase(r).ifPresent(p -> byTeam.computeIfAbsent(teams.get(row), t -> new long[4])[p.ordinal()]++);
}
ProtectedTable table = AnonymityPolicy.standard().protect(List.copyOf(byTeam.keySet()),
    Arrays.stream(Phase.values()).map(Phase::name).toList(), byTeam.values().toArray(long[][]::new));
for (int r = 0; r < table.rows().size(); r++) {
  System.out.printf("%-8s %6s  future creation %s%n", table.rows().get(r), table.rowTotals().get(r),
      table.share(r, Phase.FUTURE_CREATION.ordinal()).map(s -> String.format("%.0f%%", 100 * s)).orElse("suppressed"));
}
/exit
