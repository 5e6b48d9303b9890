package io.parallax.spark;

import io.parallax.brief.Briefer;
import io.parallax.clean.FurnitureCleaner;
import io.parallax.ingest.IngestOptions;
import io.parallax.ingest.Ingestor;
import io.parallax.nlp.NewsAnnotator;
import io.parallax.pipeline.Pipeline;
import io.parallax.story.StoryDetector;

/**
 * The stages of the main module, created once per executor JVM on first use (the models load there,
 * not on the driver, and are shared by the tasks of the executor; all are thread-safe).
 */
final class Models {

  private Models() {}

  private static final class Holder {
    static final Ingestor INGESTOR = Pipeline.standardIngestor(IngestOptions.DEFAULTS);
    static final FurnitureCleaner CLEANER = new FurnitureCleaner();
    static final StoryDetector DETECTOR = StoryDetector.standard();
  }

  private static final class Analysis {
    static final NewsAnnotator ANNOTATOR = new NewsAnnotator();
    static final Briefer BRIEFER = new Briefer();
  }

  static Ingestor ingestor() {
    return Holder.INGESTOR;
  }

  static FurnitureCleaner cleaner() {
    return Holder.CLEANER;
  }

  static StoryDetector detector() {
    return Holder.DETECTOR;
  }

  static NewsAnnotator annotator() {
    return Analysis.ANNOTATOR;
  }

  static Briefer briefer() {
    return Analysis.BRIEFER;
  }
}
