package org.careerownership.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.careerownership.core.Language;
import org.careerownership.core.Problem;

/**
 * Thrown when a catalog or overlay fails to load: it lists every problem found, each with its file
 * (the location's record) and JSON path (its field), renderable in ja and en.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * try {
 *   Catalog own = Catalogs.load(Path.of("/etc/acme/catalog"));
 * } catch (CatalogException e) {
 *   e.problems().forEach(p -> System.err.println(p.text(Language.EN)));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param source what was being loaded, for the message
   * @param problems the problems found; never empty
   */
  public CatalogException(String source, List<Problem> problems) {
    super(message(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a catalog exception needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem found, in the order found. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String message(String source, List<Problem> problems) {
    return problems.size() + " problem(s) in the catalog from " + source + ":\n"
        + problems.stream().map(p -> "  - " + p.text(Language.EN)).collect(Collectors.joining("\n"));
  }
}
