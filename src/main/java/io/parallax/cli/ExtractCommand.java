package io.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.extract.Extraction;
import io.parallax.extract.HtmlExtractor;
import io.parallax.ingest.IngestOptions;
import io.parallax.ingest.Ingested;
import io.parallax.ingest.Ingestor;
import io.parallax.ingest.LanguageCheck;
import io.parallax.ingest.UnreadableInputException;
import io.parallax.ingest.SourceReader;
import io.parallax.ingest.web.FeedReader;
import io.parallax.ingest.web.HtmlFileReader;
import io.parallax.ingest.web.WarcReader;
import io.parallax.model.Article;
import io.parallax.model.Skipped;
import io.parallax.pipeline.ProgressListener;
import io.parallax.model.Escape;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax extract PATH... --out FILE.jsonl}: main text and metadata of web pages, one JSON
 * line per page: {@code {"id","text","title","published","authors","outlet","url","language"}}.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    header = "Extracts main text and metadata of web pages as JSON lines.",
    description = {
      "Extracts the main text and metadata of web pages (.html, .htm, .html.gz), feed items (.rss, .atom,"
          + " feed .xml) and WARC HTML responses (.warc, .warc.gz); folders are walked recursively.",
      "Writes one JSON line per page: id (file name without .html/.html.gz), text, title, published,"
          + " authors, outlet, url, language (absent values null)."
    })
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders to read")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE.jsonl", description = "output file (default: standard output)")
  Path out;

  @Option(names = "--threads", description = "worker threads (default: available processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quiet", description = "do not report warnings on standard error")
  boolean quiet;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
      description = "skip pages larger than this, gunzipped for .gz (default: ${DEFAULT-VALUE})")
  int maxFileMb = 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    for (Path p : paths) {
      if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new UsageException(p + " does not exist; give an existing file or folder");
      }
    }
    if (maxFileMb <= 0) {
      throw new UsageException("--max-file-mb must be positive, got " + maxFileMb);
    }
    List<Ingestor.Input> files = Ingestor.scan(paths);
    HtmlExtractor extractor = new HtmlExtractor();
    HtmlFileReader html = new HtmlFileReader(extractor, new IngestOptions((long) maxFileMb << 20, Integer.MAX_VALUE));
    List<SourceReader> others = List.of(new FeedReader(extractor), new WarcReader(extractor));
    int[] counts = new int[3]; // lines, empty, skipped
    ProgressListener progress = quiet ? ProgressListener.NONE : new TerminalProgress(System.err);
    progress.phase("extracting", files.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Writer w = out == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      List<Future<List<String>>> pending = new ArrayList<>();
      for (Ingestor.Input file : files) {
        pending.add(pool.submit(() -> lines(file, extractor, html, others, counts, err)));
        if (pending.size() >= 4 * Math.max(1, threads)) {
          drain(pending, w, progress);
        }
      }
      drain(pending, w, progress);
    } finally {
      pool.shutdownNow();
      progress.done();
    }
    err.printf("parallax extract: %d pages written%s, %d without main text, %d inputs skipped%n", counts[0],
        out == null ? "" : " to " + out, counts[1], counts[2]);
    if (counts[0] == 0 && counts[2] > 0) {
      err.println("parallax extract: none of the " + counts[2] + " inputs could be read");
      return ExitCode.NO_INPUT.code();
    }
    return ExitCode.DONE.code();
  }

  private static void drain(List<Future<List<String>>> pending, Writer w, ProgressListener progress)
      throws IOException, InterruptedException {
    for (Future<List<String>> f : pending) {
      progress.step();
      try {
        for (String line : f.get()) {
          w.write(line);
          w.write('\n');
        }
      } catch (ExecutionException e) {
        throw new IOException("extraction failed: " + e.getCause(), e.getCause());
      }
    }
    pending.clear();
  }

  /** The JSON lines of one input; nothing it holds (truncated, binary, huge, unparsable) ends the run. */
  private List<String> lines(Ingestor.Input input, HtmlExtractor extractor, HtmlFileReader html,
      List<SourceReader> others, int[] counts, PrintWriter err) {
    Path file = input.path();
    if (input.problem().isPresent()) {
      skip(err, counts, new Skipped(file.toString(), input.problem().get()));
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    try {
      if (html.accepts(file)) {
        Extraction x = extractor.extract(HtmlFileReader.readPage(file, html.maxFileBytes()), Optional.empty(), Optional.empty());
        if (!x.isArticle()) {
          skip(err, counts, new Skipped(file.toString(), x.kind().skipReason()));
          return lines;
        }
        warn(err, file.toString(), x.warnings());
        synchronized (counts) {
          counts[0]++;
          if (x.text().isBlank()) counts[1]++;
        }
        lines.add(json(x.toArticle(HtmlFileReader.idOf(file), file.toString())));
        return lines;
      }
      for (SourceReader reader : others) {
        if (reader.accepts(file)) {
          reader.read(file, ingested -> {
            if (ingested instanceof Ingested.Read r) {
              warn(err, r.article().source(), r.warnings());
              lines.add(json(r.article()));
              synchronized (counts) {
                counts[0]++;
              }
            } else if (ingested instanceof Ingested.Failed f) {
              skip(err, counts, f.skipped());
            }
          });
          return lines;
        }
      }
      skip(err, counts, new Skipped(file.toString(), "not a web page, feed or WARC file (extract reads .html, .htm, "
          + ".html.gz, .rss, .atom, feed .xml, .warc and .warc.gz)"));
    } catch (UnreadableInputException e) {
      skip(err, counts, new Skipped(file.toString(), e.getMessage()));
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      skip(err, counts, new Skipped(file.toString(), "cannot read it (" + e.getClass().getSimpleName() + ": "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "); check that the file is complete and, "
          + "for .gz, really gzipped"));
    }
    return lines;
  }

  private void skip(PrintWriter err, int[] counts, Skipped skipped) {
    if (!quiet) err.println(Cli.skipLine("extract", skipped));
    synchronized (counts) {
      counts[2]++;
    }
  }

  private void warn(PrintWriter err, String source, List<String> warnings) {
    if (!quiet) {
      for (String w : warnings) {
        err.println("parallax extract: " + Escape.terminal(source) + ": " + Escape.terminal(w));
      }
    }
  }

  private static final LanguageCheck LANGUAGE = new LanguageCheck();

  /** The JSON line of {@code a}; a missing language is identified from the text, as {@code analyze} does. */
  static String json(Article a) {
    Optional<String> language = a.language();
    if (language.isEmpty()) {
      synchronized (LANGUAGE) { // the detector is not thread-safe; extract writes from worker threads
        language = LANGUAGE.identify(a.text()).map(LanguageCheck.Guess::tag);
      }
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", a.id());
    o.put("text", a.text());
    o.put("title", a.title().orElse(null));
    o.put("published", a.published().map(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null));
    o.put("authors", a.authors());
    o.put("outlet", a.outlet().orElse(null));
    o.put("url", a.url().orElse(null));
    o.put("language", language.orElse(null));
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise article " + a.id(), e);
    }
  }
}
