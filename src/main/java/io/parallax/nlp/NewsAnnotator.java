package io.parallax.nlp;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * The default {@link Annotator} for news: for English, rules over {@link NewsTokenizer} tokens and
 * OpenNLP part-of-speech tags (the UD-EWT model of {@code opennlp-models-pos-en}, read from the
 * classpath); for an article in another language, quotes are only quotations in quotation marks
 * ({@link QuotationMarks}). For every language follow {@link MarkedQuotes} (every quotation in
 * quotation marks, {@link QuotationSegments}, with the speaker of the quote that holds it) and {@link QuantityReader} (quantities as stated and as
 * the intervals the comparison weighs).
 * Construct once (it loads the model, about 1 MB) and share; thread-safe.
 */
public final class NewsAnnotator implements Annotator {

  /** The POS model inside the {@code opennlp-models-pos-en} 1.3.0 jar. */
  public static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final SentenceSplitter splitter = new NewsSentenceSplitter();
  private final Tokenizer tokenizer = new NewsTokenizer();
  private final POSModel posModel;
  private final ThreadLocal<POSTaggerME> tagger;
  private final EntityFinder entities = new EntityFinder();
  private final QuoteFinder quotes;

  /**
   * Loads the POS model and the shipped attribution cue model from the classpath; fails if either
   * is missing.
   */
  public NewsAnnotator() {
    this(Optional.of(AttributionCues.load()));
  }

  /**
   * With the given attribution cue model, or with the quote rules alone when empty (used to
   * evaluate a model trained on part of the data on the rest).
   */
  public NewsAnnotator(Optional<AttributionCues> cues) {
    this(loadPosModel(), cues);
  }

  private NewsAnnotator(POSModel posModel, Optional<AttributionCues> cues) {
    this.quotes = new QuoteFinder(cues.orElse(null));
    this.posModel = posModel;
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
  }

  /** This annotator with another cue model (or none), sharing the POS model already loaded. */
  public NewsAnnotator withCues(Optional<AttributionCues> cues) {
    return new NewsAnnotator(posModel, cues);
  }

  private static POSModel loadPosModel() {
    try (InputStream in = NewsAnnotator.class.getResourceAsStream(POS_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("POS model " + POS_MODEL + " is not on the classpath: add "
            + "org.apache.opennlp:opennlp-models-pos-en:1.3.0 to the dependencies");
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the POS model " + POS_MODEL, e);
    }
  }

  @Override
  public Annotations annotate(Article article, List<Span> regions) {
    String text = article.text();
    for (Span r : regions) {
      if (r.end() > text.length()) {
        throw new IllegalArgumentException("Region " + r + " runs past the end of article "
            + article.id() + " (text length " + text.length() + "); pass regions of this article's text");
      }
    }
    TaggedText t = tag(article, regions);
    EntityFinder.Found found = entities.find(t);
    Optional<LocalDate> published = article.published().map(p -> p.toLocalDate());
    List<Quote> said = isEnglish(article)
        ? quotes.find(t, found)
        : QuotationMarks.find(text, t.paragraphs, article.language().orElseThrow());
    // every quotation in marks, which the comparison reads besides the quotes (for every language, as
    // the comparison always read them), attributed by the quotes that hold them; quantities inside
    // them are not intervals
    List<Span> marked = QuotationSegments.regions(text, regions);
    List<TimeExpression> times = TimeFinder.find(t.text, t.sentences, published);
    QuantityReader.Reading read = QuantityReader.read(t, marked, times);
    return new Annotations(t.sentences, found.entities(), said, read.quantities(), times,
        MarkedQuotes.attributed(marked, said), read.intervals());
  }

  /**
   * English unless the article says or was found to be in another language: the attribution rules and
   * the cue model are English, so other languages get only quotations in quotation marks.
   */
  static boolean isEnglish(Article article) {
    return article.language().map(QuotationMarks::primary)
        .map(l -> l.isBlank() || l.equals("en") || l.equals("eng") || l.equals("english")).orElse(true);
  }

  /** The tagged text the rule annotators read (for training the cue model on the same input). */
  TaggedText tag(Article article, List<Span> regions) {
    return new TaggedText(article.text(), regions, splitter, tokenizer, w -> tagger.get().tag(w));
  }

  EntityFinder.Found entities(TaggedText t) {
    return entities.find(t);
  }

  /** Only the quotes (the rest of the annotation is cheap, but the CLI needs no more). */
  public List<Quote> quotes(Article article) {
    return annotate(article).quotes();
  }
}
