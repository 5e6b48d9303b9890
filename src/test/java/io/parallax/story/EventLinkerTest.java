package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventLinkerTest {

  private final EventLinker linker = new EventLinker();
  private final FeatureExtractor extractor = new FeatureExtractor();

  @Test
  void elapsedTimesThatAgreeWithinAFewDaysAreNoConflict() {
    assertThat(EventLinker.elapsedConflict(Set.of("el:1 month"), Set.of("el:32 day", "el:5 month"))).isFalse();
  }

  @Test
  void fiveMonthsIntoAWarAndSevenMonthsAreTwoMoments() {
    assertThat(EventLinker.elapsedConflict(Set.of("el:5 month"), Set.of("el:7 month", "el:30 minute"))).isTrue();
  }

  @Test
  void shortDurationsAndArticlesStatingNoneSayNothing() {
    assertThat(EventLinker.elapsedConflict(Set.of("el:3 day"), Set.of("el:2 day"))).isFalse();
    assertThat(EventLinker.elapsedConflict(Set.of("el:5 month"), Set.of())).isFalse();
  }

  @Test
  void anElapsedTimeIsHowLongSomethingHasLastedNotAnAgeOrASentence() {
    assertThat(elapsedTimes("They spoke for the first time in a month on Monday.")).containsExactly("el:1 month");
    assertThat(elapsedTimes("Rafah is the last stronghold after seven months of war.")).containsExactly("el:7 month");
    assertThat(elapsedTimes("A 3-year-old boy was hurt. He was sentenced to 10 years in prison.")).isEmpty();
  }

  private Set<String> elapsedTimes(String text) {
    Set<String> out = new java.util.TreeSet<>();
    for (String t : extractor.extract(io.parallax.clean.CleanArticle.whole(io.parallax.model.Article.builder("x", "x", text).build())).times()) {
      if (t.startsWith("el:")) out.add(t);
    }
    return out;
  }

  @Test
  void theEncoderCoversEnglishAndArticlesOfUnknownLanguage() {
    assertThat(EventLinker.covers(Optional.of("en"))).isTrue();
    assertThat(EventLinker.covers(Optional.of("en-GB"))).isTrue();
    assertThat(EventLinker.covers(Optional.empty())).isTrue();
    assertThat(EventLinker.covers(Optional.of("es"))).isFalse();
  }

  @Test
  void articlesInALanguageTheEncoderDoesNotCoverJoinOnLexicalEvidenceAlone() {
    List<ArticleProfile> p = profiles(
        "Camioneros chilenos bloquean carreteras", "Los camioneros de Chile bloquearon el martes las carreteras de Santiago.",
        "Camioneros chilenos bloquean carreteras", "Los camioneros de Chile bloquearon el martes las carreteras de Santiago.");
    ArticleFeatures a = p.get(0).features().withEmbedding(new float[] {1, 0});
    ArticleFeatures b = p.get(1).features().withEmbedding(new float[] {1, 0});
    PairEvidence e = PairEvidence.of(new ArticleProfile(a, p.get(0).terms(), p.get(0).subject(), p.get(0).names()),
        new ArticleProfile(b, p.get(1).terms(), p.get(1).subject(), p.get(1).names()));

    double lexical = StoryConfig.withoutEmbeddings().eventProbability(e);
    assertThat(linker.score(e, e.embedding(), a, b, false)).isCloseTo(lexical - 0.15, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(linker.score(e, e.embedding(), a, b, true)).isCloseTo(1 + 0.3 * (lexical - 0.5), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void articlesPublishedTwoDaysApartAreNeverOneEvent() {
    assertThat(EventLinker.apart(dated("a", "2021-07-13"), dated("b", "2021-07-15"))).isTrue();
    assertThat(EventLinker.apart(dated("a", "2021-07-14"), dated("b", "2021-07-15"))).isFalse();
    assertThat(EventLinker.apart(dated("a", "2021-07-14"), StoryDetectorTest.features("b", Map.of(), Map.of()))).isFalse();
  }

  @Test
  void anArticleJoinsTheEventWhoseCandidatesAgreeBestOnAverage() {
    List<ArticleProfile> p = profiles(
        "Senate passes the infrastructure bill", "The Senate passed the $1 trillion infrastructure bill on Tuesday, majority leader Chuck Schumer said.",
        "Senate approves infrastructure package", "Senators approved the $1 trillion package in a bipartisan vote on Tuesday, according to Chuck Schumer.",
        "Infrastructure bill clears the Senate", "The infrastructure bill cleared the Senate on Tuesday with 69 votes.",
        "Wildfire forces evacuations in Oregon", "A wildfire in southern Oregon forced thousands to leave their homes.");
    ArticleProfile article = p.get(0);
    ArticleProfile bill1 = p.get(1);
    ArticleProfile bill2 = p.get(2);
    ArticleProfile fire = p.get(3);

    EventLinker.Decision d = linker.decide(article, List.of(
        partner(bill1, "e-bill", 0.80), partner(bill2, "e-bill", 0.72), partner(fire, "e-fire", 0.40)));

    assertThat(d.event()).contains("e-bill");
    assertThat(d.confidence()).isEqualTo(0.657); // mean 0.76: 0.11 above the threshold of 0.65, half of 0.35 above 0.5
    assertThat(d.evidence().partner()).contains("a1");
    assertThat(d.evidence().sharedNames()).containsExactly("chuck schumer");
  }

  @Test
  void anotherEventTheArticleMatchesStronglyMergesIntoTheEventItJoins() {
    List<ArticleProfile> p = profiles(
        "Senate passes the infrastructure bill", "The Senate passed the $1 trillion infrastructure bill on Tuesday.",
        "Senate approves infrastructure package", "Senators approved the $1 trillion package on Tuesday.",
        "Infrastructure bill clears the Senate", "The infrastructure bill cleared the Senate on Tuesday with 69 votes.",
        "Bipartisan vote on the bill", "The vote on the infrastructure bill was bipartisan.",
        "Wildfire forces evacuations in Oregon", "A wildfire in southern Oregon forced thousands to leave their homes.");

    EventLinker.Decision d = linker.decide(p.get(0), List.of(
        partner(p.get(1), "e-bill", 0.90), partner(p.get(2), "e-vote", 0.80), partner(p.get(3), "e-vote", 0.74),
        partner(p.get(4), "e-fire", 0.70)));

    assertThat(d.event()).contains("e-bill"); // mean 0.90
    assertThat(d.merged()).containsExactly("e-vote"); // mean 0.77, at least 0.75; e-fire's 0.70 is not
  }

  @Test
  void anArticleThatOpensAnEventMergesNothing() {
    List<ArticleProfile> p = profiles(
        "Wildfire forces evacuations in Oregon", "A wildfire in southern Oregon forced thousands to leave their homes.",
        "Senate approves infrastructure package", "Senators approved the $1 trillion infrastructure package in a bipartisan vote on Tuesday.");

    assertThat(linker.decide(p.get(0), List.of(partner(p.get(1), "e-bill", 0.60))).merged()).isEmpty();
  }

  @Test
  void anArticleWithNoGoodPartnerOpensItsOwnEvent() {
    List<ArticleProfile> p = profiles(
        "Wildfire forces evacuations in Oregon", "A wildfire in southern Oregon forced thousands to leave their homes.",
        "Senate approves infrastructure package", "Senators approved the $1 trillion infrastructure package in a bipartisan vote on Tuesday.");
    ArticleProfile article = p.get(0);
    ArticleProfile bill = p.get(1);

    EventLinker.Decision d = linker.decide(article, List.of(partner(bill, "e-bill", 0.30)));

    assertThat(d.event()).isEmpty();
    assertThat(d.confidence()).isEqualTo(0.769); // 0.35 below the threshold, half of 0.65 above 0.5
    assertThat(d.evidence().partner()).contains("a1");
    assertThat(linker.decide(article, List.of()).confidence()).isEqualTo(1.0);
  }

  @Test
  void anObserverSeesEachArticleWithItsScoredPartnersAndTheDecisionStaysTheSame() {
    List<ArticleProfile> p = profiles(
        "Senate approves infrastructure package", "Senators approved the $1 trillion package on Tuesday.",
        "Senate passes the infrastructure bill", "The Senate passed the $1 trillion infrastructure bill on Tuesday.");
    List<String> seen = new java.util.ArrayList<>();
    EventLinker observed = new EventLinker((article, partners) ->
        partners.forEach(x -> seen.add(article.id() + " " + x.articleId() + " " + x.eventId() + " " + x.score())));

    EventLinker.Decision d = observed.decide(p.get(1), List.of(partner(p.get(0), "e-a0", 0.8)));

    assertThat(seen).containsExactly("a1 a0 e-a0 0.8");
    assertThat(d).isEqualTo(linker.decide(p.get(1), List.of(partner(p.get(0), "e-a0", 0.8))));
  }

  /** Profiles a0, a1, … of (title, text) pairs, weighted by their own statistics. */
  private List<ArticleProfile> profiles(String... titleAndText) {
    List<ArticleFeatures> f = new java.util.ArrayList<>();
    for (int i = 0; i < titleAndText.length; i += 2) {
      f.add(extractor.extract(io.parallax.clean.CleanArticle.whole(
          io.parallax.model.Article.builder("a" + i / 2, "t", titleAndText[i + 1]).title(titleAndText[i]).build())));
    }
    CountingTermStatistics stats = new CountingTermStatistics(f);
    return f.stream().map(x -> ArticleProfile.of(x, stats)).toList();
  }

  private static EventLinker.Partner partner(ArticleProfile p, String event, double score) {
    return new EventLinker.Partner(p.id(), event, score, score, p);
  }

  private static ArticleFeatures dated(String id, String day) {
    return new ArticleFeatures(id, id, Map.of(), Map.of(), Map.of(), Set.of(), Set.of(), Optional.empty(),
        Optional.of(LocalDate.parse(day)), new float[0]);
  }
}
