package io.parallax.store;

/**
 * The fields of the store's main index and the three kinds of document it holds. Every document is
 * keyed by {@code kind:id}, so that writing the same id again replaces it.
 */
final class Schema {

  private Schema() {}

  /** The three kinds of document, with the value of the {@value #KIND} field. */
  enum Kind {
    ARTICLE("article"), EVENT("event"), STORYLINE("storyline"),
    /** The record that an event merged into another ({@link Schema#INTO}); never a search hit. */
    MERGE("merge");

    /** The value of {@link Schema#KIND} and of {@link SearchHit#kind()}. */
    final String value;

    Kind(String value) {
      this.value = value;
    }

    /** The unique key of the document of this kind with {@code id}. */
    String key(String id) {
      return value + ":" + id;
    }
  }

  static final String KEY = "key";
  static final String KIND = "kind";
  static final String ID = "id";
  static final String TITLE = "title";
  /** Searchable text of articles only: candidate retrieval needs no filter on the kind of document. */
  static final String TEXT = "text";
  /** Searchable text of events (their articles' titles) and storylines. */
  static final String SUMMARY = "summary";
  /** The names an article mentions (lower case), for candidate retrieval. */
  static final String NAMES = "names";
  static final String EVENT = "event";
  static final String STORYLINE = "storyline";
  static final String DATE = "date";
  /** Binary doc value of each article: id, title, date, event, storyline and features ({@link ArticleCards}), read without stored-field decompression. */
  static final String CARD = "card";
  static final String COUNT = "count";
  /** Of a merge record: the event that the event {@link #ID} merged into. */
  static final String INTO = "into";
  /**
   * Arrival order: the ordinal of the article written (events and storylines carry the ordinal of the
   * article that last changed them). The index is sorted by it, so the documents of any window of
   * recent arrivals form one contiguous range per segment, and candidate retrieval restricted to a
   * window skips older segments wholesale.
   */
  static final String SEQ = "seq";
  /** Commit user data: the next arrival ordinal. */
  static final String NEXT_SEQ = "parallax.next_seq";
}
