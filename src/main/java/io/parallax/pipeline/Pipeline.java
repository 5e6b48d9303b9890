package io.parallax.pipeline;

import io.parallax.brief.Briefer;
import io.parallax.clean.CleanArticle;
import io.parallax.clean.Cleaner;
import io.parallax.clean.FurnitureCleaner;
import io.parallax.compare.AnalyzedArticle;
import io.parallax.compare.AnnotatorSources;
import io.parallax.compare.ComparedArticle;
import io.parallax.compare.Comparison;
import io.parallax.compare.EventComparator;
import io.parallax.extract.HtmlExtractor;
import io.parallax.ingest.IngestOptions;
import io.parallax.ingest.Ingested;
import io.parallax.ingest.Ingestor;
import io.parallax.ingest.JsonlReader;
import io.parallax.ingest.TextFileReader;
import io.parallax.ingest.web.FeedReader;
import io.parallax.ingest.web.HtmlFileReader;
import io.parallax.ingest.web.WarcReader;
import io.parallax.model.RunSummary;
import io.parallax.nlp.Annotations;
import io.parallax.nlp.Annotator;
import io.parallax.nlp.NewsAnnotator;
import io.parallax.nlp.WordFrequencies;
import io.parallax.story.Stories;
import io.parallax.story.StoryDetector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Parallax pipeline, assembled in one place:
 *
 * <pre>
 *   paths ─ Ingestor(SourceReaders) ─ Cleaner ─ Annotator ─ StoryDetector ─ AnalyzedArticle per event ─┬─ EventComparator ─ Analysis
 *                                                                                                   └─ Briefer
 * </pre>
 *
 * Each stage is an interface or a small class with immutable records in and out; this class only
 * wires them. Annotation runs on the kept paragraphs of each article; story detection sees the
 * cleaned text; comparison and brief see each event's articles with their annotations.
 */
public final class Pipeline {

  private final Ingestor ingestor;
  private final Cleaner cleaner;
  private final Annotator annotator;
  private final StoryDetector stories;
  private final Function<Map<String, Annotations>, EventComparator> comparator;
  private final Briefer briefer;

  public Pipeline(Ingestor ingestor, Cleaner cleaner, Annotator annotator, StoryDetector stories,
      Function<Map<String, Annotations>, EventComparator> comparator, Briefer briefer) {
    this.ingestor = ingestor;
    this.cleaner = cleaner;
    this.annotator = annotator;
    this.stories = stories;
    this.comparator = comparator;
    this.briefer = briefer;
  }

  /** The standard pipeline for {@code config}. */
  public static Pipeline standard(PipelineConfig config) {
    return new Pipeline(standardIngestor(config.ingest()), new FurnitureCleaner(), new NewsAnnotator(),
        StoryDetector.standard(), Pipeline::annotatedComparator, new Briefer());
  }

  /** The readers of every supported format, in the order they are tried. */
  public static Ingestor standardIngestor(IngestOptions options) {
    HtmlExtractor html = new HtmlExtractor();
    return new Ingestor(List.of(
        new TextFileReader(options),
        new HtmlFileReader(html, options),
        new JsonlReader(options, HtmlFileReader.converter(html)),
        new FeedReader(html),
        new WarcReader(html)), options.maxTextChars());
  }

  /**
   * Reads and cleans {@code inputs} with the standard stages and returns the cleaned articles, as story
   * detection reads them; skipped inputs are left out. For evaluations and tools.
   */
  public static List<CleanArticle> readCleaned(List<Path> inputs) throws IOException {
    return readAndClean(inputs).articles();
  }

  /** Reads and cleans {@code inputs} with the standard stages, without loading any model. */
  public static Prepared readAndClean(List<Path> inputs) throws IOException {
    Ingestor.Result read = standardIngestor(IngestOptions.DEFAULTS).ingest(inputs, (f, o) -> {});
    return new Prepared(new FurnitureCleaner().clean(read.articles()), read.summary());
  }

  /**
   * A comparator that reads the annotations already computed for each article (an article without
   * them is read by the rules, as its sentences are by {@link AnalyzedArticle#of(List, Function)}).
   */
  public static EventComparator annotatedComparator(Map<String, Annotations> annotations) {
    return new EventComparator(AnnotatorSources.quotes(annotations::get), AnnotatorSources.quantities(annotations::get),
        null);
  }

