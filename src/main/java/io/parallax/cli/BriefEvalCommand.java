package io.parallax.cli;

import io.parallax.brief.BriefTrainer;
import io.parallax.brief.Briefer;
import io.parallax.brief.SelectionModel;
import io.parallax.pipeline.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax brief-eval DIR [--model MODEL.tsv] [--words N]}: ROUGE-L of the brief against
 * editors' summaries, words per brief, and the copy-one-lead baselines on the same stories.
 */
@Command(name = "brief-eval", mixinStandardHelpOptions = true,
    description = "Scores the brief against editors' summaries (ROUGE-L, words per brief) beside the copy-one-lead baselines.")
public final class BriefEvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "folder with articles.jsonl (\"story\" field) and gold.jsonl ({\"story\",\"summary\"})")
  Path dir;

  @Option(names = "--model", paramLabel = "MODEL.tsv", description = "selection model to use instead of the shipped one")
  Path model;

  @Option(names = "--words", defaultValue = "60", description = "word budget per brief (default ${DEFAULT-VALUE})")
  int words;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (words < 1) {
      throw new UsageException("--words must be positive, got " + words);
    }
    if (model != null && !Files.isRegularFile(model)) {
      throw new UsageException("model " + model + " is not a file; write one with parallax brief-train --out");
    }
    List<BriefTrainer.Story> stories;
    try {
      stories = BriefStories.read(dir, quiet ? ProgressListener.NONE : new TerminalProgress(System.err));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SelectionModel m = model == null ? SelectionModel.DEFAULT : SelectionModel.read(model);
    BriefTrainer.Evaluation e = BriefTrainer.evaluate(new Briefer(null, words, m), stories);
    System.out.printf(Locale.ROOT, "brief ROUGE-L %.4f, %.1f words/brief, %d stories (%d outside 3-7 sentences)%n",
        e.rougeL(), e.wordsPerBrief(), e.stories(), e.outsideRange());
    System.out.println("copy-one-lead ROUGE-L " + leads(BriefTrainer.leadBaselines(stories)));
    return ExitCode.DONE.code();
  }

  /** "article 1 0.2591, article 2 ..., best of them (oracle) 0.3482". */
  static String leads(double[] b) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < b.length - 1; k++) sb.append(String.format(Locale.ROOT, "article %d %.4f, ", k + 1, b[k]));
    return sb.append(String.format(Locale.ROOT, "best of them (oracle) %.4f", b[b.length - 1])).toString();
  }
}
