package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.parallax.extract.HtmlExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the JSONL and {@code .json} reader: every non-blank line is one input that becomes an article
 * or a skip with a reason; nothing is thrown and no line is lost. Seeds:
 * {@code src/test/resources/io/parallax/ingest/JsonlReaderFuzzTestInputs/}.
 */
class JsonlReaderFuzzTest {

  private static final JsonlReader READER =
      new JsonlReader(new IngestOptions(1 << 20, 1 << 16), new HtmlExtractor()::convert);

  @FuzzTest(maxDuration = "20s")
  void everyLineBecomesAnArticleOrASkip(FuzzedDataProvider data) throws IOException {
    boolean wholeJson = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    List<Ingested> got = new ArrayList<>();

    if (wholeJson) {
      READER.readJson(bytes, "news.json", "news", got::add);
    } else {
      READER.readLines(new ByteArrayInputStream(bytes), "news.jsonl", "news", got::add);
      assertThat(got).hasSizeLessThanOrEqualTo(lines(bytes));
    }

    for (Ingested i : got) {
      switch (i) {
        case Ingested.Read r -> assertThat(r.article().id()).isNotBlank();
        case Ingested.Failed f -> assertThat(f.skipped().reason()).isNotBlank();
      }
    }
  }

  private static int lines(byte[] bytes) {
    int n = 1;
    for (byte b : bytes) if (b == '\n') n++;
    return n;
  }
}
