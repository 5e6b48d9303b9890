package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.Comparison.CopiedShare;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.compare.Comparison.OriginBasis;
import io.parallax.model.Article;
import io.parallax.nlp.WordFrequencies;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {

  static ComparedArticle article(String id, String outlet, String agency, String published, String text) {
    Article.Builder b = Article.builder(id, id, text).outlet(outlet).agency(agency);
    if (published != null) b.published(OffsetDateTime.parse(published));
    return ComparedArticle.of(b.build());
  }

  @Test
  void stockPhrasesSharedByTwoReportersAreNotCopying() {
    List<ComparedArticle> event = List.of(
        article("p1", "Harbor Post", null, null,
            "Diesel prices in Norland rose for the first time in three weeks amid a dispute over refinery repairs. "
                + "Minister Halvorsen said. Halvorsen described the talks as difficult but useful."),
        article("p2", "Valley Ledger", null, null,
            "Grain exports from the port fell for the first time in three weeks amid strikes by dock workers. "
                + "The union leader Petra Ostrander spoke after Halvorsen said. Halvorsen described the talks as a start."));
    Comparison c = new EventComparator().compare(event);
    assertThat(c.copied()).isEmpty();
    assertThat(c.copiedShare()).isEmpty();
  }

  @Test
  void aLongStockPhraseOfEverydayWordsIsNotCopying() {
    List<ComparedArticle> event = List.of(
        article("s1", "Harbor Post", null, null,
            "The Norland ferry strike entered its second week. A spokesman for the ministry said in a statement on "
                + "Thursday that the government would not comment further on the talks."),
        article("s2", "Valley Ledger", null, null,
            "Ferry crews in Norland stayed ashore again. A spokesman for the ministry said in a statement on Thursday "
                + "that the government would review the union's demands."));
    Comparison c = new EventComparator().compare(event);
    assertThat(c.copied()).isEmpty();
  }

  @Test
  void wordingThatIsRareInNewsButCommonInTheRunIsNotCopying() {
    String shared = "the Veltra mine shaft collapse left rescue crews drilling through granite near Ostmark";
    List<ComparedArticle> event = List.of(
        article("r1", "Wire Daily", null, null, "On Sunday " + shared + " for a second night."),
        article("r2", "Morning Courier", null, null, "By Monday " + shared + " without a break."));
    List<AnalyzedArticle> arts = AnalyzedArticle.of(event);
    EventComparator comparator = new EventComparator();
    assertThat(comparator.compareAnalyzed(arts).copied()).singleElement()
        .satisfies(p -> assertThat(p.words()).isEqualTo(13));
    // a run in which most articles use these words: the passage is everyday wording there
    List<Set<String>> run = new ArrayList<>();
    for (int i = 0; i < 40; i++) run.add(WordFrequencies.stemsOf("Report " + i + ": " + shared + "."));
    for (int i = 0; i < 10; i++) run.add(WordFrequencies.stemsOf("Markets in Norland closed higher on day " + i + "."));
    assertThat(comparator.compareAnalyzed(arts, WordFrequencies.of(run)).copied()).isEmpty();
  }

  @Test
  void aReusedAgencyParagraphIsCopyWithItsShareAndOriginal() {
    String wire = "Rescue crews in the mountain province of Veltra pulled eleven survivors from a collapsed mine shaft "
        + "on Sunday, regional governor Ilse Marquardt told reporters, adding that drilling equipment had been flown "
        + "in from the capital overnight.";
    List<ComparedArticle> event = List.of(
        article("w1", "Wire Daily", "AFP", "2025-05-04T09:00:00Z", wire + " Two miners are still missing."),
        article("d1", "Morning Courier", null, "2025-05-04T11:30:00Z", wire + " Families waited at the gate."),
        article("o1", "Hill Times", null, "2025-05-04T10:00:00Z",
            "Eleven miners were rescued in Veltra on Sunday after a shaft collapsed, officials said. "
                + "Equipment arrived from the capital overnight."));
    Comparison c = new EventComparator().compare(event);
    assertThat(c.copied()).singleElement().satisfies(p -> {
      assertThat(p.passages()).extracting(Evidence::articleId).containsExactly("w1", "d1");
      assertThat(p.verbatim()).isTrue();
      assertThat(p.original()).isEqualTo("AFP");
      assertThat(p.originalBasis()).isEqualTo(OriginBasis.CREDITED_AGENCY);
    });
    CopiedShare courier = c.copiedShare().stream().filter(s -> s.articleId().equals("d1")).findFirst().orElseThrow();
    assertThat(courier.copiedWords()).isEqualTo(36);
    assertThat(courier.words()).isEqualTo(41);
    assertThat(courier.share()).isEqualTo(0.878);
    assertThat(courier.original()).isEqualTo("AFP");
    assertThat(c.copiedShare()).extracting(CopiedShare::articleId).containsExactly("w1", "d1");
  }

  @Test
  void withoutACreditTheEarlierPublicationIsTheProbableOriginal() {
    String shared = "The central bank of Ostmark raised its benchmark lending rate by half a percentage point to "
        + "six percent on Thursday, citing persistent inflation in housing and energy costs.";
    List<ComparedArticle> event = List.of(
        article("late", "Evening Star", null, "2025-02-06T18:00:00Z", shared + " Markets fell."),
        article("early", "Finance Desk", null, "2025-02-06T12:00:00Z", shared + " Bond yields rose."));
    Comparison c = new EventComparator().compare(event);
    assertThat(c.copied()).singleElement().satisfies(p -> {
      assertThat(p.original()).isEqualTo("Finance Desk");
      assertThat(p.originalBasis()).isEqualTo(OriginBasis.EARLIEST_PUBLICATION);
    });
  }
}
