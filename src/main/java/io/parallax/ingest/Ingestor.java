package io.parallax.ingest;

import io.parallax.extract.PageKind;
import io.parallax.model.Article;
import io.parallax.model.RunSummary;
import io.parallax.model.Skipped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads files and folders (recursively, in name order) into articles with the first
 * {@link SourceReader} that accepts each file. Nothing thrown by one file stops the batch: the file
 * is recorded as skipped with the reason. Duplicate article ids get a warning and a suffix.
 */
public final class Ingestor {

  /** The articles read, with the summary that accounts for every input. */
  public record Result(List<Article> articles, RunSummary summary) {
    public Result {
      articles = List.copyOf(articles);
    }
  }

  /** Told of each input as it is read, for progress display. */
  @FunctionalInterface
  public interface Listener {
    void onInput(Path file, Ingested outcome);

    /** Reading starts; {@code files} is how many files the paths stand for. */
    default void onStart(int files) {}

    /** Every input of {@code file} has been read. */
    default void onFile(Path file) {}
  }

  private final List<SourceReader> readers;
  private final LanguageCheck language = new LanguageCheck();

  private final int maxTextChars;

  public Ingestor(List<SourceReader> readers) {
    this(readers, IngestOptions.DEFAULT_MAX_TEXT_CHARS);
  }

  /** Texts longer than {@code maxTextChars} are cut there (at a space), with a warning. */
  public Ingestor(List<SourceReader> readers, int maxTextChars) {
    this.readers = List.copyOf(readers);
    this.maxTextChars = maxTextChars;
  }

  /**
   * The files {@code paths} stand for: files as given, folders walked recursively (symbolic links
   * followed) in name order. Entries that cannot be read as files (FIFOs, devices, dangling links,
   * link loops, unreadable folders, hidden dot-files) are listed too: reading them skips them with
   * the reason, so that every input is accounted for.
   */
  public static List<Path> expand(List<Path> paths) throws IOException {
    return scan(paths).stream().map(Input::path).toList();
  }

  /** One input found by {@link #scan}: a file to read, or something to skip with {@code problem}. */
  public record Input(Path path, Optional<String> problem) {}

