package io.parallax.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the shipped word frequency table ({@link WordFrequencies#news()}) from training sets only:
 * every article of brief-train (title and lead) and of quotes-train (whole texts). Stems seen in one
 * document are left out (they read as unseen).
 *
 * <pre>
 * scripts/bench main io.parallax.nlp.WordFrequencyTable ../shared/data \
 *     src/main/resources/io/parallax/nlp/news-word-df.tsv.gz
 * </pre>
 */
public final class WordFrequencyTable {

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    List<Set<String>> docs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(data.resolve("brief-train/articles.jsonl"), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode a = json.readTree(line);
        docs.add(WordFrequencies.stemsOf(a.path("title").asText("") + "\n" + a.path("text").asText("")));
      }
    }
    try (Stream<Path> files = Files.list(data.resolve("quotes-train/text"))) {
      for (Path f : files.sorted().toList()) docs.add(WordFrequencies.stemsOf(Files.readString(f, StandardCharsets.UTF_8)));
    }
    WordFrequencies table = WordFrequencies.of(docs);
    table.write(Path.of(args[1]), 2);
    System.out.println(table.documents() + " documents written to " + args[1]);
  }
}
