package org.careerownership.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The bundled catalog's files as editable JSON trees, written out as real files for loading. */
final class CatalogFiles {
  static final List<String> NAMES =
      List.of("catalog.json", "frame.json", "measures.json", "immobile-layer.json", "generations.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, String> texts = new LinkedHashMap<>();

  private CatalogFiles() {}

  /** Returns a copy of the bundled catalog's files. */
  static CatalogFiles bundled() {
    CatalogFiles files = new CatalogFiles();
    for (String name : NAMES) {
      try (InputStream in = Catalogs.bundledSource().open(name).orElseThrow()) {
        files.texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** Edits file {@code name} as a JSON tree. */
  CatalogFiles edit(String name, Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) JSON.readTree(texts.get(name));
    edit.accept(root);
    texts.put(name, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    return this;
  }

  /** Replaces the text of file {@code name}. */
  CatalogFiles text(String name, String text) {
    texts.put(name, text);
    return this;
  }

  /** Returns the text of file {@code name}. */
  String text(String name) {
    return texts.get(name);
  }

  /** Removes file {@code name}. */
  CatalogFiles remove(String name) {
    texts.remove(name);
    return this;
  }

  /** Writes the files into {@code directory} and returns it. */
  Path writeTo(Path directory) {
    try {
      for (Map.Entry<String, String> file : texts.entrySet()) {
        Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory;
  }

  /** Returns the node at {@code path} (field names and array indexes) below {@code root}. */
  static JsonNode at(JsonNode root, Object... path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof Integer i ? node.get(i) : node.get((String) step);
    }
    return node;
  }

  static ObjectNode object(JsonNode root, Object... path) {
    return (ObjectNode) at(root, path);
  }

  static ArrayNode array(JsonNode root, Object... path) {
    return (ArrayNode) at(root, path);
  }
}
