package org.careerownership.catalog;

import static org.careerownership.catalog.CatalogFiles.array;
import static org.careerownership.catalog.CatalogFiles.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.careerownership.core.Language;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.catalog.Catalog;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Every kind of bad catalog, as real files on disk, fails with located problems. */
final class CatalogLoadingTest {

  @TempDir Path directory;

  private static CatalogException failure(Path directory) {
    return assertThrows(CatalogException.class, () -> Catalogs.load(directory));
  }

  @Test
  void aCopyOfTheBundledFilesLoadsFromADirectory() {
    Catalog loaded = Catalogs.load(CatalogFiles.bundled().writeTo(directory));
    assertEquals(Catalogs.bundled(), loaded);
  }

  /** A case: a name, an edit of the bundled files, and the problem expected (code, file, path). */
  static Stream<Arguments> badCatalogs() {
    return Stream.of(
        bad("malformed JSON",
            f -> f.text("frame.json", f.text("frame.json").substring(0, 500)),
            ProblemCode.CATALOG_MALFORMED_JSON, "frame.json", null),
        bad("duplicate JSON key",
            f -> f.text("catalog.json", f.text("catalog.json").replaceFirst("\"version\"", "\"format\": \"x\", \"version\"")),
            ProblemCode.CATALOG_MALFORMED_JSON, "catalog.json", null),
        bad("wrong type",
            f -> f.edit("measures.json", r -> object(r, "measures", 0).put("name", 42)),
            ProblemCode.CATALOG_WRONG_TYPE, "measures.json", "$.measures[0].name"),
        bad("empty ja",
            f -> f.edit("measures.json", r -> object(r, "measures", 3, "name").put("ja", "  ")),
            ProblemCode.CATALOG_EMPTY_TEXT, "measures.json", "$.measures[3].name.ja"),
        bad("empty en",
            f -> f.edit("frame.json", r -> object(r, "walls", 1, "description").put("en", "")),
            ProblemCode.CATALOG_EMPTY_TEXT, "frame.json", "$.walls[1].description.en"),
        bad("dangling measure reference",
            f -> f.edit("generations.json",
                r -> array(r, "generations", 1, "reasons", 0, "cells", 2, "measures").set(1, "no-such-measure")),
            ProblemCode.CATALOG_UNKNOWN_REFERENCE, "generations.json",
            "$.generations[1].reasons[0].cells[2].measures[1]"),
        bad("dangling reason reference in an example",
            f -> f.edit("generations.json", r -> object(r, "examples", 2).put("reason", "senior.no-such-reason")),
            ProblemCode.CATALOG_UNKNOWN_REFERENCE, "generations.json", "$.examples[2].reason"),
        bad("duplicate measure id",
            f -> f.edit("measures.json",
                r -> object(r, "measures", 5).put("id", object(r, "measures", 4).get("id").asString())),
            ProblemCode.CATALOG_DUPLICATE_ID, "measures.json", "$.measures[5].id"),
        bad("duplicate reason id across generations",
            f -> f.edit("generations.json",
                r -> object(r, "generations", 2, "reasons", 0).put("id", "early-career.work-life-balance")),
            ProblemCode.CATALOG_DUPLICATE_ID, "generations.json", "$.generations[2].reasons[0].id"),
        bad("generation with three reasons",
            f -> f.edit("generations.json", r -> array(r, "generations", 2, "reasons").remove(3)),
            ProblemCode.CATALOG_INCOMPLETE, "generations.json", "$.generations[2].reasons"),
        bad("generation with five reasons",
            f -> f.edit("generations.json", r -> {
              ObjectNode copy = object(r, "generations", 0, "reasons", 0).deepCopy();
              copy.put("id", "early-career.fifth");
              array(r, "generations", 0, "reasons").add(copy);
            }),
            ProblemCode.CATALOG_INCOMPLETE, "generations.json", "$.generations[0].reasons"),
        bad("reason with three steps",
            f -> f.edit("generations.json", r -> array(r, "generations", 0, "reasons", 1, "cells").remove(2)),
            ProblemCode.CATALOG_INCOMPLETE, "generations.json", "$.generations[0].reasons[1].cells"),
        bad("steps out of order",
            f -> f.edit("generations.json", r -> object(r, "generations", 1, "reasons", 3, "cells", 0).put("step", "PRACTICE")),
            ProblemCode.CATALOG_INCOMPLETE, "generations.json", "$.generations[1].reasons[3].cells"),
        bad("generations out of order",
            f -> f.edit("generations.json", r -> object(r, "generations", 0).put("generation", "SENIOR")),
            ProblemCode.CATALOG_INCOMPLETE, "generations.json", "$.generations"),
        bad("missing field",
            f -> f.edit("frame.json", r -> object(r, "walls", 1).remove("description")),
            ProblemCode.CATALOG_MISSING_FIELD, "frame.json", "$.walls[1]"),
        bad("unknown field",
            f -> f.edit("measures.json", r -> object(r, "measures", 7).put("colour", "blue")),
            ProblemCode.CATALOG_UNKNOWN_FIELD, "measures.json", "$.measures[7].colour"),
        bad("unknown enum constant",
            f -> f.edit("measures.json", r -> object(r, "measures", 0).put("category", "FUN")),
            ProblemCode.CATALOG_INVALID_VALUE, "measures.json", "$.measures[0].category"),
        bad("invalid id syntax",
            f -> f.edit("measures.json", r -> object(r, "measures", 2).put("id", "Career E")),
            ProblemCode.CATALOG_INVALID_VALUE, "measures.json", "$.measures[2].id"),
        bad("incomplete enum map",
            f -> f.edit("frame.json", r -> object(r, "rollout", "stages", 1, "goals").remove("MEMBERS")),
            ProblemCode.CATALOG_MISSING_FIELD, "frame.json", "$.rollout.stages[1].goals"),
        bad("empty list",
            f -> f.edit("generations.json", r -> array(r, "generations", 0, "reasons", 0, "cells", 0, "points").removeAll()),
            ProblemCode.CATALOG_INCOMPLETE, "generations.json", "$.generations[0].reasons[0].cells[0].points"),
        bad("missing part file",
            f -> f.remove("immobile-layer.json"),
            ProblemCode.CATALOG_MISSING_FILE, "immobile-layer.json", null),
        bad("section in two parts",
            f -> f.edit("measures.json", r -> r.set("walls", object(r).arrayNode())),
            ProblemCode.CATALOG_DUPLICATE_ID, "measures.json", "$.walls"),
        bad("unknown section",
            f -> f.edit("measures.json", r -> r.put("wallz", 1)),
            ProblemCode.CATALOG_UNKNOWN_FIELD, "measures.json", "$.wallz"),
        bad("unknown manifest format",
            f -> f.edit("catalog.json", r -> r.put("format", "co-catalog/9")),
            ProblemCode.CATALOG_INVALID_VALUE, "catalog.json", "$"),
        bad("example whose reason belongs to another generation",
            f -> f.edit("generations.json", r -> object(r, "examples", 0).put("reason", "senior.status-quo-orientation")),
            ProblemCode.CATALOG_INVALID_VALUE, "generations.json", "$.examples[0]"));
  }

