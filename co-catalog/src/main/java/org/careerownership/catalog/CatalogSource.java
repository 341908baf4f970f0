package org.careerownership.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a catalog's files come from: a directory, class-path resources, or files held in memory. A
 * catalog is a manifest {@code catalog.json} and the part files it lists.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * Catalog mine = Catalogs.load(CatalogSource.directory(Path.of("/etc/acme/co-catalog")));
 * }</pre>
 *
 * @since 0.1
 */
public interface CatalogSource {

  /**
   * Returns the file {@code name}, or empty if the source has no such file.
   *
   * @throws IOException if the file exists but cannot be read
   */
  Optional<InputStream> open(String name) throws IOException;

  /** Returns a short description of the source for messages, e.g. its directory. */
  String describe();

  /** Returns the source of the files in {@code directory}. */
  static CatalogSource directory(Path directory) {
    requireNonNull(directory, "directory");
    return new CatalogSource() {
      @Override
      public Optional<InputStream> open(String name) throws IOException {
        Path file = directory.resolve(name);
        if (!file.normalize().startsWith(directory.normalize())) {
          return Optional.empty();
        }
        try {
          return Optional.of(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
          return Optional.empty();
        }
      }

      @Override
      public String describe() {
        return directory.toString();
      }
    };
  }

  /** Returns the source of the class-path resources under {@code prefix} seen by {@code anchor}. */
  static CatalogSource classpath(Class<?> anchor, String prefix) {
    requireNonNull(anchor, "anchor");
    requireNonNull(prefix, "prefix");
    String base = prefix.endsWith("/") ? prefix : prefix + "/";
    return new CatalogSource() {
      @Override
      public Optional<InputStream> open(String name) {
        return Optional.ofNullable(anchor.getResourceAsStream(base + name));
      }

      @Override
      public String describe() {
        return "class path " + base;
      }
    };
  }

  /** Returns the source of the given files, by name, held as UTF-8 text in memory. */
  static CatalogSource of(Map<String, String> files) {
    ImmutableMap<String, String> copy = ImmutableMap.copyOf(files);
    return new CatalogSource() {
      @Override
      public Optional<InputStream> open(String name) {
        return Optional.ofNullable(copy.get(name))
            .map(text -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      }

      @Override
      public String describe() {
        return "in-memory files " + copy.keySet();
      }
    };
  }
}
