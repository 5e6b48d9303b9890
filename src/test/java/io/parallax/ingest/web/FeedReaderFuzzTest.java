package io.parallax.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.parallax.ingest.Ingested;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the RSS/Atom reader: any bytes give articles and skips, or one {@link IOException} saying
 * the file is not a readable feed (the caller skips the file with that reason), nothing else.
 * Seeds: {@code src/test/resources/io/parallax/ingest/web/FeedReaderFuzzTestInputs/}.
 */
class FeedReaderFuzzTest {

  private static final FeedReader READER = new FeedReader();

  @FuzzTest(maxDuration = "20s")
  void readNeverThrowsUnexpectedly(byte[] feed) {
    List<Ingested> got = new ArrayList<>();
    try {
      READER.read(feed, "https://example.org/feed.rss", "feed", got::add);
    } catch (IOException e) {
      assertThat(e.getMessage()).startsWith("not a readable RSS or Atom feed");
      return;
    }
    WarcReaderFuzzTest.assertWellFormed(got);
  }
}
