package io.parallax.story;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What story detection knows about one article.
 *
 * @param id the article id
 * @param title the headline, or the first sentence when there is none (used to title events)
 * @param terms stemmed content words (stop words removed) and their counts; lead sentences count double
 * @param subject the content words that are not part of names: what kind of thing happened
 * @param names capitalised names ("benjamin netanyahu", "netanyahu") and their counts
 * @param times normalised time expressions: {@code d:2024-03-18}, {@code md:02-15}, {@code y:2013},
 *     {@code wd:monday}, {@code dur:32 day}, {@code rel:yesterday}
 * @param numbers normalised quantities other than dates ({@code n:1500000}, {@code n:32})
 * @param date the estimated day of the happening: a resolved date mentioned in the lead, else the
 *     publication day, else a full date in the first lines (a dateline); empty when nothing says
 * @param published the publication day, when known
 * @param embedding a unit-length document embedding of title and lead, or an empty array when none
 */
public record ArticleFeatures(
    String id,
    String title,
    Map<String, Integer> terms,
    Map<String, Integer> subject,
    Map<String, Integer> names,
    Set<String> times,
    Set<String> numbers,
    Optional<LocalDate> date,
    Optional<LocalDate> published,
    float[] embedding) {

  public ArticleFeatures {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    terms = Map.copyOf(terms);
    subject = Map.copyOf(subject);
    names = Map.copyOf(names);
    times = Set.copyOf(times);
    numbers = Set.copyOf(numbers);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(embedding, "embedding");
  }

  public boolean hasEmbedding() {
    return embedding.length > 0;
  }

  public ArticleFeatures withEmbedding(float[] vector) {
    return new ArticleFeatures(id, title, terms, subject, names, times, numbers, date, published, vector);
  }
}
