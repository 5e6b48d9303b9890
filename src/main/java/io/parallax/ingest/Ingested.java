package io.parallax.ingest;

import io.parallax.model.Article;
import io.parallax.model.Skipped;
import java.util.List;

/** What one input (a file, a JSONL line, a feed item, a WARC record) became: an article, or a skip. */
public sealed interface Ingested permits Ingested.Read, Ingested.Failed {

  /** The input became an article; {@code warnings} are problems that did not stop it. */
  record Read(Article article, List<String> warnings) implements Ingested {
    public Read {
      warnings = List.copyOf(warnings);
    }

    public Read(Article article) {
      this(article, List.of());
    }
  }

  /** The input was skipped; the reason says what was wrong and what to do. */
  record Failed(Skipped skipped) implements Ingested {
    public Failed(String source, String reason) {
      this(new Skipped(source, reason));
    }
  }
}
