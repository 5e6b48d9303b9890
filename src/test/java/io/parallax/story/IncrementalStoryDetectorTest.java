package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.clean.CleanArticle;
import io.parallax.pipeline.Pipeline;
import io.parallax.store.Store;
import java.util.Comparator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalStoryDetectorTest {

  @TempDir Path dir;

  static List<CleanArticle> quakes() {
    return List.of(
        StoryDetectorTest.article("a1", "2023-07-10", "Magnitude 6.1 earthquake strikes off northern Chile",
            "A magnitude 6.1 earthquake struck off the coast of northern Chile on Monday, the US Geological Survey said."
                + " The quake hit at a depth of 35 kilometres near the port city of Iquique. There were no immediate"
                + " reports of damage or casualties, Chile's emergency office Onemi said."),
        StoryDetectorTest.article("b1", "2023-11-02", "Earthquake of magnitude 5.4 shakes northern Chile",
            "An earthquake of magnitude 5.4 shook northern Chile on Thursday, the US Geological Survey said. The"
                + " quake struck 80 kilometres south of Iquique at a depth of 90 km. Onemi said it had ordered no"
                + " evacuations and there were no reports of injuries."),
        StoryDetectorTest.article("a2", "2023-07-10", "Strong quake hits near Iquique, no damage reported",
            "A strong earthquake of magnitude 6.1 shook northern Chile on Monday near Iquique, according to the USGS."
                + " Onemi, the national emergency office, said there were no reports of damage. The quake struck at"
                + " a depth of 35 km."),
        StoryDetectorTest.article("b2", "2023-11-02", "Quake of 5.4 rattles Chile's north",
            "A magnitude 5.4 quake rattled northern Chile on Thursday. The USGS said the tremor hit south of Iquique"
                + " at a depth of 90 kilometres; the emergency office Onemi reported no injuries or evacuations."));
  }

  @Test
  void streamedArticlesJoinTheirEventAndStoryline() throws Exception {
    Map<String, Stories.Assignment> got = new LinkedHashMap<>();
    try (Store store = Store.open(dir)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.lexical(store);
      for (CleanArticle a : quakes()) got.put(a.id(), detector.assign(a));
    }

    assertThat(got.get("a2").eventId()).isEqualTo(got.get("a1").eventId()).isEqualTo("e-a1");
    assertThat(got.get("b2").eventId()).isEqualTo(got.get("b1").eventId()).isEqualTo("e-b1");
    assertThat(got.values()).extracting(Stories.Assignment::storylineId).containsOnly("s-a1");
  }

  @Test
  void reAssigningAStoredArticleKeepsItsPlaceAfterARestart() throws Exception {
    Stories.Assignment first;
    try (Store store = Store.open(dir)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.lexical(store);
      for (CleanArticle a : quakes()) detector.assign(a);
      first = detector.assign(quakes().get(3));
    }
    try (Store store = Store.open(dir)) {
      assertThat(IncrementalStoryDetector.lexical(store).assign(quakes().get(3))).isEqualTo(first);
      assertThat(store.articleCount()).isEqualTo(4);
    }
  }

  @Test
  void sampleCorpusStreamedIntoAnEmptyStoreIsTwoCallsInOneStoryline() throws Exception {
    List<CleanArticle> articles = new java.util.ArrayList<>(Pipeline.readCleaned(List.of(Path.of("corpus", "rafah-2024"))));
    articles.sort(Comparator.comparing(CleanArticle::id));
    Map<String, Stories.Assignment> got = new LinkedHashMap<>();
    try (Store store = Store.open(dir)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.lexical(store);
      for (CleanArticle a : articles) got.put(a.id().substring(0, 3), detector.assign(a));
    }

    assertThat(List.of(got.get("001"), got.get("002"), got.get("003")))
        .extracting(Stories.Assignment::eventId).containsOnly(got.get("000").eventId());
    assertThat(got.get("004").eventId()).isNotEqualTo(got.get("000").eventId());
    assertThat(got.values()).extracting(Stories.Assignment::storylineId).containsOnly(got.get("000").storylineId());
  }

  @Test
  void aStoreReopenedAtACommitAssignsAsTheRunThatMadeTheCommit(@TempDir Path other) throws Exception {
    List<CleanArticle> articles = wireStories(600);
    int commitAt = 250; // between two refreshes of the searcher (every 512 writes), statistics part-filled
    List<Stories.Assignment> uninterrupted = new java.util.ArrayList<>();
    try (Store store = Store.open(dir)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.lexical(store);
      for (int i = 0; i < articles.size(); i++) {
        uninterrupted.add(detector.assign(articles.get(i)));
        if (i + 1 == commitAt) store.commit();
      }
    }
    List<Stories.Assignment> resumed = new java.util.ArrayList<>();
    try (Store store = Store.open(other)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.lexical(store);
      for (CleanArticle a : articles.subList(0, commitAt)) resumed.add(detector.assign(a));
      store.commit();
    } // as a process killed after its commit: a new store object and detector go on from it
    try (Store store = Store.open(other)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.lexical(store);
      for (CleanArticle a : articles.subList(commitAt, articles.size())) resumed.add(detector.assign(a));
    }

    assertThat(resumed).isEqualTo(uninterrupted);
  }

  /** Short dated wire stories on a few topics, with varied places, people, numbers and days. */
  static List<CleanArticle> wireStories(int n) {
    String[] topics = {"earthquake struck", "storm flooded", "strike closed", "election was won in", "fire destroyed"};
    String[] places = {"Lima", "Oslo", "Nairobi", "Manila", "Quito", "Hanoi", "Accra", "Riga"};
    String[] people = {"Maria Lopez", "John Okafor", "Ana Silva", "Lee Min", "Omar Haddad", "Eva Novak"};
    java.util.Random r = new java.util.Random(7);
    List<CleanArticle> out = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      String topic = topics[r.nextInt(topics.length)];
      String place = places[r.nextInt(places.length)];
      String text = "A " + topic + " parts of " + place + ", officials said. " + people[r.nextInt(people.length)]
          + " told reporters that " + (r.nextInt(900) + 10) + " people were affected and " + (r.nextInt(40) + 1)
          + " were injured. Residents of " + place + " described the scene as chaotic.";
      out.add(StoryDetectorTest.article("w" + i, "2024-03-" + (10 + r.nextInt(9)), place + ": " + topic, text));
    }
    return out;
  }
}
