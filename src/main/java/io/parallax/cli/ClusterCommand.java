package io.parallax.cli;

import io.parallax.clean.CleanArticle;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import io.parallax.story.Stories;
import io.parallax.story.StoryDetector;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax cluster INPUT… --out FILE.jsonl}: one line per article with its event and storyline. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Groups articles into events and storylines; writes {\"id\", \"event\", \"storyline\"} per article.")
public final class ClusterCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt or .jsonl files, or folders of them")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "where to write the assignments")
  Path out;

  @Option(names = "--lexical", description = "the lexical detector of earlier versions (no embedding model): faster, "
      + "best on ECB+'s full texts (event B3 F1 0.926), but merges same-topic stories on a real stream; see docs/story.md")
  boolean lexical;

  @Option(names = "--embeddings", hidden = true, description = "accepted for older scripts: embeddings are now the default")
  boolean embeddings;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : inputs) {
      if (!Files.exists(p)) throw new UsageException("no such file or directory: " + p);
    }
    ProgressListener progress = quiet ? ProgressListener.NONE : new TerminalProgress(System.err);
    Pipeline.Prepared prepared = Pipeline.standard(PipelineConfig.defaults()).prepare(inputs, progress);
    progress.done();
    prepared.summary().skipped().forEach(k -> err.println(Cli.skipLine("cluster", k)));
    List<CleanArticle> articles = prepared.articles();
    if (articles.isEmpty()) {
      err.println("parallax cluster: none of the " + prepared.summary().inputs() + " inputs in " + inputs + " could be read");
      return ExitCode.NO_INPUT.code();
    }
    StoryDetector detector = lexical ? StoryDetector.lexical() : StoryDetector.standard();
    Stories stories = detector.detect(articles);
    try (BufferedWriter w = AssignmentLines.open(out)) {
      for (Stories.Assignment a : stories.assignments()) AssignmentLines.write(w, a);
    }
    err.printf("parallax cluster: %d articles, %d events, %d storylines -> %s%n", articles.size(),
        stories.events().size(), stories.storylines().size(), out);
    return ExitCode.DONE.code();
  }
}
