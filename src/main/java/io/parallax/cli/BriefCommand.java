package io.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.brief.BriefSentence;
import io.parallax.brief.Briefer;
import io.parallax.compare.ComparedArticle;
import io.parallax.nlp.MiniLm;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax brief INPUT.jsonl --stories-from FIELD --out FILE.jsonl}: one neutral brief per story. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "Writes a neutral 3-7 sentence brief per story, each sentence citing its supporting articles.")
public final class BriefCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "INPUT.jsonl", description = "articles: id, text, title, outlet, published, and the grouping field")
  Path input;

  @Option(names = "--stories-from", required = true, paramLabel = "FIELD", description = "JSONL field that groups articles into stories (e.g. story)")
  String storiesFrom;

  @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "where to write {\"story\", \"brief\": [{\"text\", \"sources\"}]} lines")
  Path out;

  @Option(names = "--words", defaultValue = "60", description = "word budget per brief (default ${DEFAULT-VALUE}; 3 to 7 sentences are kept regardless)")
  int words;

  @Option(names = "--semantic", negatable = true, defaultValue = "false",
      description = "blend MiniLM sentence embeddings into similarity (default off: on brief-dev it does not raise ROUGE and is ~7x slower)")
  boolean semantic;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no per-line skip messages.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new UsageException("input " + input + " is not a file; pass a JSONL file of articles");
    }
    if (words < 1) {
      throw new UsageException("--words must be positive, got " + words);
    }
    ProgressListener progress = quiet ? ProgressListener.NONE : new TerminalProgress(System.err);
    Pipeline.Prepared prepared = Pipeline.standard(PipelineConfig.defaults()).prepare(List.of(input), progress);
    progress.done();
    List<String> ungrouped = new ArrayList<>();
    Map<String, List<ComparedArticle>> groups = BriefStories.group(prepared, storiesFrom, ungrouped);
    if (!quiet) {
      prepared.summary().skipped().forEach(k -> System.err.println(Cli.skipLine("brief", k)));
    }
    if (groups.isEmpty()) {
      System.err.println("parallax brief: none of the " + prepared.articles().size() + " articles in " + input
          + " has a field \"" + storiesFrom + "\" to group by; give --stories-from the JSONL field that names each story");
      return prepared.articles().isEmpty() ? 3 : 2;
    }
    if (!ungrouped.isEmpty() && !quiet) { // one line, however many: a missing field is one problem
      System.err.println(Cli.skipLine("brief", new io.parallax.model.Skipped(ungrouped.getFirst(),
          "no \"" + storiesFrom + "\" to group by" + (ungrouped.size() == 1 ? ""
              : " (nor in " + (ungrouped.size() - 1) + " more articles, left out too)"))));
    }
    Briefer briefer = new Briefer(semantic ? MiniLm.general() : null, words);
    ObjectMapper json = new ObjectMapper();
    if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<ComparedArticle>> e : groups.entrySet()) {
        List<ComparedArticle> event = e.getValue();
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (BriefSentence s : briefer.brief(event)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("text", s.text());
          m.put("sources", s.sources());
          sentences.add(m);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("story", e.getKey());
        line.put("brief", sentences);
        w.write(json.writeValueAsString(line));
        w.newLine();
      }
    }
    int skipped = prepared.summary().skipped().size() + ungrouped.size();
    System.err.println("parallax brief: " + groups.size() + " stories -> " + out
        + (skipped == 0 ? "" : " (" + skipped + " inputs skipped)"));
    return ExitCode.DONE.code();
  }
}
