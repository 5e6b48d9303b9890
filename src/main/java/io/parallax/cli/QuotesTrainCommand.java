package io.parallax.cli;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.AttributionCues;
import io.parallax.nlp.NewsAnnotator;
import io.parallax.nlp.Quote;
import io.parallax.nlp.QuoteTraining;
import io.parallax.pipeline.Pipeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax quotes-train GOLD_DIR [--out MODEL] [--folds K --predictions FILE.jsonl]}: trains the
 * attribution cue model on brat gold ({@code GOLD_DIR/text/*.txt}, {@code GOLD_DIR/attributions/*.ann}),
 * and/or writes out-of-fold quotes in the {@code quotes} contract so that the model can be scored on
 * articles it was not trained on.
 */
@Command(name = "quotes-train", mixinStandardHelpOptions = true,
    description = "Trains the attribution cue model on brat gold; cross-validates it with --folds/--predictions.")
public final class QuotesTrainCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "folder with text/<id>.txt and attributions/<id>.ann")
  Path gold;

  @Option(names = "--out", paramLabel = "MODEL", description = "where to write the model trained on all of GOLD_DIR (.bin.gz)")
  Path out;

  @Option(names = "--folds", defaultValue = "4", description = "cross-validation folds (default ${DEFAULT-VALUE})")
  int folds;

  @Option(names = "--predictions", paramLabel = "FILE.jsonl",
      description = "write out-of-fold quotes here (each article's quotes from a model not trained on it)")
  Path predictions;

  @Option(names = "--threshold", defaultValue = "0.5", description = "cue probability to accept (default ${DEFAULT-VALUE})")
  double threshold;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(gold.resolve("text")) || !Files.isDirectory(gold.resolve("attributions"))) {
      throw new UsageException(gold + " needs a text/ folder (<id>.txt) and an attributions/ "
          + "folder (<id>.ann, brat stand-off)");
    }
    if (out == null && predictions == null) {
      throw new UsageException("nothing to do: give --out MODEL and/or --predictions FILE.jsonl");
    }
    Map<String, List<QuoteTraining.Gold>> attributions = QuoteTraining.readBrat(gold);
    List<QuoteTraining.Document> docs = new ArrayList<>();
    List<CleanArticle> read = new ArrayList<>(Pipeline.readAndClean(List.of(gold.resolve("text"))).articles());
    read.sort(Comparator.comparing(CleanArticle::id));
    for (CleanArticle c : read) {
      List<QuoteTraining.Gold> g = attributions.get(c.id());
      if (g != null) docs.add(new QuoteTraining.Document(c.article(), c.paragraphs(), g));
    }
    System.err.println("parallax quotes-train: " + docs.size() + " articles with gold attributions");
    if (docs.size() < Math.max(2, predictions == null ? 1 : folds)) {
      System.err.println("parallax quotes-train: too few articles with gold attributions in " + gold
          + " to train" + (predictions == null ? "" : " and cross-validate in " + folds + " folds"));
      return ExitCode.NO_INPUT.code();
    }
    if (predictions != null) {
      Map<String, List<Quote>> quotes = QuoteTraining.crossValidate(docs, folds, threshold);
      try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        for (QuoteTraining.Document d : docs) {
          w.write(QuotesCommand.toJson(d.article(), quotes.get(d.article().id())).toString());
          w.write('\n');
        }
      }
      System.err.println("parallax quotes-train: " + folds + "-fold out-of-fold quotes -> " + predictions);
    }
    if (out != null) {
      AttributionCues model = QuoteTraining.train(docs, new NewsAnnotator(Optional.empty()), threshold);
      if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(out)) {
        model.write(o);
      }
      System.err.println("parallax quotes-train: model -> " + out);
    }
    return ExitCode.DONE.code();
  }
}
