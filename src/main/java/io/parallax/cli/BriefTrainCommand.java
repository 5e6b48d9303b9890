package io.parallax.cli;

import io.parallax.brief.BriefTrainer;
import io.parallax.brief.Briefer;
import io.parallax.brief.SelectionModel;
import io.parallax.pipeline.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax brief-train TRAIN_DIR --out MODEL.tsv [--holdout K]}: learns the brief's content
 * selection from stories with editors' summaries; with {@code --holdout K} every K-th story is kept out
 * of training and the brief trained on the rest is scored on it.
 */
@Command(name = "brief-train", mixinStandardHelpOptions = true,
    description = "Trains the brief's content selection on stories with editors' summaries (articles.jsonl + gold.jsonl).")
public final class BriefTrainCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TRAIN_DIR", description = "folder with articles.jsonl (\"story\" field) and gold.jsonl ({\"story\",\"summary\"})")
  Path dir;

  @Option(names = "--out", paramLabel = "MODEL.tsv", description = "where to write the model trained on all stories (the shipped one is src/main/resources/io/parallax/brief/selection-model.tsv)")
  Path out;

  @Option(names = "--holdout", paramLabel = "K", defaultValue = "0",
      description = "also train on all but every K-th story and print ROUGE-L on those held-out stories (0: no held-out check)")
  int holdout;

  @Option(names = "--words", defaultValue = "60", description = "word budget of the held-out briefs (default ${DEFAULT-VALUE})")
  int words;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (out == null && holdout <= 0) {
      throw new UsageException("nothing to do: give --out MODEL.tsv and/or --holdout K");
    }
    if (holdout < 0 || holdout == 1 || words < 1) {
      throw new UsageException("--holdout must be 0 or at least 2 (got " + holdout
          + ") and --words positive (got " + words + ")");
    }
    List<BriefTrainer.Story> stories;
    try {
      stories = BriefStories.read(dir, quiet ? ProgressListener.NONE : new TerminalProgress(System.err));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (holdout > 0) {
      List<BriefTrainer.Story> train = new ArrayList<>();
      List<BriefTrainer.Story> test = new ArrayList<>();
      for (int i = 0; i < stories.size(); i++) (i % holdout == 0 ? test : train).add(stories.get(i));
      SelectionModel m = BriefTrainer.train(train, new Briefer(null, words));
      BriefTrainer.Evaluation e = BriefTrainer.evaluate(new Briefer(null, words, m), test);
      BriefTrainer.Evaluation r = BriefTrainer.evaluate(new Briefer(null, words, BriefTrainer.rule(m)), test);
      double[] leads = BriefTrainer.leadBaselines(test);
      System.out.printf(Locale.ROOT, "held-out (every %d-th story of %s, trained on the other %d): ROUGE-L %.4f, "
          + "%.1f words/brief, %d stories; hand rule of earlier versions %.4f (%.1f words); copy-one-lead %s%n",
          holdout, dir, train.size(), e.rougeL(), e.wordsPerBrief(), e.stories(), r.rougeL(), r.wordsPerBrief(),
          BriefEvalCommand.leads(leads));
    }
    if (out != null) {
      SelectionModel m = BriefTrainer.train(stories, new Briefer(null, words));
      m.write(out, "Brief content selection (parallax brief-train " + dir.getFileName() + "): logistic regression, "
          + stories.size() + " stories.\nColumns: feature, weight (standardised), training mean, training scale.");
      System.err.println("parallax brief-train: " + stories.size() + " stories -> " + out);
    }
    return ExitCode.DONE.code();
  }
}
