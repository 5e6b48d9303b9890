package io.parallax.pipeline;

import io.parallax.clean.CleanArticle;
import io.parallax.clean.Cleaner;
import io.parallax.clean.FurnitureCleaner;
import io.parallax.ingest.HtmlConverter;
import io.parallax.ingest.HtmlFileReader;
import io.parallax.ingest.Ingestor;
import io.parallax.ingest.JsonlReader;
import io.parallax.ingest.JsoupHtmlConverter;
import io.parallax.ingest.TextFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Parallax pipeline, assembled in one place:
 *
 * <pre>
 *   paths ─ Ingestor(SourceReaders) ─ Cleaner ─ grouping into events/storylines ─ Analysis
 * </pre>
 *
 * Each stage is an interface with immutable records in and out; this class only wires them.
 */
public final class Pipeline {

  private final Ingestor ingestor;
  private final Cleaner cleaner;
  private final SimpleGrouper grouper;

  public Pipeline(Ingestor ingestor, Cleaner cleaner, SimpleGrouper grouper) {
    this.ingestor = ingestor;
    this.cleaner = cleaner;
    this.grouper = grouper;
  }

  /** The standard pipeline for {@code config}. */
  public static Pipeline standard(PipelineConfig config) {
    HtmlConverter html = new JsoupHtmlConverter();
    Ingestor ingestor = new Ingestor(List.of(
        new TextFileReader(config.ingest()),
        new HtmlFileReader(config.ingest(), html),
        new JsonlReader(config.ingest(), html)));
    return new Pipeline(ingestor, new FurnitureCleaner(), new SimpleGrouper(0.25, 0.12));
  }

  public Analysis run(List<Path> inputs, ProgressListener progress) throws IOException {
    progress.phase("reading", Ingestor.expand(inputs).size());
    Ingestor.Result read = ingestor.ingest(inputs, new Ingestor.Listener() {
      @Override
      public void onInput(Path file, io.parallax.ingest.Ingested outcome) {}

      @Override
      public void onFile(Path file) {
        progress.step();
      }
    });
    progress.phase("cleaning", -1);
    List<CleanArticle> clean = cleaner.clean(read.articles());
    progress.phase("grouping", -1);
    StoryGroup stories = grouper.group(clean);
    progress.done();
    return new Analysis(clean, stories, read.summary());
  }
}
