package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.Comparison.Claim;
import io.parallax.compare.Comparison.Discrepancy;
import io.parallax.compare.Comparison.Edit;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.compare.Comparison.QuoteGroup;
import io.parallax.compare.Comparison.QuoteStatus;
import io.parallax.compare.Comparison.QuoteUse;
import io.parallax.compare.Comparison.Verdict;
import io.parallax.model.Article;
import io.parallax.nlp.QuantityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample corpus (one event: Ahram Online/AFP x2, CNN, The Hill) compared side by side. */
class RafahSampleComparisonTest {

  static List<ComparedArticle> event;
  static Comparison c;

  @BeforeAll
  static void compare() throws IOException {
    String[] outlets = {"Ahram Online", "Ahram Online", "CNN", "The Hill"};
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("corpus", "rafah-2024"))) {
      files = s.sorted().limit(4).toList();
    }
    event = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String id = files.get(i).getFileName().toString().substring(0, 3);
      event.add(ComparedArticle.of(Article.builder(id, files.get(i).toString(), Files.readString(files.get(i)))
          .outlet(outlets[i]).build()));
    }
    c = new EventComparator().compare(event);
  }

  @Test
  void everyEvidenceSpanQuotesItsArticle() {
    List<Evidence> all = new ArrayList<>();
    c.consensus().forEach(cl -> all.addAll(cl.evidence()));
    c.singleSource().forEach(cl -> all.addAll(cl.evidence()));
    c.quotes().forEach(q -> q.uses().forEach(u -> all.add(u.quote())));
    c.discrepancies().forEach(d -> d.readings().forEach(r -> all.add(r.evidence())));
    c.copied().forEach(p -> all.addAll(p.passages()));
    c.framing().actors().forEach(a -> a.byOutlet().forEach(o -> o.terms().forEach(t -> all.addAll(t.evidence()))));
    assertThat(all).hasSizeGreaterThan(30);
    for (Evidence e : all) {
      String text = event.stream().filter(a -> a.id().equals(e.articleId())).findFirst().orElseThrow().article().text();
      assertThat(e.span().textOf(text)).isEqualTo(e.text());
    }
  }

  @Test
  void schumerSpeechIsConsensusOfCnnAndTheHill() {
    assertThat(c.consensus()).anySatisfy(cl -> {
      assertThat(cl.articles()).contains("002", "003");
      assertThat(cl.evidence()).allSatisfy(e -> assertThat(e.text()).contains("Schumer"));
    });
  }

  @Test
  void hotMicAndStateDepartmentBriefingAreSingleSource() {
    Claim hotMic = single("come-to-Jesus");
    assertThat(hotMic.articles()).containsExactly("003");
    Claim briefing = single("department press briefing");
    assertThat(briefing.articles()).containsExactly("001");
    assertThat(c.consensus()).noneSatisfy(cl -> assertThat(cl.text()).contains("come-to-Jesus"));
  }

  @Test
  void mistakeQuoteShowsPunctuationVariantAndExcerpts() {
    QuoteGroup q = quote("would be a mistake");
    assertThat(q.speaker()).isEqualTo("Jake Sullivan");
    assertThat(q.uses()).extracting(u -> u.quote().articleId()).containsExactlyInAnyOrder("000", "001", "002", "003");
    QuoteUse afp = use(q, "001");
    assertThat(afp.status()).isEqualTo(QuoteStatus.PUNCTUATION_DIFFERS);
    assertThat(afp.diff()).extracting(d -> d.common() + " | " + d.here()).containsExactly("mistake — | mistake ,");
    assertThat(use(q, "003").diff()).anySatisfy(d -> assertThat(d.op()).isEqualTo(Edit.TRUNCATED));
  }

  @Test
  void safeHavenWordingDiffers() {
    QuoteGroup q = quote("anywhere else");
    assertThat(q.uses()).extracting(u -> u.quote().articleId()).containsExactlyInAnyOrder("002", "003");
    QuoteUse reworded = q.uses().stream().filter(u -> !u.diff().isEmpty()).findFirst().orElseThrow();
    assertThat(reworded.verbatim()).isFalse();
    assertThat(reworded.diff()).singleElement().satisfies(d -> {
      assertThat(d.op()).isEqualTo(Edit.REPLACE);
      assertThat(d.common() + " / " + d.here()).contains("safe-haven").contains("safe haven");
    });
  }

  @Test
  void peopleShelteringInRafahIsAConflict() {
    Discrepancy d = c.discrepancies().stream()
        .filter(x -> x.readings().stream().anyMatch(r -> r.evidence().text().contains("1.5 million"))).findFirst().orElseThrow();
    assertThat(d.kind()).isEqualTo(QuantityKind.COUNT);
    assertThat(d.readings()).extracting(r -> r.evidence().text()).contains(
        "Roughly 1.5 million people", "more than a million Palestinian civilians", "millions of people");
    assertThat(d.verdict()).isEqualTo(Verdict.CONFLICTING);
    assertThat(d.explanation()).contains("millions of people");
  }

  @Test
  void timeSinceTheLastCallIsCompatible() {
    Discrepancy d = c.discrepancies().stream()
        .filter(x -> x.readings().stream().anyMatch(r -> r.evidence().text().equals("32 days"))).findFirst().orElseThrow();
    assertThat(d.kind()).isEqualTo(QuantityKind.DURATION);
    assertThat(d.readings()).extracting(r -> r.evidence().text()).contains("more than a month");
    assertThat(d.verdict()).isEqualTo(Verdict.COMPATIBLE);
  }

  @Test
  void hamasIsLabelledDifferentlyByOutlet() {
    var hamas = c.framing().actors().stream().filter(a -> a.actor().equals("Hamas")).findFirst().orElseThrow();
    assertThat(hamas.byOutlet()).anySatisfy(o -> {
      assertThat(o.outlet()).isEqualTo("Ahram Online");
      assertThat(o.terms()).extracting(Comparison.TermUse::term).contains("resistance group");
    });
    assertThat(hamas.byOutlet()).anySatisfy(o -> {
      assertThat(o.outlet()).isEqualTo("CNN");
      assertThat(o.terms()).extracting(Comparison.TermUse::term).contains("militants");
    });
    assertThat(c.framing().conflict()).anySatisfy(o -> assertThat(o.terms())
        .extracting(Comparison.TermUse::term).contains("Israel's brutal war on Gaza"));
    assertThat(c.framing().conflict()).anySatisfy(o -> assertThat(o.terms())
        .extracting(Comparison.TermUse::term).contains("the war in Gaza"));
  }

  @Test
  void foxLabelsForHamasIncludeAnaphoricDescription() throws IOException {
    Path f;
    try (Stream<Path> s = Files.list(Path.of("corpus", "rafah-2024"))) {
      f = s.sorted().skip(4).findFirst().orElseThrow();
    }
    ComparedArticle fox = ComparedArticle.of(Article.builder("004", f.toString(), Files.readString(f)).outlet("Fox News").build());
    Comparison withFox = new EventComparator().compare(List.of(event.get(0), event.get(2), fox));
    var hamas = withFox.framing().actors().stream().filter(a -> a.actor().equals("Hamas")).findFirst().orElseThrow();
    assertThat(hamas.byOutlet()).anySatisfy(o -> {
      assertThat(o.outlet()).isEqualTo("Fox News");
      assertThat(o.terms()).extracting(Comparison.TermUse::term).contains("terrorists", "islamic militant group")
          .noneMatch(t -> t.startsWith("-"));
    });
  }

  @Test
  void wireCopyBetweenTheTwoAfpVersionsIsFound() {
    assertThat(c.copied()).anySatisfy(p -> {
      assertThat(p.passages()).extracting(Evidence::articleId).containsExactly("000", "001");
      assertThat(p.passages().get(0).text()).contains("insisted to Biden");
    });
  }

  @Test
  void rendersMarkdownAndTerminalLines() {
    String md = ComparisonMarkdown.render(c, 3);
    assertThat(md).contains("### Consensus", "### Quotes", "### Discrepancies", "### Framing", "### Copied text",
        "**conflicting**", "002@");
    List<String> lines = ComparisonText.lines(c, 5);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Coverage: Ahram Online (000, 001)"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("CONFLICTING count"));
  }

  private static Claim single(String phrase) {
    return c.singleSource().stream().filter(cl -> cl.text().contains(phrase)).findFirst().orElseThrow();
  }

  private static QuoteGroup quote(String phrase) {
    return c.quotes().stream().filter(q -> q.commonForm().contains(phrase)).findFirst().orElseThrow();
  }

  private static QuoteUse use(QuoteGroup q, String id) {
    return q.uses().stream().filter(u -> u.quote().articleId().equals(id)).findFirst().orElseThrow();
  }
}
