package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.clean.CleanArticle;
import io.parallax.model.Article;
import io.parallax.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryDetectorTest {

  static Map<String, String> eventOf(Stories s) {
    return s.assignments().stream().collect(Collectors.toMap(a -> a.articleId().substring(0, 3), Stories.Assignment::eventId));
  }

  @Test
  void sampleCorpusIsTwoCallsInOneStoryline() throws Exception {
    List<CleanArticle> articles = Pipeline.readCleaned(List.of(Path.of("corpus", "rafah-2024")));

    Stories stories = StoryDetector.lexical().detect(articles);

    Map<String, String> event = eventOf(stories);
    assertThat(stories.storylines()).hasSize(1);
    assertThat(stories.events()).hasSize(2);
    assertThat(List.of(event.get("001"), event.get("002"), event.get("003"))).containsOnly(event.get("000"));
    assertThat(event.get("004")).isNotEqualTo(event.get("000"));
  }

  @Test
  void anEventIsTitledByAMemberHeadlineRatherThanALeadSentence() {
    Stories stories = StoryDetector.lexical().detect(List.of(
        CleanArticle.whole(Article.builder("a", "t", "The new Harbour Bridge over the Tamar river will open to traffic on June 3 after four years of delays and cost overruns, the Plymouth city council said on Tuesday. The bridge cost 240 million pounds, twice the first estimate.").build()),
        CleanArticle.whole(Article.builder("b", "t", "The new Harbour Bridge over the Tamar river will open to traffic on June 3 after four years of delays and cost overruns, the Plymouth city council said on Tuesday. The bridge cost 240 million pounds, twice the first estimate.")
            .title("Harbour Bridge to open in June after delays").build())));
    assertThat(stories.events()).extracting(Stories.Event::title).containsExactly("Harbour Bridge to open in June after delays");
  }

  @Test
  void sameKindOfHappeningOnDifferentDatesAreDifferentEvents() {
    List<CleanArticle> articles = List.of(
        article("a1", "2023-07-10", "Magnitude 6.1 earthquake strikes off northern Chile",
            "A magnitude 6.1 earthquake struck off the coast of northern Chile on Monday, the US Geological Survey said."
                + " The quake hit at a depth of 35 kilometres near the port city of Iquique. There were no immediate"
                + " reports of damage or casualties, Chile's emergency office Onemi said."),
        article("a2", "2023-07-10", "Strong quake hits near Iquique, no damage reported",
            "A strong earthquake of magnitude 6.1 shook northern Chile on Monday near Iquique, according to the USGS."
                + " Onemi, the national emergency office, said there were no reports of damage. The quake struck at"
                + " a depth of 35 km."),
        article("b1", "2023-11-02", "Earthquake of magnitude 5.4 shakes northern Chile",
            "An earthquake of magnitude 5.4 shook northern Chile on Thursday, the US Geological Survey said. The"
                + " quake struck 80 kilometres south of Iquique at a depth of 90 km. Onemi said it had ordered no"
                + " evacuations and there were no reports of injuries."),
        article("b2", "2023-11-02", "Quake of 5.4 rattles Chile's north",
            "A magnitude 5.4 quake rattled northern Chile on Thursday. The USGS said the tremor hit south of Iquique"
                + " at a depth of 90 kilometres; the emergency office Onemi reported no injuries or evacuations."));

    Stories stories = StoryDetector.lexical().detect(articles);

    Map<String, String> event = stories.assignments().stream()
        .collect(Collectors.toMap(Stories.Assignment::articleId, Stories.Assignment::eventId));
    assertThat(event.get("a1")).isEqualTo(event.get("a2"));
    assertThat(event.get("b1")).isEqualTo(event.get("b2"));
    assertThat(event.get("a1")).isNotEqualTo(event.get("b1"));
    assertThat(stories.events()).extracting(e -> e.date().map(Object::toString).orElse(""))
        .containsExactly("2023-07-10", "2023-11-02");
  }

  @Test
  void rerunningGivesTheSameResult() throws Exception {
    List<CleanArticle> articles = Pipeline.readCleaned(List.of(Path.of("corpus", "rafah-2024")));
    assertThat(StoryDetector.lexical().detect(articles)).isEqualTo(StoryDetector.lexical().detect(articles));
  }

  @Test
  void aLoneReportJoinsTheEventItsWordsAndNamesShareButNotAnUnrelatedOne() {
    List<ArticleFeatures> f = List.of(
        features("a1", Map.of("earthquak", 3, "magnitud", 2, "coast", 1, "tsunami", 1), Map.of("chile", 2, "iquique", 2)),
        features("a2", Map.of("earthquak", 2, "magnitud", 1, "depth", 1, "damag", 1), Map.of("chile", 1, "iquique", 1, "usg", 1)),
        features("a3", Map.of("quak", 2, "earthquak", 1, "tsunami", 1, "evacu", 1), Map.of("chile", 2, "iquique", 1)),
        features("b1", Map.of("earthquak", 2, "tremor", 1, "evacu", 1, "school", 1), Map.of("iquique", 1, "chile", 1)),
        features("c1", Map.of("wildfir", 3, "hectar", 2, "firefight", 1), Map.of("valparaiso", 2, "chile", 1)));
    CountingTermStatistics stats = new CountingTermStatistics(f);
    List<ArticleProfile> p = f.stream().map(x -> ArticleProfile.of(x, stats)).toList();
    int[] storyline = {0, 0, 0, 0, 0};
    int[] event = {0, 0, 0, 3, 4};

    int[] joined = StoryDetector.attachSmallEvents(p, storyline, event, 3, 0.40);

    assertThat(joined).containsExactly(0, 0, 0, 0, 4);
  }

  static ArticleFeatures features(String id, Map<String, Integer> terms, Map<String, Integer> names) {
    Map<String, Integer> all = new java.util.HashMap<>(terms);
    all.putAll(names);
    return new ArticleFeatures(id, id, all, terms, names, java.util.Set.of(), java.util.Set.of(),
        java.util.Optional.empty(), java.util.Optional.empty(), new float[0]);
  }

  static CleanArticle article(String id, String published, String title, String text) {
    return CleanArticle.whole(Article.builder(id, id, text).title(title)
        .published(java.time.LocalDate.parse(published).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)).build());
  }
}