  /** {@link #expand}, with the reason each entry that cannot be read as a file is skipped. */
  public static List<Input> scan(List<Path> paths) throws IOException {
    Map<Path, Input> found = new LinkedHashMap<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        found.putIfAbsent(p, new Input(p, problem(p)));
        continue;
      }
      Map<String, Input> inFolder = new TreeMap<>();
      Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          Optional<String> problem = file.getFileName().toString().startsWith(".")
              ? Optional.of("hidden file (name starts with \".\"), not read; rename it to read it")
              : attrs.isRegularFile() ? Optional.empty() : problem(file);
          inFolder.put(file.toString(), new Input(file, problem));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          inFolder.put(file.toString(), new Input(file, Optional.of(e instanceof FileSystemLoopException
              ? "symbolic link loop (it leads back to a folder above it); not followed"
              : e instanceof AccessDeniedException
                  ? "folder not readable (check permissions); nothing in it was read"
                  : "cannot be listed (" + e + "); nothing in it was read")));
          return FileVisitResult.CONTINUE;
        }
      });
      inFolder.values().forEach(i -> found.putIfAbsent(i.path(), i));
    }
    return List.copyOf(found.values());
  }

  /** Why {@code file} (not a folder) cannot be read as a file, if it cannot. */
  private static Optional<String> problem(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (a.isRegularFile()) {
        return Files.isReadable(file) ? Optional.empty() : Optional.of("not readable (check permissions)");
      }
      return Optional.of("not a regular file (a FIFO, socket or device); only regular files are read");
    } catch (NoSuchFileException e) {
      return Optional.of(Files.isSymbolicLink(file)
          ? "dangling symbolic link (its target does not exist)" : "no such file");
    } catch (FileSystemException e) {
      return Optional.of(e.getReason() != null && e.getReason().contains("symbolic links")
          ? "symbolic link loop; not followed" : "cannot be read (" + e.getMessage() + ")");
    } catch (IOException e) {
      return Optional.of("cannot be read (" + e.getMessage() + ")");
    }
  }

  public Result ingest(List<Path> paths, Listener listener) throws IOException {
    List<Article> articles = new ArrayList<>();
    RunSummary summary = stream(paths, articles::add, listener);
    return new Result(OutletNames.unify(articles), summary);
  }

  /**
   * What an article read from text (a JSONL record, a feed item, a text file) is: crawls hold
   * database error pages, adult and spam pages, which are skipped with the reason.
   */
  private static PageKind kindOf(Article a) {
    return PageKind.of(a.title(), a.text(), java.util.Optional.empty());
  }

  /**
   * Reads {@code paths} and hands each article to {@code sink} as soon as it is read, without
   * keeping them: for runs too large to hold in memory. Returns the summary of every input.
   */
  public RunSummary stream(List<Path> paths, Consumer<Article> sink, Listener listener) throws IOException {
    List<Input> files = scan(paths);
    listener.onStart(files.size());
    List<Skipped> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int[] counts = {0, 0}; // inputs, processed
    for (Input input : files) {
      Path file = input.path();
      Consumer<Ingested> outcomes = outcome -> {
        counts[0]++;
        PageKind kind = outcome instanceof Ingested.Read r ? kindOf(r.article()) : PageKind.ARTICLE;
        switch (outcome) {
          case Ingested.Read read when kind != PageKind.ARTICLE ->
              skipped.add(new Skipped(read.article().source(), kind.skipReason()));
          case Ingested.Read read -> {
            Article a = read.article();
            if (!ids.add(a.id())) {
              String unique = uniqueId(a.id(), ids);
              warnings.add(a.source() + ": duplicate id \"" + a.id() + "\", renamed " + unique);
              a = a.toBuilder().id(unique).build();
            }
            read.warnings().forEach(w -> warnings.add(read.article().source() + ": " + w));
            if (a.text().length() > maxTextChars) {
              int cut = cutPoint(a.text(), maxTextChars);
              warnings.add(String.format(Locale.ROOT, "%s: text is %,d characters; only the first %,d are analysed "
                  + "(the per-article limit, --max-text-chars)", a.source(), a.text().length(), cut));
              a = a.toBuilder().text(a.text().substring(0, cut)).build();
            }
            var guess = language.identify(a.text());
            if (guess.isPresent()) {
              if (a.language().isEmpty()) a = a.toBuilder().language(guess.get().tag()).build();
              if (!guess.get().tag().equals("en")) {
                warnings.add(read.article().source() + ": text looks like language \"" + guess.get().tag()
                    + "\", not English; annotations are tuned for English and may be unreliable");
              }
            }
            counts[1]++;
            try {
              sink.accept(a);
            } catch (RuntimeException e) {
              throw new SinkFailure(e);
            }
          }
          case Ingested.Failed failed -> skipped.add(failed.skipped());
        }
        listener.onInput(file, outcome);
      };
      try {
        if (input.problem().isPresent()) outcomes.accept(new Ingested.Failed(file.toString(), input.problem().get()));
        else readOne(file, outcomes);
      } catch (SinkFailure e) {
        throw e.getCause(); // the consumer's own failure is not the input's fault: it ends the run
      }
      listener.onFile(file);
    }
    return new RunSummary(counts[0], counts[1], skipped, warnings);
  }

  private void readOne(Path file, Consumer<Ingested> sink) {
    String source = file.toString();
    if (!Files.isReadable(file)) {
      sink.accept(new Ingested.Failed(source, Files.exists(file) ? "not readable (check permissions)" : "no such file"));
      return;
    }
    SourceReader reader = readers.stream().filter(r -> r.accepts(file)).findFirst().orElse(null);
    if (reader == null) {
      sink.accept(new Ingested.Failed(source, unsupported(file)));
      return;
    }
    int[] count = {0};
    Consumer<Ingested> counting = o -> { count[0]++; sink.accept(o); };
    try {
      reader.read(file, counting);
    } catch (SinkFailure e) {
      throw e;
    } catch (UnreadableInputException e) {
      sink.accept(new Ingested.Failed(source, e.getMessage()));
    } catch (IOException | UncheckedIOException e) {
      sink.accept(new Ingested.Failed(source, "read error: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      sink.accept(new Ingested.Failed(source, "could not be parsed (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
    }
    if (count[0] == 0 && reader instanceof JsonlReader) {
      sink.accept(new Ingested.Failed(source, "JSON file with no records"));
    }
  }

  /** Carries an exception thrown by the article consumer past the per-input error handling. */
  private static final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  /** Where to cut {@code text} to at most {@code max} characters: after the last white space, else at {@code max}. */
  static int cutPoint(String text, int max) {
    for (int i = max; i > max / 2; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) return i;
    }
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  private static String uniqueId(String id, Set<String> ids) {
    for (int i = 2; ; i++) {
      String candidate = id + "~" + i;
      if (ids.add(candidate)) return candidate;
    }
  }

  /** Why no reader takes {@code file}; an XML sitemap is named as such, as it lists pages rather than holding them. */
  private static String unsupported(Path file) {
    if (extension(file).equals(".xml")) {
      try (java.io.InputStream in = Files.newInputStream(file)) {
        String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
          return "an XML sitemap: it lists page URLs, not articles; fetch the pages with 'parallax fetch URL…'";
        }
      } catch (IOException e) {
        // fall through to the general reason
      }
      return "XML that is not an RSS or Atom feed (feeds start with <rss, <feed or <rdf:RDF)";
    }
    return "unsupported file type \"" + extension(file)
        + "\" (Parallax reads .txt, .html, .htm, .jsonl, .json and the formats listed by 'parallax analyze --help')";
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "(none)" : name.substring(dot).toLowerCase(Locale.ROOT);
  }
}
