package acme;

import org.careerownership.analytics.correlation.Correlations;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.phase.PhaseClassifier;

/** A host on the module path: reads the bundled catalog, classifies, and tests a correlation. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(Catalogs.bundled().measures().size() + " measures; "
        + PhaseClassifier.standard().classify(52, 12).phase() + "; r = "
        + Correlations.pearson().test(new double[] {1, 2, 3, 4}, new double[] {2, 1, 4, 3}).orElseThrow().r());
  }
}
