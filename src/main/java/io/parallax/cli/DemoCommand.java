package io.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax demo}: analyses the bundled sample corpus and writes its reports under {@code out/}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Runs 'analyze' on the bundled sample corpus.",
    description = {"Runs 'analyze' on the bundled sample corpus (corpus/rafah-2024) and writes",
        "out/demo-report.json and out/demo-report.md."})
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus/rafah-2024",
      description = "The corpus to analyse (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(corpus)) {
      throw new UsageException("sample corpus not found at " + corpus.toAbsolutePath()
          + " (run from the repository root, or pass --corpus DIR)");
    }
    AnalyzeCommand analyze = new AnalyzeCommand();
    analyze.spec = spec;
    analyze.paths = java.util.List.of(corpus);
    analyze.json = out.resolve("demo-report.json");
    analyze.md = out.resolve("demo-report.md");
    analyze.maxFileMb = 20;
    int code = analyze.call();
    spec.commandLine().getOut().println("Reports written to " + analyze.json + " and " + analyze.md);
    return code;
  }
}
