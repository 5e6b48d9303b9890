package io.parallax.compare;

import io.parallax.compare.Comparison.Coverage;
import io.parallax.compare.Comparison.OutletArticles;
import io.parallax.nlp.TextEmbedder;
import io.parallax.nlp.WordFrequencies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the articles of one event. Stateless apart from its configuration; thread-safe when its
 * sources and embedder are.
 *
 * <pre>{@code
 * Comparison c = new EventComparator().compare(List.of(ComparedArticle.of(a), ComparedArticle.of(b)));
 * }</pre>
 */
public final class EventComparator {

  private final QuoteSource quotes;
  private final QuantitySource quantities;
  private final TextEmbedder embedder;

  /** Rule-based quotes and quantities, lexical claim alignment (fast: no model). */
  public EventComparator() {
    this(QuoteSource.rules(), QuantitySource.rules(), null);
  }

  /**
   * @param quotes where quotes come from (e.g. an adapter over the nlp annotator)
   * @param quantities where quantities, durations and dates come from
   * @param embedder semantic similarity for claim alignment, or {@code null} for lexical only
   */
  public EventComparator(QuoteSource quotes, QuantitySource quantities, TextEmbedder embedder) {
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.quantities = Objects.requireNonNull(quantities, "quantities");
    this.embedder = embedder;
  }

  public Comparison compare(List<ComparedArticle> event) {
    return compareAnalyzed(AnalyzedArticle.of(event));
  }

  /**
   * As {@link #compare}, over the event's articles already analysed (shared with the brief); the rarity
   * of shared wording is judged against the shipped news table and the event itself.
   */
  public Comparison compareAnalyzed(List<AnalyzedArticle> arts) {
    return compareAnalyzed(arts, WordFrequencies.news().plus(arts.stream().map(AnalyzedArticle::wordStems).toList()));
  }

  /**
   * As {@link #compareAnalyzed(List)}, with the rarity of shared wording (copied text) judged against
   * {@code corpus}: e.g. the shipped table plus every article of the run.
   */
  public Comparison compareAnalyzed(List<AnalyzedArticle> arts, WordFrequencies corpus) {
    List<ComparedArticle> event = arts.stream().map(AnalyzedArticle::source).toList();
    List<List<Comparison.Claim>> claims = new ClaimAligner(arts, embedder).claims();
    List<String> ids = new ArrayList<>();
    for (ComparedArticle c : event) ids.add(c.id());
    List<Comparison.CopiedPassage> copied = CopyDetector.find(arts, corpus);
    return new Comparison(ids, coverage(event), claims.get(0), claims.get(1),
        QuoteProvenance.find(arts, quotes), DiscrepancyFinder.find(arts, quantities),
        FramingAnalyzer.analyze(arts), copied, CopyDetector.shares(arts, copied));
  }

  static Coverage coverage(List<ComparedArticle> event) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (ComparedArticle c : event) m.computeIfAbsent(c.outletOrId(), k -> new ArrayList<>()).add(c.id());
    List<OutletArticles> out = new ArrayList<>();
    m.forEach((o, l) -> out.add(new OutletArticles(o, l)));
    return new Coverage(out);
  }
}