  private static Arguments bad(
      String name, UnaryOperator<CatalogFiles> edit, ProblemCode code, String file, String path) {
    return Arguments.of(name, edit, code, file, path);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCatalogs")
  void badCatalogFailsNamingFileAndPath(
      String name, UnaryOperator<CatalogFiles> edit, ProblemCode code, String file, String path) {
    CatalogException e = failure(edit.apply(CatalogFiles.bundled()).writeTo(directory));
    Optional<Problem> match =
        e.problems().stream()
            .filter(p -> p.code() == code)
            .filter(p -> p.location().record().equals(Optional.of(file)))
            .filter(p -> path == null || p.location().field().equals(Optional.of(path)))
            .findFirst();
    assertTrue(match.isPresent(), "expected " + code + " at " + file + " " + path + " in\n" + e.getMessage());
    assertTrue(e.getMessage().contains(file), e.getMessage());
    assertTrue(!match.get().text(Language.JA).isBlank() && !match.get().text(Language.EN).isBlank());
  }

  @Nested
  final class Reports {
    @Test
    void oneReportListsEveryProblemAcrossFiles() {
      CatalogFiles files =
          CatalogFiles.bundled()
              .edit("measures.json", r -> object(r, "measures", 3, "name").put("ja", ""))
              .edit("measures.json", r -> object(r, "measures", 9).put("category", "FUN"))
              .edit("frame.json", r -> object(r, "walls", 0).remove("name"))
              .edit("generations.json",
                  r -> array(r, "generations", 0, "reasons", 0, "cells", 0, "measures").set(0, "ghost"));
      CatalogException e = failure(files.writeTo(directory));
      assertEquals(
          ImmutableList.of(
              ProblemCode.CATALOG_MISSING_FIELD,
              ProblemCode.CATALOG_EMPTY_TEXT,
              ProblemCode.CATALOG_INVALID_VALUE,
              ProblemCode.CATALOG_UNKNOWN_REFERENCE),
          e.problems().stream().map(Problem::code).sorted().collect(ImmutableList.toImmutableList()));
      assertTrue(e.getMessage().startsWith("4 problem(s) in the catalog from " + directory), e.getMessage());
    }

    @Test
    void aMissingManifestIsReported() {
      CatalogException e = failure(directory);
      assertEquals(ProblemCode.CATALOG_MISSING_FILE, e.problems().get(0).code());
      assertEquals(Optional.of("catalog.json"), e.problems().get(0).location().record());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
      CatalogFiles files = CatalogFiles.bundled().text("measures.json", "{\n  \"measures\": [\n    {,\n");
      CatalogException e = failure(files.writeTo(directory));
      Problem problem = e.problems().get(0);
      assertEquals(ProblemCode.CATALOG_MALFORMED_JSON, problem.code());
      assertEquals("3", problem.arguments().get("line"));
    }

    @Test
    void aWholeCatalogCanComeFromMemory() {
      CatalogFiles files = CatalogFiles.bundled();
      java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
      CatalogFiles.NAMES.forEach(name -> texts.put(name, files.text(name)));
      assertEquals(Catalogs.bundled(), Catalogs.load(CatalogSource.of(texts)));
    }

    @Test
    void theReportListsProblemsInBothLanguages() {
      CatalogFiles files =
          CatalogFiles.bundled().edit("frame.json", r -> object(r, "walls", 1, "description").put("en", ""));
      Problem problem = failure(files.writeTo(directory)).problems().get(0);
      assertEquals("Text '$.walls[1].description.en' is empty.", problem.message(Language.EN));
      assertEquals("テキスト '$.walls[1].description.en' が空です。", problem.message(Language.JA));
      assertEquals(List.of("frame.json", "$.walls[1].description.en"),
          List.of(problem.location().record().orElseThrow(), problem.location().field().orElseThrow()));
    }
  }
}
