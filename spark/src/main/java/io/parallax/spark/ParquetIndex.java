package io.parallax.spark;

import io.parallax.clean.CleanArticle;
import io.parallax.clean.Inference;
import io.parallax.clean.Removal;
import io.parallax.model.Article;
import io.parallax.model.Span;
import io.parallax.serve.ArticleArchive;
import io.parallax.store.Store;
import io.parallax.store.StoredArticle;
import io.parallax.store.StoredEvent;
import io.parallax.store.StoredStoryline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code parallax index --from-parquet DIR}: loads the result of {@code parallax spark} into the
 * embedded store through the main module's store API, as {@code parallax index} would have stored the
 * same articles with the same events: each article (with its story-detection features, so that later
 * {@code index} runs assign new articles against it, and its event vector for semantic search), its
 * text for the web reader, each event and each storyline.
 */
final class ParquetIndex {

  private ParquetIndex() {}

  /** Returns the number of articles loaded. */
  static long load(SparkSession spark, String from, Path storeDir) throws IOException {
    String base = from.endsWith("/") ? from : from + "/";
    long n = 0;
    Map<String, String> headings = new HashMap<>();
    try (Store store = Store.open(storeDir)) {
      ArticleArchive texts = ArticleArchive.of(storeDir);
      Iterator<Row> articles = spark.read().parquet(base + "articles").orderBy("position").toLocalIterator();
      while (articles.hasNext()) {
        Row r = articles.next();
        CleanArticle clean = clean(r);
        texts.put(clean);
        String heading = r.getAs("heading");
        headings.put(clean.id(), heading);
        String published = r.getAs("published");
        StoredArticle a = new StoredArticle(clean.id(), heading, clean.text(),
            Optional.ofNullable(published).map(p -> OffsetDateTime.parse(p).toLocalDate()), r.getAs("event"),
            r.getAs("storyline"), new HashSet<>(r.<String>getList(r.fieldIndex("terms"))),
            new HashSet<>(r.<String>getList(r.fieldIndex("names"))), r.getAs("features"));
        List<Float> v = r.getList(r.fieldIndex("vector"));
        float[] vector = new float[v.size()];
        for (int i = 0; i < vector.length; i++) vector[i] = v.get(i);
        if (vector.length > 0) store.put(a, vector);
        else store.put(a);
        n++;
      }
      for (Row e : spark.read().parquet(base + "events").collectAsList()) {
        List<String> members = e.getList(e.fieldIndex("articles"));
        List<String> titles = new ArrayList<>();
        for (String id : members.subList(0, Math.min(20, members.size()))) titles.add(headings.getOrDefault(id, ""));
        String date = e.getAs("date");
        store.put(new StoredEvent(e.getAs("id"), e.getAs("storyline"), e.getAs("title"),
            Optional.ofNullable(date).map(LocalDate::parse), members.size(), String.join("\n", titles)));
      }
      for (Row s : spark.read().parquet(base + "storylines").collectAsList()) {
        store.put(new StoredStoryline(s.getAs("id"), s.getAs("title"), s.getList(s.fieldIndex("events")).size()));
      }
      store.commit();
    }
    return n;
  }

  /** The cleaned article of an {@code articles} row. */
  static CleanArticle clean(Row r) {
    String published = r.getAs("published");
    Article a = Article.builder(r.getAs("id"), r.getAs("source"), r.getAs("text")).outlet(r.getAs("outlet"))
        .agency(r.getAs("agency")).title(r.getAs("title"))
        .published(published == null ? null : OffsetDateTime.parse(published)).language(r.getAs("language"))
        .url(r.getAs("url")).build();
    List<Span> paragraphs = new ArrayList<>();
    for (Row s : r.<Row>getList(r.fieldIndex("paragraphs"))) paragraphs.add(Span.of(s.getInt(0), s.getInt(1)));
    List<Removal> removed = new ArrayList<>();
    for (Row m : r.<Row>getList(r.fieldIndex("removed"))) {
      Span s = Span.of(m.getInt(0), m.getInt(1));
      removed.add(new Removal(s, s.textOf(a.text()), m.getString(2)));
    }
    return new CleanArticle(a, paragraphs, removed, List.<Inference>of());
  }
}
