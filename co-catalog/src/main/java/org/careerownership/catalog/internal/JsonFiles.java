package org.careerownership.catalog.internal;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.careerownership.catalog.CatalogSource;
import org.careerownership.core.ProblemCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Opens catalog files and parses them into {@link Node}s, recording missing and malformed files. */
final class JsonFiles {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonFiles() {}

  /**
   * Returns the root of file {@code name} of {@code source}, or empty after recording that it is
   * missing or malformed.
   *
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  static Optional<Node> root(CatalogSource source, String name, Problems problems) {
    try {
      Optional<InputStream> in = source.open(name);
      if (in.isEmpty()) {
        problems.add(ProblemCode.CATALOG_MISSING_FILE, name, "", ImmutableMap.of("file", name));
        return Optional.empty();
      }
      try (InputStream stream = in.get()) {
        JsonNode tree = JSON.readTree(stream);
        if (tree == null || tree.isMissingNode()) {
          problems.add(
              ProblemCode.CATALOG_MALFORMED_JSON,
              name,
              "",
              ImmutableMap.of("line", "1", "column", "1", "detail", "the file is empty"));
          return Optional.empty();
        }
        return Optional.of(new Node(tree, name, "$", problems));
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      problems.add(
          ProblemCode.CATALOG_MALFORMED_JSON,
          name,
          "",
          ImmutableMap.of(
              "line", at == null ? "?" : Integer.toString(at.getLineNr()),
              "column", at == null ? "?" : Integer.toString(at.getColumnNr()),
              "detail", String.valueOf(e.getOriginalMessage())));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog file '" + name + "' from " + source.describe(), e);
    }
  }
}