  /** Read and cleaned articles with the summary of the reading, for commands that stop there. */
  public record Prepared(List<CleanArticle> articles, RunSummary summary) {
    public Prepared {
      articles = List.copyOf(articles);
    }
  }

  /** The first two stages: reads {@code inputs} and removes furniture. */
  public Prepared prepare(List<Path> inputs, ProgressListener progress) throws IOException {
    Ingestor.Result read = ingestor.ingest(inputs, readingProgress(progress));
    progress.phase("cleaning", -1);
    return new Prepared(cleaner.clean(read.articles()), read.summary());
  }

  /**
   * Streams articles one at a time, read and cleaned (line rules only: furniture repeated across
   * articles is recognised by {@link #prepare}, which sees the whole batch). For runs too large to
   * hold in memory, such as indexing.
   */
  public RunSummary stream(List<Path> inputs, java.util.function.Consumer<CleanArticle> sink,
      ProgressListener progress) throws IOException {
    return ingestor.stream(inputs, article -> sink.accept(cleaner.clean(List.of(article)).get(0)),
        readingProgress(progress));
  }

  /** Reports reading as a "reading" phase of one step per file. */
  private static Ingestor.Listener readingProgress(ProgressListener progress) {
    return new Ingestor.Listener() {
      @Override
      public void onStart(int files) {
        progress.phase("reading", files);
      }

      @Override
      public void onInput(Path file, Ingested outcome) {}

      @Override
      public void onFile(Path file) {
        progress.step();
      }
    };
  }

  /** Annotates each article's kept paragraphs (in parallel; the annotator is thread-safe). */
  public Map<String, Annotations> annotate(List<CleanArticle> clean, ProgressListener progress) {
    progress.phase("annotating", clean.size());
    Map<String, Annotations> annotations = new ConcurrentHashMap<>();
    clean.parallelStream().forEach(c -> {
      annotations.put(c.id(), annotator.annotate(c.article(), c.paragraphs()));
      synchronized (progress) {
        progress.step();
      }
    });
    return annotations;
  }

  /** All stages. */
  public Analysis run(List<Path> inputs, ProgressListener progress) throws IOException {
    Prepared prepared = prepare(inputs, progress);
    List<CleanArticle> clean = prepared.articles();
    Map<String, Annotations> annotations = annotate(clean, progress);

    progress.phase("grouping", -1);
    Stories grouped = stories.detect(clean);
    return compare(clean, annotations, grouped, prepared.summary(), progress);
  }

  /**
   * The last stages: compares and briefs each event of {@code grouped} over articles already read,
   * cleaned and annotated (the web reader does this per event, with events taken from the store).
   */
  public Analysis compare(List<CleanArticle> clean, Map<String, Annotations> annotations, Stories grouped,
      RunSummary summary, ProgressListener progress) {
    progress.phase("comparing", grouped.events().size());
    Map<String, CleanArticle> byId = clean.stream()
        .collect(Collectors.toMap(CleanArticle::id, Function.identity(), (a, b) -> a, HashMap::new));
    EventComparator compare = comparator.apply(annotations);
    // shared wording is rare or common against the news in general and this whole run
    WordFrequencies corpus = WordFrequencies.news().plus(clean.stream()
        .map(c -> WordFrequencies.stemsOf(c.article().text(), c.paragraphs())).toList());
    List<EventAnalysis> events = new ArrayList<>();
    for (Stories.Event e : grouped.events()) {
      List<AnalyzedArticle> members = AnalyzedArticle.of(e.articleIds().stream().map(byId::get)
          .map(c -> new ComparedArticle(c.article(), c.paragraphs())).toList(), annotations::get);
      // one text analysis of the event's articles, read by both the comparison and the brief
      Comparison comparison = compare.compareAnalyzed(members, corpus);
      events.add(new EventAnalysis(e, comparison, briefer.briefAnalyzed(members)));
      progress.step();
    }
    progress.done();
    return new Analysis(clean, annotations, grouped, events, summary);
  }
}
