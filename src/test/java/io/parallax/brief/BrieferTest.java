package io.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.AnalyzedArticle;
import io.parallax.compare.ComparedArticle;
import io.parallax.compare.EventComparator;
import io.parallax.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrieferTest {

  static ComparedArticle article(String id, String outlet, String title, String text) {
    return ComparedArticle.of(Article.builder(id, id, text).outlet(outlet).title(title).build());
  }

  static final List<ComparedArticle> BUS_LANES = List.of(
      article("a1", "Left Post", "City council approves new bus lanes after heated debate",
          "The city council voted 7-2 on Thursday to approve dedicated bus lanes on three downtown avenues. "
              + "Supporters said the lanes would cut commute times for 40,000 daily riders. "
              + "The plan drew shouting from the gallery during a four-hour meeting."),
      article("a2", "Centre Times", "Council approves downtown bus lanes",
          "The city council on Thursday voted 7-2 to approve dedicated bus lanes on three downtown avenues. "
              + "Business owners warned that losing parking could hurt shops. "
              + "Construction is expected to start in the spring."),
      article("a3", "Right Herald", "Council rams through disastrous bus lane scheme",
          "The city council slammed the door on drivers Thursday, voting 7-2 to approve dedicated bus lanes on three downtown avenues. "
              + "Business owners warned that losing parking could hurt shops. "
              + "Critics called the vote a shameful betrayal of local businesses."));

  @Test
  void briefIsExtractiveCitedAndPrefersNeutralWording() {
    List<BriefSentence> brief = new Briefer().brief(BUS_LANES);
    assertThat(brief).hasSizeBetween(3, 7);
    for (BriefSentence s : brief) {
      BriefSentence.SourceSpan own = s.spans().get(0);
      Article a = BUS_LANES.stream().filter(c -> c.id().equals(own.articleId())).findFirst().orElseThrow().article();
      String part = own.part().equals("title") ? a.title().orElseThrow() : a.text();
      assertThat(own.span().textOf(part)).isEqualTo(s.text());
      assertThat(s.sources()).first().isEqualTo(own.articleId());
    }
    BriefSentence vote = brief.stream().filter(s -> s.text().contains("7-2")).findFirst().orElseThrow();
    assertThat(vote.sources()).containsExactlyInAnyOrder("a1", "a2", "a3");
    assertThat(brief).noneSatisfy(s -> assertThat(s.text()).containsAnyOf("slammed", "shameful", "disastrous"));
    assertThat(brief).anySatisfy(s -> {
      assertThat(s.text()).contains("Business owners warned");
      assertThat(s.sources()).containsExactlyInAnyOrder("a2", "a3");
    });
  }

  @Test
  void oneAnalysisOfTheEventServesTheComparisonAndTheBrief() {
    List<AnalyzedArticle> analyzed = AnalyzedArticle.of(BUS_LANES);

    assertThat(new Briefer().briefAnalyzed(analyzed)).isEqualTo(new Briefer().brief(BUS_LANES));
    assertThat(new EventComparator().compareAnalyzed(analyzed)).isEqualTo(new EventComparator().compare(BUS_LANES));
    assertThat(analyzed).extracting(a -> a.source().id()).containsExactly("a1", "a2", "a3");
  }

  @Test
  void loadedWordingGivesWayToANeutralVariantThatStillCitesIt() {
    List<ComparedArticle> march = List.of(
        article("m1", "Voice", null,
            "Union leaders slammed the ministry on Monday after police fired tear gas at 5,000 teachers marching in Dorvan. "
                + "The teachers are demanding a 12 percent raise."),
        article("m2", "Record", null,
            "Police fired tear gas at 5,000 teachers marching in Dorvan on Monday, union leaders said. "
                + "The ministry said officers had responded to stones thrown at them."),
        article("m3", "Courier", null,
            "Police fired tear gas at about 5,000 teachers marching in Dorvan on Monday. "
                + "Talks between the union and the ministry broke down last week."));
    List<BriefSentence> brief = new Briefer().brief(march);
    BriefSentence gas = brief.stream().filter(s -> s.text().contains("tear gas")).findFirst().orElseThrow();
    assertThat(gas.text()).doesNotContain("slammed");
    assertThat(gas.sources()).contains("m1", "m2", "m3");
    assertThat(brief).filteredOn(s -> s.text().contains("tear gas")).hasSize(1);
  }

  @Test
  void atMostTwoHeadlinesAndTheyOpenTheBrief() {
    List<BriefSentence> brief = new Briefer().brief(BUS_LANES);
    long titles = brief.stream().filter(s -> s.spans().get(0).part().equals("title")).count();
    assertThat(titles).isBetween(1L, 2L);
    for (int i = 0; i < titles; i++) assertThat(brief.get(i).spans().get(0).part()).isEqualTo("title");
    assertThat(brief.get((int) titles).text()).startsWith("The city council").contains("voted 7-2");
  }

  static final List<ComparedArticle> QUAKE = List.of(
      article("q1", "North Wire", "Strong earthquake shakes coastal Peru",
          "A magnitude 6.8 earthquake struck off the coast of southern Peru early on Sunday, the national seismology institute said. "
              + "Residents of Arequipa ran into the streets as buildings swayed for almost a minute. "
              + "No tsunami warning was issued."),
      article("q2", "Daily Ledger", "Peru quake damages churches, cuts power in Arequipa",
          "An earthquake of magnitude 6.8 hit southern Peru on Sunday morning, damaging two colonial churches in Arequipa. "
              + "Power was cut to about 60,000 homes, the electricity company said. "
              + "Residents of Arequipa ran into the streets as buildings swayed."),
      article("q3", "Evening Star", "Magnitude 6.8 tremor rattles southern Peru; no deaths reported",
          "A 6.8-magnitude earthquake rattled southern Peru on Sunday, officials said, with no deaths reported so far. "
              + "The quake was centred 40 kilometres offshore at a depth of 30 kilometres. "
              + "Power was cut to about 60,000 homes in Arequipa."),
      article("q4", "Metro Post", "Arequipa residents flee into streets as earthquake hits",
          "Thousands of people in Arequipa fled their homes on Sunday when a magnitude 6.8 earthquake struck off Peru's southern coast. "
              + "Two colonial churches were damaged, officials said. "
              + "The government sent rescue teams to the region."));

  @Test
  void consensusLeadsComeFirstBestSupportedFirstAndSingleOutletDetailsStayOut() {
    List<BriefSentence> brief = new Briefer().brief(QUAKE);
    assertThat(brief).hasSizeBetween(3, 7);
    assertThat(brief.get(0).sources()).containsExactlyInAnyOrder("q1", "q2", "q3", "q4");
    assertThat(brief).allSatisfy(s -> assertThat(s.sources()).hasSizeGreaterThanOrEqualTo(2));
    assertThat(brief).noneSatisfy(s -> assertThat(s.text()).containsAnyOf("rescue teams", "40 kilometres"));
  }

  static final List<ComparedArticle> FERRY = List.of(
      article("f1", "Harbour Voice", "\"We saw the ship tilt and then it was gone,\" survivor says",
          "A passenger ferry carrying 230 people capsized off the island of Marsk on Saturday, killing at least 14, "
              + "the coast guard said. Rescue boats pulled 190 survivors from the water overnight. "
              + "The ferry operator said the vessel had passed an inspection in March."),
      article("f2", "National Courier", "Ferry capsizes off Marsk, at least 14 dead",
          "At least 14 people were killed when a passenger ferry carrying 230 people capsized off the island of Marsk "
              + "on Saturday, the coast guard said. Strong winds had been forecast for the strait. "
              + "Divers were searching the wreck on Sunday."),
      article("f3", "Evening Bulletin", "Marsk ferry disaster: 14 killed as vessel overturns",
          "A ferry carrying 230 people capsized off Marsk on Saturday, killing at least 14 of them, the coast guard said. "
              + "Rescue boats pulled 190 survivors from the water. "
              + "Relatives gathered at the port of Velna awaiting news."));

  @Test
  void theBriefOpensWithAHeadlineThatIsNotAQuotationAndDoesNotRestateTheLead() {
    List<BriefSentence> brief = new Briefer().brief(FERRY);
    assertThat(brief).hasSizeBetween(3, 7);
    assertThat(brief.get(0).spans().get(0).part()).isEqualTo("title");
    assertThat(brief.get(0).text()).doesNotStartWith("\"").doesNotContain("survivor says");
    // the three leads state one fact (a ferry with 230 aboard capsized off Marsk, at least 14 dead): one of them is used
    assertThat(brief).filteredOn(s -> s.spans().get(0).part().equals("text") && s.text().contains("capsized"))
        .hasSize(1);
  }

  @Test
  void nothingToBriefGivesAnEmptyBrief() {
    assertThat(new Briefer().brief(List.of(article("x", "X", "", "Short.")))).isEmpty();
  }
}
