package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.Comparison.Discrepancy;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.compare.Comparison.QuoteGroup;
import io.parallax.compare.Comparison.QuoteStatus;
import io.parallax.compare.Comparison.Verdict;
import io.parallax.model.Article;
import io.parallax.nlp.QuantityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up multi-outlet events (not the sample) checking that the methods generalise. */
class HandwrittenEventsTest {

  static ComparedArticle article(String id, String outlet, String text) {
    return ComparedArticle.of(Article.builder(id, id + ".txt", text).outlet(outlet).build());
  }

  static final List<ComparedArticle> QUAKE = List.of(
      article("w1", "Northern Wire", """
          A powerful earthquake struck the coastal city of Velmora on Tuesday, killing at least 40 people and injuring more than 200 residents, officials said.
          “We are doing everything we can — rescue teams will work through the night,” Mayor Ana Ruiz told reporters.
          The Ardan government declared three days of national mourning and sent army engineers to clear the roads.
          The quake hit at 4:12 a.m. local time and was followed by several aftershocks, according to the national seismology institute."""),
      article("d1", "Daily Ledger", """
          The quake hit at 4:12 a.m. local time and was followed by several aftershocks, according to the national seismology institute.
          The earthquake that struck the coastal city of Velmora on Tuesday killed 42 people, the health ministry said.
          "We are doing everything we can, rescue teams will work through the night," Ruiz said.
          The Ardan regime has faced criticism over building standards in the region."""),
      article("s1", "Sentinel", """
          A devastating earthquake flattened homes in Velmora on Tuesday, leaving dozens dead in a catastrophic blow to the coastal city.
          About 120 residents were injured in Velmora, hospital officials said.
          The national football team postponed its friendly match against Corvia as a mark of respect.
          Mayor Ana Ruiz said rescue teams would work through the night."""));

  @Test
  void consensusAndSingleSource() {
    Comparison c = new EventComparator().compare(QUAKE);
    assertThat(c.consensus()).anySatisfy(cl -> {
      assertThat(cl.articles()).contains("w1", "d1");
      assertThat(cl.text()).contains("Velmora");
    });
    assertThat(c.singleSource()).anySatisfy(cl -> {
      assertThat(cl.text()).contains("football team");
      assertThat(cl.articles()).containsExactly("s1");
    });
  }

  @Test
  void quoteVariantsAcrossOutlets() {
    Comparison c = new EventComparator().compare(QUAKE);
    QuoteGroup q = c.quotes().stream().filter(g -> g.commonForm().contains("rescue teams")).findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo("Ana Ruiz");
    assertThat(q.uses()).hasSize(2);
    assertThat(q.uses()).anySatisfy(u -> {
      assertThat(u.status()).isEqualTo(QuoteStatus.PUNCTUATION_DIFFERS);
      assertThat(u.verbatim()).isTrue();
    });
  }

  @Test
  void deathTollIsCompatibleAndInjuredConflict() {
    Comparison c = new EventComparator().compare(QUAKE);
    Discrepancy injured = find(c, "more than 200 residents");
    assertThat(injured.readings()).extracting(r -> r.evidence().text()).contains("About 120 residents");
    assertThat(injured.verdict()).isEqualTo(Verdict.CONFLICTING);
    Discrepancy dead = find(c, "at least 40 people");
    assertThat(dead.readings()).extracting(r -> r.evidence().text()).contains("42 people");
    assertThat(dead.verdict()).isEqualTo(Verdict.COMPATIBLE);
  }

  @Test
  void governmentLabelsAndLoadedWordsSideBySide() {
    Comparison c = new EventComparator().compare(QUAKE);
    var ardan = c.framing().actors().stream().filter(a -> a.actor().equals("Ardan")).findFirst().orElseThrow();
    assertThat(ardan.byOutlet()).anySatisfy(o -> {
      assertThat(o.outlet()).isEqualTo("Daily Ledger");
      assertThat(o.terms()).extracting(Comparison.TermUse::term).containsExactly("regime");
    });
    assertThat(ardan.byOutlet()).anySatisfy(o -> {
      assertThat(o.outlet()).isEqualTo("Northern Wire");
      assertThat(o.terms()).extracting(Comparison.TermUse::term).containsExactly("government");
    });
    var sentinel = c.framing().loaded().stream().filter(l -> l.outlet().equals("Sentinel")).findFirst().orElseThrow();
    assertThat(sentinel.terms()).extracting(Comparison.LoadedTerm::term).contains("devastating", "catastrophic");
    var wire = c.framing().loaded().stream().filter(l -> l.outlet().equals("Northern Wire")).findFirst().orElseThrow();
    assertThat(wire.terms()).isEmpty();
  }

  @Test
  void copiedSentenceOutsideQuotes() {
    Comparison c = new EventComparator().compare(QUAKE);
    assertThat(c.copied()).anySatisfy(p -> {
      assertThat(p.verbatim()).isTrue();
      assertThat(p.passages()).extracting(Evidence::articleId).containsExactly("w1", "d1");
      assertThat(p.passages().get(0).text()).contains("several aftershocks");
    });
    // the shared quote is provenance, not copy
    assertThat(c.copied()).noneSatisfy(p -> assertThat(p.passages().get(0).text()).contains("rescue teams"));
  }

  @Test
  void datesAreCheckedAgainstDurationsWhenArticlesHavePublicationDates() {
    java.time.OffsetDateTime published = java.time.OffsetDateTime.parse("2025-03-20T12:00:00Z");
    List<ComparedArticle> talks = List.of(
        ComparedArticle.of(Article.builder("t1", "t1", "The two foreign ministers last met on March 3 in Geneva, officials said.")
            .outlet("Wire").published(published).build()),
        ComparedArticle.of(Article.builder("t2", "t2", "The two foreign ministers had last met more than two weeks ago in Geneva.")
            .outlet("Paper").published(published).build()),
        ComparedArticle.of(Article.builder("t3", "t3", "The foreign ministers last met in Geneva a month ago.")
            .outlet("Site").published(published).build()));
    Comparison c = new EventComparator().compare(talks);
    assertThat(c.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(QuantityKind.DURATION);
      assertThat(d.readings()).extracting(r -> r.evidence().text())
          .containsExactly("March 3", "more than two weeks", "a month");
      assertThat(d.readings().get(0).low()).isEqualTo(17.0);
      assertThat(d.verdict()).isEqualTo(Verdict.CONFLICTING);
      assertThat(d.explanation()).contains("a month");
    });
  }

  @Test
  void coverageListsEveryOutlet() {
    Comparison c = new EventComparator().compare(QUAKE);
    assertThat(c.coverage().outlets()).extracting(Comparison.OutletArticles::outlet)
        .containsExactly("Northern Wire", "Daily Ledger", "Sentinel");
  }

  private static Discrepancy find(Comparison c, String reading) {
    return c.discrepancies().stream()
        .filter(d -> d.readings().stream().anyMatch(r -> r.evidence().text().equals(reading)))
        .findFirst().orElseThrow(() -> new AssertionError("no discrepancy with '" + reading + "' in " + c.discrepancies()));
  }
}
