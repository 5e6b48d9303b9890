package io.parallax.nlp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A learned detector of attribution cues: the probability that a verb introduces what somebody said,
 * believes, wants or plans ("Clinton <b>wants</b> to triple...", "China and Russia <b>support</b> the
 * government"). The rule lexicon of {@link QuoteFinder} covers the frequent verbs of saying; reported
 * stance in political news has a long tail of cues that only context tells apart ("plans to", "agreed
 * to", "is expected to"), which is what this model scores.
 *
 * <p>A maximum-entropy classifier (OpenNLP's L-BFGS trainer) over the word, its neighbours, their
 * part-of-speech tags, the shape of the subject before it and what follows ("that", "to" + verb, a
 * quotation). It is trained on attribution gold (PolNeAR-style brat files) by {@link QuoteTraining};
 * the shipped model is a classpath resource. Immutable and thread-safe.
 */
public final class AttributionCues {

  /**
   * The shipped model, trained on the quotes training set (PolNeAR's training split, never on the
   * development set it is scored on) by {@code parallax quotes-train ../shared/data/quotes-train}.
   */
  public static final String RESOURCE = "/io/parallax/nlp/attribution-cues.bin.gz";

  private static final String CUE = "cue";
  private static final String OTHER = "other";

  private final MaxentModel model;
  private final int cueIndex;
  private final double threshold;

  private AttributionCues(MaxentModel model, double threshold) {
    this.model = model;
    this.cueIndex = model.getIndex(CUE);
    this.threshold = threshold;
  }

  /** The shipped model with its calibrated threshold; fails when the resource is missing. */
  public static AttributionCues load() {
    try (InputStream in = AttributionCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Attribution cue model " + RESOURCE + " is not on the classpath: "
            + "rebuild with `./mvnw package` or train one with `parallax quotes-train`");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the attribution cue model " + RESOURCE, e);
    }
  }

  /** Reads a model written by {@link #write}. */
  public static AttributionCues read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    double threshold = data.readDouble();
    AbstractModel m = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
    return new AttributionCues(m, threshold);
  }

  /** Writes this model (threshold first, then the OpenNLP binary model), gzipped. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gz);
    data.writeDouble(threshold);
    new GenericModelWriter((AbstractModel) model, data).persist();
    data.flush();
    gz.finish();
  }

  /** The same model deciding at another threshold. */
  public AttributionCues withThreshold(double t) {
    if (!(t > 0 && t < 1)) {
      throw new IllegalArgumentException("Cue threshold must be in (0, 1), got " + t);
    }
    return new AttributionCues(model, t);
  }

  public double threshold() {
    return threshold;
  }

  /** One training example: the features of a candidate token and whether it is a gold cue. */
  record Example(String[] features, boolean cue) {}

  /** Trains a model (deterministic for the same examples in the same order). */
  static AttributionCues train(List<Example> examples, double threshold) {
    List<Event> events = new ArrayList<>(examples.size());
    for (Example e : examples) events.add(new Event(e.cue ? CUE : OTHER, e.features));
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    p.put(TrainingParameters.CUTOFF_PARAM, 2);
    p.put(TrainingParameters.ITERATIONS_PARAM, 200);
    p.put(QNTrainer.THREADS_PARAM, 1);
    p.put(QNTrainer.L2COST_PARAM, 1.0);
    p.put(QNTrainer.L1COST_PARAM, 0.0);
    try {
      MaxentModel m = TrainerFactory.getEventTrainer(p, null).train(ObjectStreamUtils.createObjectStream(events));
      return new AttributionCues(m, threshold);
    } catch (IOException e) {
      throw new UncheckedIOException("Training the attribution cue model failed", e);
    }
  }

  /** Whether token {@code c} is a candidate cue at all: a verb outside quotation marks. */
  static boolean candidate(TaggedText t, int c, boolean[] inQuote) {
    return !inQuote[c] && t.tag[c].startsWith("VB") && Character.isLetter(t.word[c].charAt(0));
  }

  /** Whether token {@code c} is a cue by this model. */
  boolean isCue(TaggedText t, int c, boolean[] inQuote, EntityFinder.Found ents) {
    return probability(t, c, inQuote, ents) >= threshold;
  }

  double probability(TaggedText t, int c, boolean[] inQuote, EntityFinder.Found ents) {
    return model.eval(features(t, c, inQuote, ents))[cueIndex];
  }

  /** The features of candidate token {@code c}. */
  static String[] features(TaggedText t, int c, boolean[] inQuote, EntityFinder.Found ents) {
    int fs = t.sentenceFirst[t.sentence[c]];
    int ls = t.sentenceLast[t.sentence[c]];
    List<String> f = new ArrayList<>(32);
    String w = t.lower[c];
    String st = stem(w);
    f.add("w=" + w);
    f.add("s=" + st);
    f.add("t=" + t.tag[c]);
    f.add("s,t=" + st + "," + t.tag[c]);
    String lex = SpeechLexicon.cueClass(w);
    f.add("lex=" + lex);
    String w1 = word(t, c + 1, ls);
    String w2 = word(t, c + 2, ls);
    String t1 = tag(t, c + 1, ls);
    String t2 = tag(t, c + 2, ls);
    String wm1 = c - 1 >= fs ? t.lower[c - 1] : "<s>";
    String tm1 = c - 1 >= fs ? t.tag[c - 1] : "<s>";
    f.add("w+1=" + w1);
    f.add("t+1=" + t1);
    f.add("w+2=" + w2);
    f.add("t+2=" + t2);
    f.add("w-1=" + wm1);
    f.add("t-1=" + tm1);
    f.add("s,w+1=" + st + "," + w1);
    f.add("s,t+1=" + st + "," + t1);
    f.add("t-1,t,t+1=" + tm1 + "," + t.tag[c] + "," + t1);
    f.add("t+1,t+2=" + t1 + "," + t2);
    f.add("lex,t+1=" + lex + "," + t1);
    // what follows: a "that" clause, an infinitive, a quotation, a colon
    String next = w1.equals("that") ? "that" : w1.equals("to") && t2.equals("VB") ? "to-vb"
        : QuoteWords.isQuoteMark(w1) ? "quote" : w1.equals(":") ? "colon" : w1.equals(",") ? "comma"
        : t1.equals("<e>") ? "end" : "other";
    f.add("next=" + next);
    f.add("s,next=" + st + "," + next);
    // the subject before the verb, past adverbs and auxiliaries
    int j = c - 1;
    int aux = 0;
    while (j >= fs && (t.tag[j].startsWith("RB") || t.tag[j].equals("MD") || QuoteWords.isAux(t.lower[j]))) {
      j--;
      aux++;
    }
    String subj;
    if (j < fs) subj = "none";
    else if (t.tag[j].equals("PRP")) subj = QuoteWords.isSubjectPronoun(t.lower[j]) ? "pron-person" : "pron";
    else if (t.tag[j].equals("NNP") || t.tag[j].equals("NNPS")) subj = "proper";
    else if (t.tag[j].startsWith("NN")) subj = "noun";
    else if (t.tag[j].equals("WP") || t.tag[j].equals("WDT") || t.lower[j].equals("that")) subj = "rel";
    else if (t.word[j].equals(",")) subj = "comma";
    else if (QuoteWords.isQuoteMark(t.word[j])) subj = "quote";
    else if (t.lower[j].equals("and") || t.lower[j].equals("but")) subj = "conj";
    else subj = "tag:" + t.tag[j];
    f.add("subj=" + subj);
    f.add("s,subj=" + st + "," + subj);
    f.add("aux=" + Math.min(aux, 2));
    if (j >= fs && j < c) {
      Entity e = ents.at(j);
      f.add("subjEnt=" + (e == null ? "none" : e.type().name()));
      if (aux > 0) f.add("aux1=" + t.lower[c - 1]);
    }
    // where in the sentence, and whether the sentence carries a quotation
    f.add("pos=" + (c == fs ? "first" : c - fs <= 3 ? "early" : ls - c <= 3 ? "late" : "mid"));
    boolean quoted = false;
    for (int k = fs; k < ls && !quoted; k++) quoted = inQuote[k];
    f.add("quoted=" + quoted);
    if (c > fs && t.word[c - 1].equals(",") && t.tag[c].equals("VBG")) f.add("comma-vbg");
    return f.toArray(String[]::new);
  }

  private static String word(TaggedText t, int k, int ls) {
    return k < ls ? t.lower[k] : "<e>";
  }

  private static String tag(TaggedText t, int k, int ls) {
    return k < ls ? t.tag[k] : "<e>";
  }

  /** A crude stem that folds inflections together ("wants", "wanted", "wanting" -> "want"). */
  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
    if (w.length() > 4 && w.endsWith("ied")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
    if (w.length() > 3 && w.endsWith("es") && !w.endsWith("ses")) return w.substring(0, w.length() - 2);
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
    return w;
  }
}
