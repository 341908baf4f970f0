package org.careerownership.catalog.internal;

import com.google.common.collect.ImmutableMap;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.careerownership.catalog.CatalogLimits;
import org.careerownership.catalog.CatalogSource;
import org.careerownership.core.ProblemCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens catalog files and parses them into {@link Node}s within the {@link CatalogLimits}, recording
 * missing, malformed and oversized files.
 */
final class JsonFiles {
  private static final JsonFiles STANDARD = new JsonFiles(CatalogLimits.standard());

  private final CatalogLimits limits;
  private final JsonMapper json;

  private JsonFiles(CatalogLimits limits) {
    this.limits = limits;
    this.json = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .build())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** Returns the reader of files within {@code limits}. */
  static JsonFiles within(CatalogLimits limits) {
    return limits.equals(STANDARD.limits) ? STANDARD : new JsonFiles(limits);
  }

  /**
   * Returns the root of file {@code name} of {@code source}, or empty after recording that it is
   * missing, malformed or beyond a limit.
   *
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  Optional<Node> root(CatalogSource source, String name, Problems problems) {
    try {
      Optional<InputStream> in = source.open(name);
      if (in.isEmpty()) {
        problems.add(ProblemCode.CATALOG_MISSING_FILE, name, "", ImmutableMap.of("file", name));
        return Optional.empty();
      }
      // Catalog files are UTF-8 (as RFC 8259 requires of JSON exchanged between systems); bytes that are
      // not are reported, never replaced or guessed as another encoding.
      CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      try (Reader reader = new InputStreamReader(new Bounded(in.get(), limits.maxBytes()), utf8)) {
        JsonNode tree = json.readTree(reader);
        if (tree == null || tree.isMissingNode()) {
          problems.add(ProblemCode.CATALOG_MALFORMED_JSON, name, "",
              ImmutableMap.of("line", "1", "column", "1", "detail", "the file is empty"));
          return Optional.empty();
        }
        return Optional.of(new Node(tree, name, "$", problems));
      }
    } catch (StreamConstraintsException e) {
      String message = String.valueOf(e.getOriginalMessage());
      if (message.contains("getMaxNestingDepth")) {
        limitExceeded(problems, name, "maxDepth", limits.maxDepth());
      } else if (message.contains("getMaxStringLength")) {
        limitExceeded(problems, name, "maxStringLength", limits.maxStringLength());
      } else {
        malformed(problems, name, e);
      }
      return Optional.empty();
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof TooLarge) {
        limitExceeded(problems, name, "maxBytes", limits.maxBytes());
        return Optional.empty();
      }
      if (e.getCause() instanceof CharacterCodingException) {
        notUtf8(problems, name, e.getLocation());
        return Optional.empty();
      }
      throw new UncheckedIOException("cannot read catalog file '" + name + "' from " + source.describe(), e.getCause());
    } catch (JacksonException e) {
      malformed(problems, name, e);
      return Optional.empty();
    } catch (TooLarge e) {
      limitExceeded(problems, name, "maxBytes", limits.maxBytes());
      return Optional.empty();
    } catch (CharacterCodingException e) {
      notUtf8(problems, name, null);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog file '" + name + "' from " + source.describe(), e);
    }
  }

  private static void limitExceeded(Problems problems, String name, String limit, long maximum) {
    problems.add(ProblemCode.LIMIT_EXCEEDED, name, "",
        ImmutableMap.of("limit", limit, "maximum", Long.toString(maximum)));
  }

  private static void notUtf8(Problems problems, String name, @Nullable TokenStreamLocation at) {
    problems.add(ProblemCode.CATALOG_MALFORMED_JSON, name, "", ImmutableMap.of(
        "line", at == null ? "?" : Integer.toString(at.getLineNr()),
        "column", at == null ? "?" : Integer.toString(at.getColumnNr()),
        "detail", "bytes that are not UTF-8"));
  }

  private static void malformed(Problems problems, String name, JacksonException e) {
    @Nullable TokenStreamLocation at = e.getLocation();
    problems.add(ProblemCode.CATALOG_MALFORMED_JSON, name, "", ImmutableMap.of(
        "line", at == null ? "?" : Integer.toString(at.getLineNr()),
        "column", at == null ? "?" : Integer.toString(at.getColumnNr()),
        "detail", String.valueOf(e.getOriginalMessage())));
  }

  /** Signals a file beyond {@link CatalogLimits#maxBytes()}. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Counts the bytes read and refuses to read beyond a maximum. */
  private static final class Bounded extends FilterInputStream {
    private final long maxBytes;
    private long bytes;

    Bounded(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      bytes += n;
      if (bytes > maxBytes) {
        throw new TooLarge();
      }
    }
  }
}
