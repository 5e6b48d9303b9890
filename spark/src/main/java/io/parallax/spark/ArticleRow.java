package io.parallax.spark;

import io.parallax.clean.CleanArticle;
import io.parallax.clean.Inference;
import io.parallax.clean.Removal;
import io.parallax.model.Article;
import io.parallax.model.Span;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read and cleaned article as it travels between Spark stages (Java-serializable, no
 * {@code Optional}s): the article's fields, its kept paragraphs and removed lines as spans, and where it
 * came from in the input ({@code input}: the position of its input argument, {@code file}: the file,
 * {@code record}: its position in the file), which orders articles as the single-machine reader does.
 */
record ArticleRow(
    int input, String file, long record,
    String id, String source, String outlet, String agency, String title, String published, String language,
    String url, ArrayList<String> authors, LinkedHashMap<String, String> attributes, String text,
    int[] paragraphs, ArrayList<String[]> removed) implements Serializable {

  static ArticleRow of(int input, String file, long record, Article a) {
    return new ArticleRow(input, file, record, a.id(), a.source(), a.outlet().orElse(null), a.agency().orElse(null),
        a.title().orElse(null), a.published().map(OffsetDateTime::toString).orElse(null), a.language().orElse(null),
        a.url().orElse(null), new ArrayList<>(a.authors()), new LinkedHashMap<>(a.attributes()), a.text(), null, null);
  }

  Article article() {
    return Article.builder(id, source, text).outlet(outlet).agency(agency).title(title)
        .published(published == null ? null : OffsetDateTime.parse(published)).language(language).url(url)
        .authors(authors).attributes(attributes).build();
  }

  /** This row after cleaning: the cleaned article's fields (outlet and agency may be inferred) and spans. */
  ArticleRow cleaned(CleanArticle c) {
    ArticleRow r = of(input, file, record, c.article());
    int[] spans = new int[2 * c.paragraphs().size()];
    for (int k = 0; k < c.paragraphs().size(); k++) {
      spans[2 * k] = c.paragraphs().get(k).start();
      spans[2 * k + 1] = c.paragraphs().get(k).end();
    }
    ArrayList<String[]> cut = new ArrayList<>();
    for (Removal m : c.removed()) {
      cut.add(new String[] {Integer.toString(m.span().start()), Integer.toString(m.span().end()), m.reason()});
    }
    return new ArticleRow(input, file, record, r.id, r.source, r.outlet, r.agency, r.title, r.published, r.language,
        r.url, r.authors, r.attributes, r.text, spans, cut);
  }

  ArticleRow withId(String newId) {
    return new ArticleRow(input, file, record, newId, source, outlet, agency, title, published, language, url, authors,
        attributes, text, paragraphs, removed);
  }

  List<Span> paragraphSpans() {
    List<Span> out = new ArrayList<>();
    for (int k = 0; k + 1 < paragraphs.length; k += 2) out.add(Span.of(paragraphs[k], paragraphs[k + 1]));
    return out;
  }

  /** The cleaned article again (the inferences are not carried: reports do not show them). */
  CleanArticle clean() {
    Article a = article();
    List<Removal> cut = new ArrayList<>();
    for (String[] m : removed) {
      Span s = Span.of(Integer.parseInt(m[0]), Integer.parseInt(m[1]));
      cut.add(new Removal(s, s.textOf(a.text()), m[2]));
    }
    return new CleanArticle(a, paragraphSpans(), cut, List.<Inference>of());
  }

}
