package io.parallax.cli;

import io.parallax.compare.Comparison;
import io.parallax.ingest.IngestOptions;
import io.parallax.pipeline.Analysis;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import io.parallax.report.JsonReport;
import io.parallax.report.MarkdownReport;
import io.parallax.report.Report;
import io.parallax.report.ReportBuilder;
import io.parallax.report.TerminalReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax analyze PATH… [--json FILE] [--md FILE]}: the whole pipeline, with a report. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    header = "Runs the whole pipeline and prints a report.",
    description = {"Reads articles, removes furniture, groups them into events and storylines, compares the outlets,",
        "prints a readable report and writes the machine-readable one.",
        "Inputs: files or folders (recursive) of .txt, .html/.htm(.gz), .jsonl (one article per line), RSS/Atom feeds",
        "(.rss, .atom, feed .xml) and WARC crawls (.warc, .warc.gz).",
        "Exit codes: 0 done, 2 unusable arguments, 3 no input could be read."})
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report (docs/report-schema.md) here.")
  Path json;

  @Option(names = "--md", paramLabel = "FILE", description = "Write a Markdown report here.")
  Path md;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no report on the terminal (files are still written).")
  boolean quiet;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
      description = "Skip single-article files larger than this (default: ${DEFAULT-VALUE}).")
  int maxFileMb;

  @Option(names = "--max-text-chars", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_MAX_TEXT_CHARS,
      description = "Analyse at most this many characters of one article; longer texts are cut, with a warning, "
          + "so that one huge article cannot take minutes (default: ${DEFAULT-VALUE}).")
  int maxTextChars = IngestOptions.DEFAULT_MAX_TEXT_CHARS;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    for (Path p : paths) {
      if (!Files.exists(p)) throw new UsageException("no such file or directory: " + p);
    }
    if (maxFileMb <= 0) throw new UsageException("--max-file-mb must be positive, got " + maxFileMb);
    if (maxTextChars <= 0) throw new UsageException("--max-text-chars must be positive, got " + maxTextChars);
    PipelineConfig config = new PipelineConfig(new IngestOptions((long) maxFileMb << 20,
        (int) Math.min(Integer.MAX_VALUE, (long) maxFileMb << 20), maxTextChars));
    ProgressListener progress = quiet ? ProgressListener.NONE : new TerminalProgress(System.err);
    Analysis analysis = Pipeline.standard(config).run(paths, progress);
    Report report = ReportBuilder.build(analysis);
    Map<String, Comparison> comparisons = new LinkedHashMap<>();
    analysis.events().forEach(e -> comparisons.put(e.event().id(), e.comparison()));
    if (json != null) JsonReport.write(report, json);
    if (md != null) {
      Path parent = md.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.writeString(md, MarkdownReport.render(report, comparisons), StandardCharsets.UTF_8);
    }
    if (!quiet) {
      out.print(TerminalReport.render(report, comparisons));
      out.flush();
    }
    if (analysis.summary().processed() == 0) {
      err.println("parallax: none of the " + analysis.summary().inputs() + " inputs could be read (see the skipped list)");
      return ExitCode.NO_INPUT.code();
    }
    return ExitCode.DONE.code();
  }
}
