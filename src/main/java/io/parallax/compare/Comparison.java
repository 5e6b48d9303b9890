package io.parallax.compare;

import io.parallax.model.Span;
import io.parallax.nlp.QuantityKind;
import java.util.List;
import java.util.Optional;

/**
 * What a careful editor sees when laying the articles of one event side by side. Every item points
 * at the article text through {@link Evidence} (article id plus a {@link Span} into
 * {@code article.text()}).
 *
 * @param articles the compared article ids, in input order
 * @param coverage which outlets carry this event, with their articles
 * @param consensus claims carried by articles of at least two different outlets
 * @param singleSource the most salient claims carried by one outlet only (names, numbers first)
 * @param quotes one entry per distinct direct quote, with every carrier's wording
 * @param discrepancies the same quantity, duration or date reported differently
 * @param framing how each outlet names the main actors and the conflict, and its loaded words
 * @param copied passages shared verbatim or near-verbatim outside quotation marks (wire copy)
 * @param copiedShare per article with copied text, the share of its words that are copied and their
 *     probable original
 */
public record Comparison(
    List<String> articles,
    Coverage coverage,
    List<Claim> consensus,
    List<Claim> singleSource,
    List<QuoteGroup> quotes,
    List<Discrepancy> discrepancies,
    Framing framing,
    List<CopiedPassage> copied,
    List<CopiedShare> copiedShare) {

  public Comparison {
    articles = List.copyOf(articles);
    consensus = List.copyOf(consensus);
    singleSource = List.copyOf(singleSource);
    quotes = List.copyOf(quotes);
    discrepancies = List.copyOf(discrepancies);
    copied = List.copyOf(copied);
    copiedShare = List.copyOf(copiedShare);
  }

  /** A place in an article: its id, outlet, the span into its text and the text of that span. */
  public record Evidence(String articleId, String outlet, Span span, String text) {}

  /** Outlets covering the event and the article ids each contributed. */
  public record Coverage(List<OutletArticles> outlets) {
    public Coverage {
      outlets = List.copyOf(outlets);
    }
  }

  public record OutletArticles(String outlet, List<String> articles) {
    public OutletArticles {
      articles = List.copyOf(articles);
    }
  }

  /**
   * A claim (sentence-level) and the articles that carry it.
   *
   * @param text the representative wording (from the first supporting article)
   * @param articles supporting article ids
   * @param outlets distinct outlets among them
   * @param evidence the matching sentence in each supporting article
   */
  public record Claim(String text, List<String> articles, List<String> outlets, List<Evidence> evidence) {
    public Claim {
      articles = List.copyOf(articles);
      outlets = List.copyOf(outlets);
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * One distinct quote.
   *
   * @param speaker the speaker as named most often by the carriers ("Jake Sullivan"), or "unattributed"
   * @param commonForm the wording most carriers share (the longest among equally common forms)
   * @param uses one entry per carrying article
   */
  public record QuoteGroup(String speaker, String commonForm, List<QuoteUse> uses) {
    public QuoteGroup {
      uses = List.copyOf(uses);
    }
  }

  /**
   * One article's rendering of a quote.
   *
   * @param quote the quoted words in this article
   * @param speaker who this article says spoke, when it names anyone
   * @param verbatim true when the words equal the common form exactly (or are an exact excerpt of it)
   * @param status how the wording relates to the common form
   * @param diff word-level differences against the common form; empty when identical
   */
  public record QuoteUse(Evidence quote, Optional<String> speaker, boolean verbatim, QuoteStatus status,
      List<DiffOp> diff) {
    public QuoteUse {
      diff = List.copyOf(diff);
    }
  }

  /** How one article's wording of a quote relates to the common form; written as its label. */
  public enum QuoteStatus implements Labelled {
    /** the common form itself */
    COMMON_FORM,
    /** the same words, only punctuation (or quotation marks) differ */
    PUNCTUATION_DIFFERS,
    /** a contiguous part of the common form (truncated) */
    EXCERPT,
    /** the common form and more */
    EXTENDED,
    /** words changed */
    REWORDED
  }

  /**
   * One word-level edit from the common form to this wording.
   *
   * @param op what kind of edit
   * @param common the common form's words
   * @param here this article's words
   */
  public record DiffOp(Edit op, String common, String here) {}

  /** The kinds of word-level edit; written as their label ("replace"). */
  public enum Edit implements Labelled {
    /** words differ on both sides */
    REPLACE,
    /** words only here */
    INSERT,
    /** words only in the common form */
    DELETE,
    /** common-form words beyond where this excerpt starts or ends */
    TRUNCATED,
    /** words here beyond the common form */
    EXTRA
  }

  /**
   * One quantity, duration or date the articles report differently.
   *
   * @param kind a count, a duration or a date
   * @param about what is measured: the counted noun and the context words the readings share
   * @param verdict whether the readings can all be true at once
   * @param explanation a one-line account of the verdict
   * @param readings what each article says
   */
  public record Discrepancy(QuantityKind kind, String about, Verdict verdict, String explanation,
      List<Reading> readings) {
    public Discrepancy {
      readings = List.copyOf(readings);
    }
  }

  /** Whether the readings of a discrepancy exclude each other; written as its label. */
  public enum Verdict implements Labelled {
    /** all readings can be true at once, e.g. a range containing a value */
    COMPATIBLE,
    /** at least two readings exclude each other */
    CONFLICTING
  }

  /**
   * One article's reading of a quantity.
   *
   * @param evidence the quantity phrase as written ("roughly 1.5 million people")
   * @param qualifier the hedge or bound ("roughly", "more than"), or "" for a plain value
   * @param low the least value the phrase allows (in {@code unit})
   * @param high the greatest value it allows; empty when open-ended ("more than a million")
   * @param unit "people"-like counted noun, "days" for durations and dates, or the counted noun
   * @param reported when the figure was reported: its article's publication time (ISO-8601), when known
   */
  public record Reading(Evidence evidence, String qualifier, double low, Optional<Double> high,
      String unit, Optional<String> reported) {}

  /**
   * Framing side by side, without judging it.
   *
   * @param actors per main actor, the labels each outlet attaches to it
   * @param conflict per outlet, the phrases naming the war, conflict or operation itself
   * @param loaded per outlet, the words it uses from the loaded-language lexicon
   */
  public record Framing(List<ActorFraming> actors, List<OutletTerms> conflict, List<LoadedWords> loaded) {
    public Framing {
      actors = List.copyOf(actors);
      conflict = List.copyOf(conflict);
      loaded = List.copyOf(loaded);
    }
  }

  public record ActorFraming(String actor, List<OutletTerms> byOutlet) {
    public ActorFraming {
      byOutlet = List.copyOf(byOutlet);
    }
  }

  public record OutletTerms(String outlet, List<TermUse> terms) {
    public OutletTerms {
      terms = List.copyOf(terms);
    }
  }

  /** A term as used, with where it occurs. */
  public record TermUse(String term, List<Evidence> evidence) {
    public TermUse {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * An outlet's loaded words.
   *
   * @param outlet the outlet
   * @param words how many words of its kept text were read
   * @param perThousandWords lexicon hits per 1,000 words (outside quotes)
   * @param terms the hits: term, lexicon category, a neutral alternative, and where
   */
  public record LoadedWords(String outlet, int words, double perThousandWords, List<LoadedTerm> terms) {
    public LoadedWords {
      terms = List.copyOf(terms);
    }
  }

  public record LoadedTerm(String term, String category, String neutral, List<Evidence> evidence) {
    public LoadedTerm {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A passage shared by several articles outside quotation marks.
   *
   * @param words the length of the shared passage in words
   * @param verbatim true when every carrier has exactly the same words
   * @param passages the passage in each carrying article
   * @param original the probable original: the credited wire agency, else the outlet of the earliest
   *     publication, else "" (unknown)
   * @param originalBasis on what ground {@code original} was chosen
   */
  public record CopiedPassage(int words, boolean verbatim, List<Evidence> passages, String original,
      OriginBasis originalBasis) {
    public CopiedPassage {
      passages = List.copyOf(passages);
    }
  }

  /**
   * How much of one article is copied text ("31 of 40 outlets are >= 80% AP text" is a count over these).
   *
   * @param articleId the article
   * @param outlet its outlet
   * @param words its words (kept text)
   * @param copiedWords those inside copied passages
   * @param share copiedWords / words, to three decimals
   * @param original the probable original of most of its copied words (see {@link CopiedPassage#original})
   * @param originalBasis on what ground {@code original} was chosen
   */
  public record CopiedShare(String articleId, String outlet, int words, int copiedWords, double share,
      String original, OriginBasis originalBasis) {}

  /** On what ground the probable original of copied text was chosen; written as its label. */
  public enum OriginBasis implements Labelled {
    /** an article credits a wire agency */
    CREDITED_AGENCY,
    /** the outlet of the earliest publication */
    EARLIEST_PUBLICATION,
    /** no credit and no publication dates: the original is "" */
    UNKNOWN
  }
}
