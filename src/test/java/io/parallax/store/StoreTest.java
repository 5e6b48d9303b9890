package io.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @TempDir Path dir;

  static StoredArticle article(String id, String title, String text, String event) {
    return new StoredArticle(id, title, text, Optional.of(LocalDate.of(2024, 3, 18)), event, "s1",
        Set.of("biden", "netanyahu", "call"), Set.of("biden", "netanyahu"), new byte[] {1, 2, 3});
  }

  @Test
  void survivesARestartAndFindsArticlesAndEvents() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(article("a1", "Biden and Netanyahu speak by phone", "The leaders discussed Rafah on Monday.", "e1"));
      store.put(article("a2", "Biden warns Netanyahu over Rafah", "A ground operation would be a mistake, Sullivan said.", "e1"));
      store.put(new StoredEvent("e1", "s1", "Biden-Netanyahu call on Rafah", Optional.of(LocalDate.of(2024, 3, 18)), 2,
          "Biden and Netanyahu speak by phone\nBiden warns Netanyahu over Rafah"));
      store.put(new StoredStoryline("s1", "Biden, Netanyahu and Rafah", 1));
    }

    try (Store reopened = Store.open(dir)) {
      assertThat(reopened.articleCount()).isEqualTo(2);
      assertThat(reopened.article("a2")).get().extracting(StoredArticle::eventId, StoredArticle::published)
          .containsExactly("e1", Optional.of(LocalDate.of(2024, 3, 18)));
      assertThat(reopened.article("a2").get().features()).containsExactly(1, 2, 3);
      assertThat(reopened.event("e1")).get().extracting(StoredEvent::articleCount).isEqualTo(2);
      assertThat(reopened.search("Sullivan mistake", 10)).extracting(SearchHit::kind, SearchHit::id)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("article", "a2"));
      assertThat(reopened.search("phone", 10)).extracting(SearchHit::kind).contains("article", "event");
    }
  }

  @Test
  void nearestArticlesAreFoundByVectorBeforeAndAfterARestartAndReadOnly() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(article("a1", "Biden and Netanyahu speak by phone", "Rafah", "e1"), new float[] {1, 0, 0});
      store.put(article("a2", "Heavy rain floods Dubai airport", "Flights cancelled", "e2"), new float[] {0, 2, 0});
      store.put(article("a3", "No vector for this one", "text", "e3"));
      var nearest = store.nearestArticles(new float[] {0.8f, 0.6f, 0}, 5);
      assertThat(nearest).extracting(SearchHit::id).containsExactly("a1", "a2");
      assertThat(nearest.get(0).score()).as("cosine similarity").isCloseTo(0.8f, org.assertj.core.data.Offset.offset(1e-6f));
      store.put(article("a2", "Heavy rain floods Dubai airport", "Written again without its vector", "e2"));
      assertThat(store.nearestArticles(new float[] {0, 1, 0}, 5)).extracting(SearchHit::id).containsExactly("a1");
    }
    try (Store reopened = Store.open(dir)) {
      assertThat(reopened.nearestArticles(new float[] {1, 0, 0}, 5)).extracting(SearchHit::id, SearchHit::eventId)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", Optional.of("e1")));
    }
    assertThat(Store.nearestArticles(dir, new float[] {1, 0, 0}, 5)).extracting(SearchHit::title)
        .containsExactly("Biden and Netanyahu speak by phone");
  }

  @Test
  void aStoreWithoutVectorsHasNoNearestArticles(@TempDir Path other) throws Exception {
    try (Store store = Store.open(other)) {
      store.put(article("a1", "Biden and Netanyahu speak by phone", "Rafah", "e1"));
      assertThat(store.nearestArticles(new float[] {1, 0, 0}, 5)).isEmpty();
    }
    assertThat(Store.nearestArticles(other, new float[] {1, 0, 0}, 5)).isEmpty();
  }

  @Test
  void writingAnIdAgainReplacesIt() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(article("a1", "First title", "text", "e1"));
      store.put(article("a1", "Second title", "text", "e2"));
      assertThat(store.article("a1")).get().extracting(StoredArticle::eventId).isEqualTo("e2");
      assertThat(store.articleCount()).isEqualTo(1);
      store.commit();
      assertThat(store.articleIds()).containsExactly("a1");
    }
  }

  @Test
  void recentWritesAreRetrievedAsCandidatesBeforeAnyRefresh() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(article("a1", "Biden and Netanyahu speak", "Rafah", "e1"));
      assertThat(store.similarArticles(java.util.Map.of("call", 1f), java.util.Map.of(), 5))
          .extracting(StoredArticle::id).containsExactly("a1");
      store.commit();
      store.refresh(); // now from the searcher
      assertThat(store.similarArticles(java.util.Map.of("rafah", 1f), java.util.Map.of(), 5))
          .extracting(StoredArticle::id).containsExactly("a1");
    }
  }

  @Test
  void afterACommitTheStoreReadsAsTheStoreReopenedAtThatCommit() throws Exception {
    var stems = java.util.Map.of("rafah", 2f, "call", 1f);
    List<String> live;
    long df;
    try (Store store = Store.open(dir)) {
      store.put(article("a1", "Biden and Netanyahu speak by phone", "The leaders discussed Rafah on Monday.", "e1"));
      store.put(article("a2", "Biden warns Netanyahu over Rafah", "A ground operation would be a mistake.", "e1"));
      store.put(article("a3", "Netanyahu call", "No word on the border.", "e2"));
      store.commit();
      live = store.similarArticles(stems, java.util.Map.of(), 5).stream().map(StoredArticle::id).toList();
      df = store.termDocFreq("rafah");
    }
    try (Store reopened = Store.open(dir)) {
      assertThat(reopened.similarArticles(stems, java.util.Map.of(), 5)).extracting(StoredArticle::id)
          .containsExactlyElementsOf(live) // BM25: the short a3 names "call", rarer than "rafah"
          .containsExactly("a3", "a1", "a2");
      assertThat(reopened.termDocFreq("rafah")).isEqualTo(df).isEqualTo(2);
    }
  }

  @Test
  void windowedRetrievalSearchesOnlyTheMostRecentArticlesAcrossRestarts() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(article("old", "Rafah strike", "Rafah", "e1"));
      store.put(article("mid", "Rafah talks", "Rafah", "e2"));
    }
    try (Store store = Store.open(dir)) {
      store.put(article("new", "Rafah call", "Rafah", "e3"));
      store.commit();
      store.refresh();
      var rafah = java.util.Map.of("rafah", 1f);
      assertThat(store.similarArticles(rafah, java.util.Map.of(), 5, 2)).extracting(StoredArticle::id)
          .containsExactlyInAnyOrder("mid", "new");
      assertThat(store.similarArticles(rafah, java.util.Map.of(), 5, 1)).extracting(StoredArticle::id)
          .containsExactly("new");
      assertThat(store.similarArticles(rafah, java.util.Map.of(), 5)).extracting(StoredArticle::id)
          .containsExactlyInAnyOrder("old", "mid", "new");
    }
  }

  @Test
  void documentFrequenciesOverAWindowCountTheSegmentsThatHoldItNotOlderOnes() throws Exception {
    try (Store store = Store.open(dir)) {
      for (String id : new String[] {"old", "mid", "new"}) {
        store.put(article(id, "Rafah " + id, "Rafah", "e-" + id));
        store.commit();
        store.refresh(); // one segment per article
      }
      assertThat(store.termDocFreq("rafah")).isEqualTo(3);
      assertThat(store.termDocFreq("rafah", 1)).isEqualTo(1);
      assertThat(store.articleCount(1)).isEqualTo(1);
      assertThat(store.nameDocFreq("biden")).isEqualTo(3);
      assertThat(store.nameDocFreq("biden", 2)).isEqualTo(2);
      assertThat(store.articleCount(2)).isEqualTo(2);
      assertThat(store.termDocFreq("rafah", 3)).isEqualTo(3);
      assertThat(store.articleCount(3)).isEqualTo(3);

      store.put(article("newest", "Rafah newest", "Rafah", "e-newest")); // not yet searchable: counted apart
      assertThat(store.nameDocFreq("biden", 1)).isEqualTo(1);
      assertThat(store.articleCount(1)).isEqualTo(1);
      assertThat(store.nameDocFreq("biden", 2)).isEqualTo(2);
      assertThat(store.similarArticles(java.util.Map.of(), java.util.Map.of("biden", 1f), 5, 2))
          .extracting(StoredArticle::id).containsExactlyInAnyOrder("new", "newest");
    }
  }

  @Test
  void eventsAndStorylinesDoNotCountInArticleTextStatistics() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(article("a1", "Biden and Netanyahu speak", "Rafah ground operation", "e1"));
      store.put(new StoredEvent("e1", "s1", "Rafah call", Optional.empty(), 1, "Rafah call\nRafah ground operation"));
      store.put(new StoredStoryline("s1", "Rafah", 1));
      store.put(article("a2", "Gaza aid", "Aid trucks", "e2"));
      store.commit();
      store.refresh();
      assertThat(store.termDocFreq("rafah")).isEqualTo(1);
      assertThat(store.similarArticles(java.util.Map.of("rafah", 1f), java.util.Map.of(), 5))
          .extracting(StoredArticle::id).containsExactly("a1");
      assertThat(store.search("Rafah", 10)).extracting(SearchHit::kind).containsExactlyInAnyOrder("article", "event", "storyline");
    }
  }

  @Test
  void aMergedEventMovesItsArticlesBeforeAndAfterARefreshAndARestart() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(article("a1", "Flood closes the harbour bridge", "Rafah", "e1"));
      store.put(article("a2", "Harbour bridge shut by flooding", "Rafah", "e2"));
      store.put(new StoredEvent("e2", "s1", "Harbour bridge shut", Optional.empty(), 1, "Harbour bridge shut by flooding"));
      store.refresh(); // a1 and a2 are read back from the index
      store.put(article("a3", "Bridge to stay closed after the flood", "Rafah", "e2")); // in memory only

      store.moveEvent("e2", "e1", "s9");

      assertThat(store.article("a2")).get().extracting(StoredArticle::eventId, StoredArticle::storylineId)
          .containsExactly("e1", "s9");
      assertThat(store.article("a3")).get().extracting(StoredArticle::eventId).isEqualTo("e1");
      assertThat(store.event("e2")).isEmpty();
      assertThat(store.similarArticles(java.util.Map.of("rafah", 1f), java.util.Map.of(), 5))
          .extracting(StoredArticle::eventId).containsOnly("e1");
      store.refresh();
      store.moveEvent("e1", "e7", "s7"); // a2 and a3 were written as e2: found through the merge
      store.commit();
    }
    try (Store reopened = Store.open(dir)) {
      assertThat(java.util.stream.Stream.of("a1", "a2", "a3").map(id -> {
        try {
          return reopened.article(id).orElseThrow().eventId();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      })).containsExactly("e7", "e7", "e7");
      assertThat(reopened.search("harbour", 10)).extracting(SearchHit::id, SearchHit::eventId)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a1", Optional.of("e7")),
              org.assertj.core.groups.Tuple.tuple("a2", Optional.of("e7")));
      assertThat(reopened.termDocFreq("rafah")).as("moving an article leaves its text statistics").isEqualTo(3);
    }
  }

  @Test
  void aStorylineWhoseLastEventMergedAwayIsDeletedFromLookUpAndSearch() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(new StoredStoryline("s1", "Harbour bridge flood", 1));
      store.put(new StoredStoryline("s2", "Harbour bridge repairs", 2));
      store.refresh();

      store.deleteStoryline("s1");

      assertThat(store.storyline("s1")).as("before a refresh").isEmpty();
      store.refresh();
      assertThat(store.storyline("s1")).as("after a refresh").isEmpty();
      assertThat(store.search("harbour", 10)).extracting(SearchHit::id).containsExactly("s2");
      store.commit();
    }
    try (Store reopened = Store.open(dir)) {
      assertThat(reopened.storyline("s1")).isEmpty();
      assertThat(reopened.storyline("s2")).get().extracting(StoredStoryline::eventCount).isEqualTo(2);
    }
  }

  @Test
  void aStoreWrittenBeforeArrivalOrderIsRefusedWithWhatToDo() throws Exception {
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
         var writer = new org.apache.lucene.index.IndexWriter(directory,
             new org.apache.lucene.index.IndexWriterConfig(new org.apache.lucene.analysis.en.EnglishAnalyzer()))) {
      var d = new org.apache.lucene.document.Document();
      d.add(new org.apache.lucene.document.StringField("kind", "article", org.apache.lucene.document.Field.Store.YES));
      d.add(new org.apache.lucene.document.StoredField("id", "legacy"));
      writer.addDocument(d);
    }

    assertThatThrownBy(() -> Store.open(dir))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("written by an early version of Parallax (its articles are not sorted by arrival)")
        .hasMessageContaining("run 'parallax index' on your inputs again");
  }
}
