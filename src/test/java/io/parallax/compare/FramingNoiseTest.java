package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.Comparison.ActorFraming;
import io.parallax.compare.Comparison.OutletTerms;
import io.parallax.compare.Comparison.TermUse;
import io.parallax.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Framing labels are noun phrases for the actor itself: no compound fragments, no adjectives of others, no empty rows. */
class FramingNoiseTest {

  static ComparedArticle article(String id, String outlet, String text) {
    return ComparedArticle.of(Article.builder(id, id, text).outlet(outlet).build());
  }

  static final List<ComparedArticle> BORDER = List.of(
      article("n1", "Evening Sentinel",
          "Velor launched strikes on the border town of Kessa on Tuesday. The Velor government called them defensive. The Sarnak-run interior ministry said 40 "
              + "people were killed. Velori army units moved into the eastern districts, and Sarnak terrorists fired "
              + "rockets in response. Prime Minister Adrik Madrov said the operation would continue. The Ostric militant "
              + "group has controlled Kessa since 2019."),
      article("n2", "Daily Ledger",
          "Velor struck targets in Kessa on Tuesday, according to the Sarnak-run interior ministry. Sarnak fighters "
              + "answered with rockets. Madrov told parliament that Velori army units would stay in the town."),
      article("n3", "Coast Gazette",
          "Strikes by Velor hit the town of Kessa on Tuesday. Madrov defended the strikes. Sarnak, the armed "
              + "movement that runs the town, said it would keep fighting."));

  static ActorFraming actor(Comparison c, String name) {
    return c.framing().actors().stream().filter(a -> a.actor().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void labelsAreNounPhrasesForTheActorItself() {
    Comparison c = new EventComparator().compare(BORDER);
    ActorFraming sarnak = actor(c, "Sarnak");
    assertThat(sarnak.byOutlet()).extracting(OutletTerms::outlet)
        .containsExactly("Evening Sentinel", "Daily Ledger", "Coast Gazette");
    assertThat(sarnak.byOutlet()).flatExtracting(OutletTerms::terms).extracting(TermUse::term)
        .containsExactlyInAnyOrder("terrorists", "fighters", "armed movement");
  }

  @Test
  void adjectivesOfOtherEntitiesAreNotActors() {
    Comparison c = new EventComparator().compare(BORDER);
    assertThat(c.framing().actors()).extracting(ActorFraming::actor).doesNotContain("Velori", "Ostric");
  }

  @Test
  void outletsWithoutALabelAreNotListedAndUnlabelledActorsHaveNoRow() {
    Comparison c = new EventComparator().compare(BORDER);
    assertThat(c.framing().actors()).allSatisfy(a -> {
      assertThat(a.byOutlet()).isNotEmpty();
      assertThat(a.byOutlet()).allSatisfy(o -> assertThat(o.terms()).isNotEmpty());
    });
    assertThat(c.framing().actors()).extracting(ActorFraming::actor).doesNotContain("Madrov");
    assertThat(actor(c, "Velor").byOutlet()).singleElement().satisfies(o -> {
      assertThat(o.outlet()).isEqualTo("Evening Sentinel");
      assertThat(o.terms()).extracting(TermUse::term).containsExactly("government");
    });
  }

  @Test
  void whatAnActorOwnsIsNotALabelOfTheActor() {
    Comparison c = new EventComparator().compare(List.of(
        article("g1", "Evening Sentinel",
            "Allies have grown outspoken about Madrov’s government as the strikes on Kessa go on. Sarnak fighters "
                + "fired rockets overnight."),
        article("g2", "Daily Ledger",
            "Madrov's cabinet met on Wednesday. Sarnak's militants crossed the river, and Sarnak fighters held the "
                + "bridge.")));
    assertThat(c.framing().actors()).extracting(ActorFraming::actor).doesNotContain("Madrov");
    assertThat(actor(c, "Sarnak").byOutlet()).flatExtracting(OutletTerms::terms).extracting(TermUse::term)
        .containsOnly("fighters");
  }
}
