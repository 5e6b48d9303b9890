package io.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.clean.CleanArticle;
import io.parallax.model.Article;
import io.parallax.nlp.Annotations;
import io.parallax.nlp.Quote;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax quotes INPUT... --out FILE.jsonl}: one JSON line per article,
 * {@code {"id", "quotes": [{"text", "start", "end", "speaker", "speaker_start", "speaker_end",
 * "cue", "cue_start", "cue_end", "direct", "speaker_resolved"}]}}, offsets in characters into the text
 * exactly as read; {@code speaker} is written as in the text, {@code speaker_resolved} the named person a
 * pronoun or role noun refers to.
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

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no per-input skip messages.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file or directory: " + p);
      }
    }
    ProgressListener progress = quiet ? ProgressListener.NONE : new TerminalProgress(System.err);
    Pipeline pipeline = Pipeline.standard(PipelineConfig.defaults());
    Pipeline.Prepared prepared = pipeline.prepare(inputs, progress);
    Map<String, Annotations> annotations = pipeline.annotate(prepared.articles(), progress);
    progress.done();
    if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (CleanArticle c : prepared.articles()) {
        w.write(JSON.writeValueAsString(toJson(c.article(), annotations.get(c.id()).quotes())));
        w.write('\n');
      }
    }
    if (!quiet) {
      prepared.summary().skipped().forEach(k -> System.err.println(Cli.skipLine("quotes", k)));
    }
    System.err.println("parallax quotes: " + prepared.articles().size() + " articles -> " + out
        + (prepared.summary().skipped().isEmpty() ? "" : " (" + prepared.summary().skipped().size() + " inputs skipped)"));
    return prepared.articles().isEmpty() ? 3 : 0;
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
      // "speaker" is the speaker as written ("he", "the spokesman", "Mayor Ana López"); "speaker_resolved"
      // the person it refers to ("Ana López") when the article names one, else the same as "speaker"
      Optional<String> written = q.speakerSpan().map(s -> s.textOf(text)).or(q::speaker);
      if (written.isPresent()) j.put("speaker", written.get());
      else j.putNull("speaker");
      if (q.speaker().isPresent()) j.put("speaker_resolved", q.speaker().get());
      else j.putNull("speaker_resolved");
      if (q.speakerSpan().isPresent()) {
        j.put("speaker_start", q.speakerSpan().get().start());
        j.put("speaker_end", q.speakerSpan().get().end());
      } else {
        j.putNull("speaker_start");
        j.putNull("speaker_end");
      }
      if (q.cue().isPresent()) {
        j.put("cue", q.cue().get().textOf(text));
        j.put("cue_start", q.cue().get().start());
        j.put("cue_end", q.cue().get().end());
      } else {
        j.putNull("cue");
        j.putNull("cue_start");
        j.putNull("cue_end");
      }
      j.put("direct", q.direct());
    }
    return o;
  }
}
