package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.model.Article;
import io.parallax.nlp.NewsAnnotator;
import io.parallax.nlp.Quote;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax quotes INPUT... --out FILE.jsonl}: one JSON line per article,
 * {@code {"id", "quotes": [{"text", "start", "end", "speaker", "speaker_start", "speaker_end",
 * "cue", "direct"}]}}, offsets in characters into the text exactly as read.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Finds quotes (direct and reported speech) and their speakers in articles.")
public final class QuotesCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = ".txt files, .jsonl files (one {\"id\", \"text\"} per line) or folders of them (walked recursively)")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "where to write the quotes")
  Path out;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    NewsAnnotator annotator = new NewsAnnotator();
    int[] count = {0};
    if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path input : inputs) {
        InterimArticleReader.read(input, article -> {
          try {
            w.write(JSON.writeValueAsString(toJson(article, annotator.annotate(article).quotes())));
            w.write('\n');
            count[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    System.err.println("parallax quotes: " + count[0] + " articles -> " + out);
    return 0;
  }

  static ObjectNode toJson(Article article, List<Quote> quotes) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", article.id());
    ArrayNode arr = o.putArray("quotes");
    String text = article.text();
    for (Quote q : quotes) {
      ObjectNode j = arr.addObject();
      j.put("text", q.content().textOf(text));
      j.put("start", q.content().start());
      j.put("end", q.content().end());
      if (q.speaker().isPresent()) j.put("speaker", q.speaker().get());
      else j.putNull("speaker");
      if (q.speakerSpan().isPresent()) {
        j.put("speaker_start", q.speakerSpan().get().start());
        j.put("speaker_end", q.speakerSpan().get().end());
      } else {
        j.putNull("speaker_start");
        j.putNull("speaker_end");
      }
      if (q.cue().isPresent()) j.put("cue", q.cue().get().textOf(text));
      else j.putNull("cue");
      j.put("direct", q.direct());
    }
    return o;
  }

  /**
   * Interim input reading for this command until the ingest stage's readers are merged: a .txt file
   * is one article (id = file name without extension, text = its UTF-8 content as read); a .jsonl
   * file holds one article per line with "id" and "text" (and optionally "published", an ISO date or
   * date-time); folders are walked recursively in name order. Swap for the ingestor's readers.
   */
  static final class InterimArticleReader {
    private InterimArticleReader() {}

    static void read(Path input, Consumer<Article> sink) throws IOException {
      if (Files.isDirectory(input)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(input)) {
          files = s.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl"))
              .sorted().toList();
        }
        for (Path f : files) read(f, sink);
        return;
      }
      if (!Files.isRegularFile(input)) {
        throw new IllegalArgumentException("Input " + input + " is neither a file nor a folder; "
            + "give .txt or .jsonl files or folders holding them");
      }
      String name = input.getFileName().toString();
      if (name.endsWith(".jsonl")) {
        List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).isBlank()) continue;
          JsonNode n = JSON.readTree(lines.get(i));
          String id = n.path("id").asText("");
          if (id.isBlank()) id = name.substring(0, name.length() - 6) + "-" + (i + 1);
          Article.Builder b = Article.builder(id, input + "#" + (i + 1), n.path("text").asText(""));
          String pub = n.path("published").asText("");
          if (!pub.isBlank()) b.published(parseDate(pub));
          sink.accept(b.build());
        }
      } else {
        String text = Files.readString(input, StandardCharsets.UTF_8);
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        sink.accept(Article.builder(id, input.toString(), text).build());
      }
    }

    private static OffsetDateTime parseDate(String s) {
      try {
        return OffsetDateTime.parse(s);
      } catch (RuntimeException e) {
        try {
          return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e2) {
          return null;
        }
      }
    }
  }
}
