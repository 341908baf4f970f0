import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Merges PIT's mutations.xml of several modules into one score per library module and fails below a
 * threshold. A mutant counts as killed when any run killed it (or timed out / ran out of memory): co-core's
 * catalog, planning and matching types are exercised by co-catalog's tests, whose run mutates co-core too
 * (crossModule). Usage: java .ci/MutationScore.java MODULE=THRESHOLD... -- mutations.xml...
 * Writes every survivor to target/mutation-survivors.txt.
 */
public final class MutationScore {
  private static final Map<String, String> PACKAGES = Map.of(
      "co-core", "org.careerownership.core.",
      "co-catalog", "org.careerownership.catalog.",
      "co-analytics", "org.careerownership.analytics.");

  public static void main(String[] args) throws Exception {
    Map<String, Double> thresholds = new LinkedHashMap<>();
    List<Path> reports = new ArrayList<>();
    boolean files = false;
    for (String arg : args) {
      if (arg.equals("--")) {
        files = true;
      } else if (files) {
        reports.add(Path.of(arg));
      } else {
        String[] kv = arg.split("=", 2);
        thresholds.put(kv[0], Double.parseDouble(kv[1]));
      }
    }
    Map<String, Element> byKey = new TreeMap<>();
    Map<String, Boolean> killed = new TreeMap<>();
    for (Path report : reports) {
      NodeList mutations = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(report.toFile()).getElementsByTagName("mutation");
      for (int i = 0; i < mutations.getLength(); i++) {
        Element m = (Element) mutations.item(i);
        String key = String.join("|", text(m, "mutatedClass"), text(m, "mutatedMethod"),
            text(m, "methodDescription"), text(m, "lineNumber"), text(m, "mutator"), text(m, "indexes"),
            text(m, "description"));
        String status = m.getAttribute("status");
        boolean dead = status.equals("KILLED") || status.equals("TIMED_OUT") || status.equals("MEMORY_ERROR");
        // Keep the most telling status: a run that covered the mutant beats one that did not.
        byKey.merge(key, m, (a, b) -> a.getAttribute("status").equals("NO_COVERAGE") ? b : a);
        killed.merge(key, dead, Boolean::logicalOr);
      }
    }
    boolean failed = false;
    StringBuilder survivors = new StringBuilder();
    for (Map.Entry<String, String> module : PACKAGES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      long total = 0;
      long dead = 0;
      for (Map.Entry<String, Boolean> k : killed.entrySet()) {
        Element m = byKey.get(k.getKey());
        if (!text(m, "mutatedClass").startsWith(module.getValue())) {
          continue;
        }
        total++;
        if (k.getValue()) {
          dead++;
        } else {
          survivors.append(module.getKey()).append('\t').append(m.getAttribute("status")).append('\t')
              .append(text(m, "sourceFile")).append(':').append(text(m, "lineNumber")).append('\t')
              .append(text(m, "mutatedMethod")).append('\t').append(text(m, "description")).append('\n');
        }
      }
      if (total == 0) {
        continue;
      }
      double score = 100.0 * dead / total;
      Double threshold = thresholds.get(module.getKey());
      boolean below = threshold != null && score < threshold;
      failed |= below;
      System.out.printf("%-13s %5d mutants, %5d killed: %.1f%%%s%n", module.getKey(), total, dead, score,
          threshold == null ? " (reported)" : below ? " BELOW " + threshold + "%" : " (threshold " + threshold + "%)");
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/mutation-survivors.txt"), survivors.toString());
    System.out.println("survivors: target/mutation-survivors.txt");
    System.exit(failed ? 1 : 0);
  }

  private static String text(Element m, String tag) {
    NodeList nodes = m.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }
}
