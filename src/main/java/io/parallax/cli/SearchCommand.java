package io.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.model.Escape;
import io.parallax.store.SearchHit;
import io.parallax.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax search QUERY}: full-text search over stored articles, events and storylines. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches the store's articles, events and storylines (Lucene query syntax).")
public final class SearchCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "words, \"phrases\", AND/OR/NOT")
  List<String> query;

  @Option(names = "--store", paramLabel = "DIR", description = "store location (default: .parallax/store)")
  Path storeDir;

  @Option(names = "--limit", defaultValue = "10", description = "most hits to show (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "one JSON object per hit and line: "
      + "{\"kind\", \"id\", \"title\", \"score\", \"event\", \"storyline\"} (nothing when no hit matches)")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path dir = storeDir == null ? Store.defaultLocation() : storeDir;
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("parallax search: no store at " + dir + "; run 'parallax index PATH…' first");
      return ExitCode.NO_INPUT.code();
    }
    List<SearchHit> hits;
    try {
      hits = Store.search(dir, String.join(" ", query), limit); // read-only: works while 'index' writes
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (json) {
      for (SearchHit h : hits) out.println(JSON.writeValueAsString(jsonLine(h)));
      out.flush();
      return ExitCode.DONE.code();
    }
    for (SearchHit h : hits) {
      out.printf("%-9s %-30s %6.2f  %s%s%n", h.kind(), Escape.terminal(h.id()), h.score(), Escape.terminal(h.title()),
          h.kind().equals("article") ? "  [event " + Escape.terminal(h.eventId().orElse("?")) + ", storyline "
              + Escape.terminal(h.storylineId().orElse("?")) + "]" : "");
    }
    if (hits.isEmpty()) out.println("no matches");
    out.flush();
    return ExitCode.DONE.code();
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, Object> jsonLine(SearchHit h) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("kind", h.kind());
    line.put("id", h.id());
    line.put("title", h.title());
    line.put("score", h.score());
    line.put("event", h.eventId().orElse(null));
    line.put("storyline", h.storylineId().orElse(null));
    return line;
  }
}
