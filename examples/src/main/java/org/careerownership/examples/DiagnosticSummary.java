package org.careerownership.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.careerownership.catalog.Catalogs;
import org.careerownership.core.Language;
import org.careerownership.core.Location;
import org.careerownership.core.Outcome;
import org.careerownership.core.Problem;
import org.careerownership.core.ProblemCode;
import org.careerownership.core.catalog.Catalog;
import org.careerownership.core.catalog.ReasonId;
import org.careerownership.core.catalog.StagnationReason;
import org.careerownership.core.catalog.SupportCell;
import org.careerownership.core.generation.Generation;
import org.careerownership.core.generation.GenerationBands;
import org.careerownership.core.instrument.Instrument;
import org.careerownership.core.instrument.ReferenceInstrument;
import org.careerownership.core.instrument.Response;
import org.careerownership.core.instrument.Scorer;
import org.careerownership.core.instrument.Scores;
import org.careerownership.core.phase.CutPoints;
import org.careerownership.core.phase.Norms;
import org.careerownership.core.phase.Phase;
import org.careerownership.core.phase.PhaseClassification;
import org.careerownership.core.phase.PhaseClassifier;

/**
 * The main example: scores the bundled sample of responses to the {@link ReferenceInstrument},
 * classifies each respondent into a C/O phase and prints a summary — phase counts and shares, the
 * borderline count, the generation mix, every invalid row with its problems, counted by kind — and,
 * for one respondent, the guide's four-step support path for their generation and stagnation reason,
 * in Japanese and English, from the bundled catalog.
 *
 * <p>Run it with the README's first command: {@code ./mvnw -q -pl examples -am test-compile exec:java}.
 */
public final class DiagnosticSummary {
  private static final String SAMPLE = "/sample/responses.csv";

  /** A scored respondent: scores, phase classification, and generation and reason if known. */
  record Person(
      Scores scores,
      PhaseClassification classification,
      Optional<Generation> generation,
      Optional<StagnationReason> reason) {}

  /** The sample processed: one outcome per row, in file order. */
  record Result(ImmutableList<Outcome<Person>> rows, CutPoints sampleMedians) {}

  private DiagnosticSummary() {}

  /**
   * Prints the summary of the bundled sample to standard output.
   *
   * @param args ignored
   * @throws IOException if the bundled sample cannot be read
   */
  public static void main(String[] args) throws IOException {
    try (InputStream in = Objects.requireNonNull(
            DiagnosticSummary.class.getResourceAsStream(SAMPLE), SAMPLE + " is not on the class path");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Catalog catalog = Catalogs.bundled();
      print(process(ResponseTable.read(reader), ReferenceInstrument.v1(), catalog), catalog, System.out);
    }
  }

