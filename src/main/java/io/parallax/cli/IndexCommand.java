package io.parallax.cli;

import io.parallax.clean.CleanArticle;
import io.parallax.model.RunSummary;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import io.parallax.serve.ArticleArchive;
import io.parallax.ingest.OutletRegistry;
import io.parallax.store.Store;
import io.parallax.store.StoreUnavailableException;
import io.parallax.story.IncrementalStoryDetector;
import io.parallax.story.Stories;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax index PATH…}: adds articles to the store, assigning each to an event and storyline. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Adds articles to the on-disk store, assigning each to an event and storyline as it arrives. "
        + "Safe to re-run: articles already stored are skipped.")
public final class IndexCommand implements Callable<Integer> {

  /** Articles embedded together before they are assigned one by one. */
  static final int EMBEDDING_GROUP = 32;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (recursive) of .txt, .html/.htm(.gz), .jsonl (one article per line), "
      + "RSS/Atom feeds (.rss, .atom, feed .xml) and WARC crawls (.warc, .warc.gz)")
  List<Path> inputs;

  @Option(names = "--store", paramLabel = "DIR", description = "store location (default: .parallax/store)")
  Path storeDir;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
      description = "make progress durable after the first " + EMBEDDING_GROUP + " articles and every N articles "
          + "(default: ${DEFAULT-VALUE}); re-run with the same inputs and N after an interruption, a run assigns as an "
          + "uninterrupted one would")
  int commitEvery;

  @Option(names = "--window", paramLabel = "N", defaultValue = "" + IncrementalStoryDetector.DEFAULT_WINDOW,
      description = "compare each new article with candidates among the N most recently stored articles only, "
          + "which keeps the cost per article flat as the store grows (default: ${DEFAULT-VALUE})")
  long window;

  @Option(names = "--lexical", description = "the lexical detector of earlier versions (no embedding model): events by "
      + "the lexical model calibrated on ECB+, which merges same-topic stories on a real stream; see docs/story.md")
  boolean lexical;

  @Option(names = "--out", paramLabel = "FILE.jsonl",
      description = "also write {\"id\", \"event\", \"storyline\", \"confidence\", \"evidence\"} per article read, as "
          + "`cluster --out` does (articles already stored: their stored assignment, the first three fields), so the "
          + "incremental path can be scored; when events merge during the run, the lines get the merged events at "
          + "the end)")
  Path out;

  /**
   * Whether to commit after the {@code read}-th article read (counted over the whole input, stored ones
   * too, so a re-run commits where the first run did): after the first group, so that a run killed
   * early keeps what it did, and every {@code --commit-every} articles.
   */
  boolean commitDue(long read) {
    return read % commitEvery == 0 || read == EMBEDDING_GROUP;
  }

  /** The file in a store that keeps its outlets' identities, display names and aliases. */
  public static final String OUTLETS_FILE = "outlets.json";

  private static OutletRegistry openOutlets(Path store) {
    try {
      return OutletRegistry.open(store.resolve(OUTLETS_FILE));
    } catch (IOException e) {
      throw new StoreUnavailableException(e.getMessage(), e);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (commitEvery < 1) throw new IllegalArgumentException("--commit-every must be at least 1, got " + commitEvery);
    if (window < 1) throw new IllegalArgumentException("--window must be at least 1 article, got " + window);
    PrintWriter err = spec.commandLine().getErr();
    Path dir = storeDir == null ? Store.defaultLocation() : storeDir;
    long[] counts = new long[2]; // seen, new
    // index has no --quiet (its options stay as they are): the bar is drawn only when there is a console
    ProgressListener progress = System.console() == null ? ProgressListener.NONE : new TerminalProgress(System.err);
    try (Store store = Store.open(dir);
        Writer lines = out == null ? null : AssignmentLines.open(out)) { // no --out: nothing serialised per article
      long before = store.articleCount();
      IncrementalStoryDetector detector = lexical
          ? IncrementalStoryDetector.lexical(store, window) : IncrementalStoryDetector.standard(store, window);
      ArticleArchive texts = ArticleArchive.of(dir); // what `parallax serve` shows and compares
      OutletRegistry outlets = openOutlets(dir); // one name per outlet across runs
      // articles are assigned in input order, in groups whose embeddings are computed together
      List<CleanArticle> pending = new ArrayList<>();
      Consumer<List<CleanArticle>> assignPending = group -> {
        try {
          for (Stories.Assignment assigned : detector.assignAll(group)) {
            if (lines != null) AssignmentLines.write(lines, assigned);
            if (commitDue(++counts[0])) {
              outlets.save();
              store.commit();
              if (lines != null) lines.flush();
              err.println("parallax index: committed " + counts[0] + " articles");
              err.flush();
            }
          }
          group.clear();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      RunSummary summary = Pipeline.standard(PipelineConfig.defaults()).stream(inputs, read -> {
        CleanArticle clean = new CleanArticle(outlets.resolve(read.article()), read.paragraphs(), read.removed(),
            read.inferred());
        try {
          texts.put(clean);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        pending.add(clean);
        if (pending.size() == EMBEDDING_GROUP) assignPending.accept(pending);
      }, progress);
      assignPending.accept(pending);
      progress.done();
      summary.skipped().forEach(k -> err.println(Cli.skipLine("index", k)));
      outlets.save();
      store.commit();
      if (lines != null && detector.merges() > 0) {
        // lines were written as articles were assigned: events merged since moved some of their articles
        lines.close();
        AssignmentLines.relabel(out, id -> store.article(id).map(a -> new String[] {a.eventId(), a.storylineId()}));
      }
      counts[1] = store.articleCount() - before;
      err.printf("parallax index: %d articles read, %d new, store %s holds %d%s%n", counts[0], counts[1], dir,
          store.articleCount(), out == null ? "" : "; assignments -> " + out);
      if (summary.processed() == 0 && summary.inputs() > 0) {
        err.println("parallax index: none of the " + summary.inputs() + " inputs could be read");
        return ExitCode.NO_INPUT.code();
      }
    }
    return ExitCode.DONE.code();
  }
}
