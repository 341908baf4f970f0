package org.careerownership.analytics.release;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.UnitId;

/** Seeded organisations, populations and plans for the release tests. */
final class ReleaseFixtures {
  private ReleaseFixtures() {}

  static final Dimension PHASE = Dimension.of("phase", LocalizedText.of("フェーズ", "Phase"),
      Category.of("future-creation", LocalizedText.of("未来創造", "Future creation")),
      Category.of("self-fixation", LocalizedText.of("自己固執", "Self-fixation")),
      Category.of("interest-dispersion", LocalizedText.of("関心分散", "Interest dispersion")),
      Category.of("status-quo-stagnation", LocalizedText.of("現状停滞", "Status-quo stagnation")));
  static final Dimension GROUP = Dimension.of("group", LocalizedText.of("不動層", "Immobile layer"),
      Category.of("mobile", LocalizedText.of("不動層でない", "Mobile")),
      Category.of("reach-gap", LocalizedText.of("リーチ不足群", "Reach gap")),
      Category.of("growth-gap", LocalizedText.of("伸ばせていない群", "Growth gap")),
      Category.of("pathway-gap", LocalizedText.of("自社での発揮を描けない群", "Pathway gap")));
  static final Dimension GENERATION = Dimension.of("generation", LocalizedText.of("年代", "Generation"),
      Category.of("early", LocalizedText.of("20代〜30代前半", "20s to early 30s")),
      Category.of("middle", LocalizedText.of("30代後半〜40代", "Late 30s and 40s")),
      Category.of("senior", LocalizedText.of("50代以上", "50 and over")));
  static final Dimension RATING = Dimension.of("rating", LocalizedText.of("評価", "Rating"),
      Category.of("top", LocalizedText.of("S/AAA/AA", "S/AAA/AA")),
      Category.of("other", LocalizedText.of("その他", "Other")));
  static final List<Dimension> DIMENSIONS = List.of(PHASE, GROUP, GENERATION, RATING);

  static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  /** A random tree: {@code depth} levels below the root, 1 to {@code maxChildren} units under each. */
  static OrgStructure randomOrg(Random rnd, int depth, int maxChildren) {
    OrgStructure.Builder b = OrgStructure.builder().level(text("Company"));
    for (int d = 1; d <= depth; d++) {
      b.level(text("Level " + d));
    }
    b.root(UnitId.of("C"), text("Company"));
    List<String> frontier = List.of("C");
    for (int d = 1; d <= depth; d++) {
      List<String> next = new ArrayList<>();
      for (String parent : frontier) {
        int children = d == 1 ? 1 + rnd.nextInt(Math.max(1, maxChildren)) : 1 + rnd.nextInt(maxChildren);
        for (int c = 1; c <= children; c++) {
          String id = parent + "-" + c;
          b.unit(UnitId.of(id), UnitId.of(parent), text(id));
          next.add(id);
        }
      }
      frontier = next;
    }
    return b.build();
  }

  /**
   * People in every lowest unit, {@code minSize} to {@code maxSize} each (a third of units small), with
   * skewed category shares so that small cells are common.
   */
  static Population randomPopulation(Random rnd, OrgStructure org, int minSize, int maxSize) {
    List<Integer> units = new ArrayList<>();
    for (int u = 0; u < org.size(); u++) {
      if (org.isLeaf(u)) {
        int size = rnd.nextInt(3) == 0 ? minSize + rnd.nextInt(Math.min(10, maxSize - minSize + 1))
            : minSize + rnd.nextInt(maxSize - minSize + 1);
        units.addAll(Collections.nCopies(size, u));
      }
    }
    int n = units.size();
    int[][] codes = new int[DIMENSIONS.size()][n];
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      double[] weights = new double[DIMENSIONS.get(d).size()];
      for (int c = 0; c < weights.length; c++) {
        weights[c] = rnd.nextInt(4) == 0 ? 0.03 : 0.2 + rnd.nextDouble();
      }
      for (int i = 0; i < n; i++) {
        codes[d][i] = draw(rnd, weights);
      }
    }
    return Population.ofColumns(org, DIMENSIONS, units.stream().mapToInt(Integer::intValue).toArray(), codes);
  }

  private static int draw(Random rnd, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = rnd.nextDouble() * total;
    for (int c = 0; c < weights.length; c++) {
      x -= weights[c];
      if (x < 0) {
        return c;
      }
    }
    return weights.length - 1;
  }

  /** One to three tables, each by org or overall, of one or two random dimensions (cuts included). */
  static ReleasePlan randomPlan(Random rnd, ProtectionRule rule) {
    int tables = 1 + rnd.nextInt(3);
    List<TableSpec> specs = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      List<Dimension> dims = new ArrayList<>(DIMENSIONS);
      Collections.shuffle(dims, rnd);
      int k = 1 + rnd.nextInt(2);
      List<String> ids = dims.subList(0, k).stream().map(Dimension::id).toList();
      specs.add(new TableSpec("t" + t, text("Table " + t),
          rnd.nextInt(4) == 0 ? TableSpec.Breakdown.WHOLE_ORGANISATION : TableSpec.Breakdown.EVERY_UNIT, ids, List.of()));
    }
    return new ReleasePlan(rule, specs);
  }
}