  /**
   * Scores, classifies and assigns a generation and stagnation reason to every row; one outcome per
   * row, in order.
   */
  static Result process(List<ResponseTable.Row> rows, Instrument instrument, Catalog catalog) {
    List<Response> responses = rows.stream().map(ResponseTable.Row::response).toList();
    ImmutableList<Outcome<Scores>> scored = Scorer.of(instrument).scoreAll(responses);
    PhaseClassifier classifier = PhaseClassifier.standard();
    GenerationBands bands = GenerationBands.standard();
    ImmutableList.Builder<Outcome<Person>> people = ImmutableList.builder();
    List<Scores> valid = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ResponseTable.Row row = rows.get(i);
      List<Problem> problems = new ArrayList<>();
      problems.addAll(row.problems());
      problems.addAll(scored.get(i).problems());
      Optional<Generation> generation = Optional.empty();
      if (row.age().isPresent()) {
        Outcome<Generation> band = bands.generationsOf(new int[] {row.age().get()}).get(0);
        Location where = Location.atIndex(i).withRecord(row.response().respondentId());
        band.problems().forEach(p -> problems.add(p.withLocation(where.withField("age"))));
        generation = band.toOptional();
      }
      Optional<StagnationReason> reason = Optional.empty();
      if (row.reason().isPresent()) {
        Location where = Location.atIndex(i)
            .withRecord(row.response().respondentId())
            .withField(ResponseTable.REASON_COLUMN);
        reason = reason(row.reason().get(), generation, catalog, where, problems);
      }
      if (problems.isEmpty()) {
        Scores scores = scored.get(i).orElseThrow();
        valid.add(scores);
        people.add(Outcome.ok(new Person(scores, classifier.classify(scores), generation, reason)));
      } else {
        people.add(Outcome.failed(problems));
      }
    }
    return new Result(people.build(), Norms.from(valid).median());
  }

  /** Returns the catalog's reason {@code id} if it exists and fits the generation; else records why not. */
  private static Optional<StagnationReason> reason(
      String id, Optional<Generation> generation, Catalog catalog, Location where, List<Problem> problems) {
    Optional<StagnationReason> reason =
        ReasonId.isValid(id) ? catalog.reason(ReasonId.of(id)) : Optional.empty();
    if (reason.isEmpty()) {
      problems.add(Problem.of(ProblemCode.UNKNOWN_REASON, where, ImmutableMap.of("reason", id)));
    } else if (generation.isPresent() && reason.get().generation() != generation.get()) {
      problems.add(
          Problem.of(
              ProblemCode.REASON_OF_OTHER_GENERATION,
              where,
              ImmutableMap.of(
                  "reason", id,
                  "reasonGeneration", reason.get().generation().name(),
                  "generation", generation.get().name())));
      return Optional.empty();
    }
    return reason;
  }

  /** Prints the summary of {@code result} to {@code out}. */
  static void print(Result result, Catalog catalog, PrintStream out) {
    List<Person> people =
        result.rows().stream().filter(Outcome::succeeded).map(Outcome::orElseThrow).toList();
    int failed = result.rows().size() - people.size();
    out.println("Career Ownership SDK — C/O diagnostic on the bundled sample");
    out.println("キャリアオーナーシップ診断（サンプルデータ）");
    out.println();
    out.printf(Locale.ROOT, "Instrument: %s%n", ReferenceInstrument.v1().name().en());
    out.printf(Locale.ROOT, "Rows read: %d   scored: %d   with errors: %d%n",
        result.rows().size(), people.size(), failed);
    out.println("Cut points: identity 50, adaptability 50 (scale midpoint); borderline margin 5 points");
    out.println();

    Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
    Map<Phase, Integer> borderline = new EnumMap<>(Phase.class);
    for (Person person : people) {
      counts.merge(person.classification().phase(), 1, Integer::sum);
      if (person.classification().borderline()) {
        borderline.merge(person.classification().phase(), 1, Integer::sum);
      }
    }
    out.println("Phase                                   n   share  borderline");
    for (Phase phase : Phase.values()) {
      int n = counts.getOrDefault(phase, 0);
      out.printf(Locale.ROOT, "%-5s %-26s %6d  %5.1f%%  %6d%n",
          phase.label(Language.JA), phase.label(Language.EN), n, share(n, people.size()),
          borderline.getOrDefault(phase, 0));
    }
    int allBorderline = borderline.values().stream().mapToInt(Integer::intValue).sum();
    out.printf(Locale.ROOT, "%-32s %6d  %5.1f%%  %6d%n", "all", people.size(), 100.0, allBorderline);
    out.printf(Locale.ROOT,
        "Borderline (a score within 5 points of its cut point): %d (%.1f%%)%n",
        allBorderline, share(allBorderline, people.size()));
    out.printf(Locale.ROOT,
        "Norm-referenced alternative: this sample's medians are identity %.1f, adaptability %.1f%n",
        result.sampleMedians().identity(), result.sampleMedians().adaptability());
    out.println();

    Map<Generation, Integer> generations = new EnumMap<>(Generation.class);
    people.forEach(person -> person.generation().ifPresent(g -> generations.merge(g, 1, Integer::sum)));
    out.println("Generation                      n   share");
    for (Generation generation : Generation.values()) {
      int n = generations.getOrDefault(generation, 0);
      out.printf(Locale.ROOT, "%-10s %-18s %5d  %5.1f%%%n",
          generation.label(Language.JA), generation.label(Language.EN), n, share(n, people.size()));
    }
    long noAge = people.stream().filter(person -> person.generation().isEmpty()).count();
    if (noAge > 0) {
      out.printf(Locale.ROOT, "%-29s %5d  %5.1f%%%n", "age not given", noAge, share((int) noAge, people.size()));
    }
    out.println();

    Map<String, Integer> byKind = new TreeMap<>();
    result.rows().forEach(row -> row.problems().forEach(p -> byKind.merge(p.code().id(), 1, Integer::sum)));
    out.println("Errors by kind (no row is dropped or defaulted):");
    ImmutableMap.copyOf(byKind).forEach((kind, n) -> out.printf(Locale.ROOT, "  %-30s %3d%n", kind, n));
    out.println("Rows with errors (input # is the 0-based data row; file line = # + 2):");
    for (Outcome<Person> row : result.rows()) {
      for (Problem problem : row.problems()) {
        out.println("  " + problem.text(Language.EN));
      }
    }
    out.println();

    people.stream()
        .filter(person -> person.classification().borderline())
        .findFirst()
        .ifPresent(person -> {
          out.println("Why respondent " + person.scores().respondentId() + " got their phase:");
          out.println("  en: " + person.classification().explanation().text(Language.EN));
          out.println("  ja: " + person.classification().explanation().text(Language.JA));
        });
    out.println();

    people.stream()
        .filter(person -> person.reason().isPresent())
        .findFirst()
        .ifPresent(person -> {
          for (Language language : Language.values()) {
            printSupportPath(person, catalog, language, out);
          }
        });
  }

  /** Prints the guide's four-step support path for the person's generation and reason. */
  private static void printSupportPath(Person person, Catalog catalog, Language language, PrintStream out) {
    StagnationReason reason = person.reason().orElseThrow();
    boolean ja = language == Language.JA;
    out.printf(
        "%s%s — %s / %s%n",
        ja ? "支援ステップ：" : "Support path for ",
        person.scores().respondentId(),
        reason.generation().label(language),
        reason.name().text(language));
    for (SupportCell cell : reason.cells()) {
      out.printf("  %s %d: %s%n", ja ? "ステップ" : "Step", cell.step().number(),
          catalog.steps().get(cell.step()).text(language));
      out.println("    " + (ja ? "ポイント：" : "Key points: ")
          + cell.points().stream().map(p -> p.text(language)).collect(Collectors.joining(" / ")));
      out.println("    " + cell.measuresHeading().text(language) + " "
          + cell.measures().stream()
              .map(id -> catalog.measure(id).orElseThrow().name().text(language))
              .collect(Collectors.joining(" / ")));
    }
    out.println("  " + (ja ? "並行して：" : "Alongside: ")
        + catalog.generation(reason.generation()).alongside().stream()
            .map(id -> catalog.measure(id).orElseThrow().name().text(language))
            .collect(Collectors.joining(" / ")));
  }

  private static double share(int n, int total) {
    return total == 0 ? 0 : 100.0 * n / total;
  }
}
