package org.careerownership.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import org.careerownership.analytics.release.Category;
import org.careerownership.analytics.release.Dimension;
import org.careerownership.analytics.release.Dimensions;
import org.careerownership.analytics.release.Population;
import org.careerownership.analytics.release.ProtectionRule;
import org.careerownership.analytics.release.Release;
import org.careerownership.analytics.release.ReleaseAudit;
import org.careerownership.analytics.release.ReleasePlan;
import org.careerownership.analytics.release.Releases;
import org.careerownership.analytics.release.TableSpec;
import org.careerownership.core.LocalizedText;
import org.careerownership.core.org.OrgStructure;
import org.careerownership.core.org.UnitId;

/**
 * A seeded organisation for the release benchmark: company → 10 divisions → 10 departments each →
 * 20 teams each (2,000 teams, 4 levels), people spread over the teams, each with a phase, an immobile
 * group, a generation, a rating and a tenure band, and the release plan the benchmark protects: phase mix
 * and immobile layer by every unit, each cut by generation, rating and tenure, plus the phase × immobile
 * cross-tab of the whole organisation.
 */
final class SyntheticOrganisation {
  static final Dimension RATING = Dimension.of("rating", LocalizedText.of("評価", "Rating"),
      Category.of("top", LocalizedText.of("S/AAA/AA", "S/AAA/AA")),
      Category.of("other", LocalizedText.of("その他", "Other")));
  static final Dimension TENURE = Dimension.of("tenure", LocalizedText.of("勤続年数", "Tenure"),
      Category.of("under-3", LocalizedText.of("3年未満", "Under 3 years")),
      Category.of("3-to-10", LocalizedText.of("3〜10年", "3 to 10 years")),
      Category.of("over-10", LocalizedText.of("10年超", "Over 10 years")));
  static final List<Dimension> DIMENSIONS =
      List.of(Dimensions.phase(), Dimensions.immobileLayer(), Dimensions.generation(), RATING, TENURE);

  private SyntheticOrganisation() {}

  static OrgStructure org(int divisions, int departments, int teams) {
    OrgStructure.Builder b = OrgStructure.builder()
        .level(LocalizedText.of("全社", "Company")).level(LocalizedText.of("本部", "Division"))
        .level(LocalizedText.of("部", "Department")).level(LocalizedText.of("課", "Team"))
        .root(UnitId.of("C"), LocalizedText.of("全社", "Company"));
    for (int d = 1; d <= divisions; d++) {
      String div = "D" + d;
      b.unit(UnitId.of(div), UnitId.of("C"), LocalizedText.of(div, div));
      for (int p = 1; p <= departments; p++) {
        String dep = div + "-" + p;
        b.unit(UnitId.of(dep), UnitId.of(div), LocalizedText.of(dep, dep));
        for (int t = 1; t <= teams; t++) {
          String team = dep + "-" + t;
          b.unit(UnitId.of(team), UnitId.of(dep), LocalizedText.of(team, team));
        }
      }
    }
    return b.build();
  }

  /** {@code people} people over the teams of {@code org}, team sizes varying around the mean. */
  static Population population(OrgStructure org, int people, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] leaves = new int[org.size()];
    int n = 0;
    for (int u = 0; u < org.size(); u++) {
      if (org.isLeaf(u)) {
        leaves[n++] = u;
      }
    }
    int[] units = new int[people];
    int[][] codes = new int[DIMENSIONS.size()][people];
    double[][] shares = {
      {0.30, 0.20, 0.15, 0.35}, {0.55, 0.15, 0.15, 0.15}, {0.40, 0.35, 0.22, 0.03}, {0.35, 0.65}, {0.25, 0.40, 0.35}};
    for (int i = 0; i < people; i++) {
      // Teams of uneven size: a skewed pick makes some teams large and some very small.
      double x = rnd.nextDouble();
      units[i] = leaves[(int) (n * x * x * 0.5 + n * 0.5 * rnd.nextDouble()) % n];
      for (int d = 0; d < DIMENSIONS.size(); d++) {
        codes[d][i] = draw(rnd, shares[d]);
      }
    }
    return Population.ofColumns(org, DIMENSIONS, units, codes);
  }

  private static int draw(SplittableRandom rnd, double[] shares) {
    double x = rnd.nextDouble();
    for (int c = 0; c < shares.length - 1; c++) {
      x -= shares[c];
      if (x < 0) {
        return c;
      }
    }
    return shares.length - 1;
  }

  static ReleasePlan plan() {
    return ReleasePlan.of(ProtectionRule.standard(),
        TableSpec.byOrg("phase-by-generation", LocalizedText.of("年代別フェーズ", "Phase by generation"), "generation", "phase"),
        TableSpec.byOrg("phase-by-rating", LocalizedText.of("評価別フェーズ", "Phase by rating"), "rating", "phase"),
        TableSpec.byOrg("phase-by-tenure", LocalizedText.of("勤続年数別フェーズ", "Phase by tenure"), "tenure", "phase"),
        TableSpec.byOrg("layer-by-generation", LocalizedText.of("年代別不動層", "Immobile layer by generation"),
            "generation", "immobile-layer"),
        TableSpec.byOrg("layer-by-rating", LocalizedText.of("評価別不動層", "Immobile layer by rating"), "rating", "immobile-layer"),
        TableSpec.byOrg("layer-by-tenure", LocalizedText.of("勤続年数別不動層", "Immobile layer by tenure"),
            "tenure", "immobile-layer"),
        TableSpec.overall("phase-by-layer", LocalizedText.of("フェーズ×不動層", "Phase × immobile layer"), "phase", "immobile-layer"));
  }

  /**
   * Prints what protecting (and, with {@code :audit}, auditing) takes at a few sizes, each {@code
   * people:divisions[:audit]} (10 departments of 20 teams per division):
   * {@code java -cp benchmarks.jar ...SyntheticOrganisation 5000:1:audit 50000:10}.
   */
  public static void main(String[] args) {
    for (String arg : args) {
      String[] parts = arg.split(":");
      int people = Integer.parseInt(parts[0]);
      OrgStructure org = org(parts.length > 1 ? Integer.parseInt(parts[1]) : 10, 10, 20);
      Population population = population(org, people, 42);
      long t0 = System.nanoTime();
      Release release = Releases.build(population, plan());
      long t1 = System.nanoTime();
      long primary = release.cells().stream().filter(c -> c.suppressed()).count();
      System.out.printf("%d people, %d units: %d cells, %d suppressed; protect %.1f s%n",
          people, org.size(), release.cells().size(), primary, (t1 - t0) / 1e9);
      if (parts.length > 2 && parts[2].equals("audit")) {
        ReleaseAudit audit = Releases.audit(release);
        long t2 = System.nanoTime();
        System.out.printf("  audit %.1f s (%d programs, largest component %d); safe %s%n",
            (t2 - t1) / 1e9, audit.linearPrograms(), audit.largestComponent(), audit.safe());
      }
    }
  }
}
