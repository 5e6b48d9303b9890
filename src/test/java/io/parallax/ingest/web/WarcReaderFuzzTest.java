package io.parallax.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.parallax.ingest.Ingested;
import io.parallax.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the WARC reader: a damaged crawl gives the articles before the damage and one skip that says
 * where it broke; only a file that cannot be opened at all (no WARC or gzip header) may throw
 * {@link IOException}. Seeds: {@code src/test/resources/io/parallax/ingest/web/WarcReaderFuzzTestInputs/}.
 */
class WarcReaderFuzzTest {

  private static final WarcReader READER = new WarcReader();

  @FuzzTest(maxDuration = "20s")
  void readNeverThrowsUnexpectedly(byte[] warc) {
    List<Ingested> got = new ArrayList<>();
    try {
      READER.read(new ByteArrayInputStream(warc), "crawl.warc", got::add);
    } catch (IOException e) {
      return; // the whole file is unreadable: the ingestor skips it with this message
    }
    assertWellFormed(got);
  }

  /** Every article has an id and text; every skip has a source and a reason. */
  static void assertWellFormed(List<Ingested> got) {
    for (Ingested i : got) {
      switch (i) {
        case Ingested.Read r -> {
          Article a = r.article();
          assertThat(a.id()).isNotBlank();
          assertThat(a.text()).isNotBlank();
        }
        case Ingested.Failed f -> assertThat(f.skipped().reason()).isNotBlank();
      }
    }
  }
}
