package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parallax.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance checks on the sample corpus in corpus/rafah-2024. */
class SampleCorpusIT {

  private static final Path CORPUS = Path.of("corpus", "rafah-2024");
  private static NewsAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new NewsAnnotator();
  }

  private static List<Path> files() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "sample corpus not found at " + CORPUS.toAbsolutePath());
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Article article(Path p) throws IOException {
    String name = p.getFileName().toString();
    return Article.builder(name.substring(0, name.length() - 4), p.toString(),
        Files.readString(p, StandardCharsets.UTF_8)).build();
  }

  @Test
  void sullivansMistakeQuoteIsFoundAndAttributedInEveryArticleCarryingIt() throws IOException {
    int carrying = 0;
    for (Path p : files()) {
      Article a = article(p);
      int at = a.text().indexOf("major ground operation there would be a mistake");
      if (at < 0) continue;
      carrying++;
      List<Quote> covering = annotator.annotate(a).quotes().stream()
          .filter(q -> q.content().contains(at)).toList();
      assertThat(covering).as(a.id()).isNotEmpty();
      assertThat(covering).as(a.id()).allSatisfy(q -> assertThat(q.speaker()).contains("Jake Sullivan"));
    }
    assertThat(carrying).isGreaterThanOrEqualTo(3);
  }

  @Test
  void kirbyAndPatelAreTheSpeakersOfTheirQuotes() throws IOException {
    boolean kirby = false;
    boolean patel = false;
    for (Path p : files()) {
      Article a = article(p);
      for (Quote q : annotator.annotate(a).quotes()) {
        String content = q.content().textOf(a.text());
        if (content.contains("doesn’t want to see operations in Rafah")) {
          assertThat(q.speaker()).contains("John Kirby");
          assertThat(q.direct()).isTrue();
          kirby = true;
        }
        if (content.contains("Hamas could end this conflict yesterday")) {
          assertThat(q.speaker()).hasValueSatisfying(s -> assertThat(s).endsWith("Patel"));
          patel = true;
        }
      }
    }
    assertThat(kirby).isTrue();
    assertThat(patel).isTrue();
  }

  @Test
  void rafahPopulationFiguresComeWithTheirQualifiers() throws IOException {
    int checked = 0;
    for (Path p : files()) {
      Article a = article(p);
      List<Quantity> qs = annotator.annotate(a).quantities();
      String text = a.text();
      for (String phrase : List.of("Roughly 1.5 million people", "more than a million Palestinian civilians",
          "more than 1.5 million Palestinians", "more than a million people", "millions of people",
          "more than 1 million civilians")) {
        int at = text.indexOf(phrase);
        if (at < 0) continue;
        checked++;
        Quantity q = qs.stream().filter(x -> x.span().start() == at).findFirst().orElseThrow(
            () -> new AssertionError(a.id() + ": no quantity at '" + phrase + "' in " + qs));
        assertThat(q.span().end()).isEqualTo(at + phrase.length());
        Qualifier expected = phrase.startsWith("Roughly") ? Qualifier.APPROXIMATELY
            : phrase.startsWith("more than") ? Qualifier.MORE_THAN : Qualifier.UNSPECIFIED_MANY;
        assertThat(q.qualifier()).as(phrase).isEqualTo(expected);
        assertThat(q.value()).as(phrase).isIn(1_000_000.0, 1_500_000.0);
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(5);
  }
}
