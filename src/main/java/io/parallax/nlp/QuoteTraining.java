package io.parallax.nlp;

import io.parallax.model.Article;
import io.parallax.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Trains {@link AttributionCues} from attribution gold in brat stand-off form (PolNeAR: "T1 Content
 * 115 290", "E1 Attribution:T4 Content:T3 Cue:T2 Source:T1"; an entity may have fragments "a b;c d")
 * and cross-validates it: the model of each fold is trained on the other folds' articles only.
 */
public final class QuoteTraining {

  /** One gold attribution: its content, and its source (speaker) and cue when annotated. */
  public record Gold(Span content, Optional<Span> source, Optional<Span> cue) {}

  /** An article as the pipeline reads it (kept paragraphs), with its gold attributions. */
  public record Document(Article article, List<Span> regions, List<Gold> gold) {
    public Document {
      regions = List.copyOf(regions);
      gold = List.copyOf(gold);
    }
  }

  private QuoteTraining() {}

  /**
   * The gold attributions of {@code dir/attributions/*.ann}, by article id (the file name without
   * extension and without an annotator suffix "_xxxx"; when several annotators marked one article,
   * the first file in name order counts).
   */
  public static Map<String, List<Gold>> readBrat(Path dir) throws IOException {
    Path annDir = dir.resolve("attributions");
    if (!Files.isDirectory(annDir)) {
      throw new IllegalArgumentException("No attributions/ folder in " + dir
          + ": pass a folder holding text/<id>.txt and attributions/<id>.ann (brat)");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(annDir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    Map<String, List<Gold>> out = new HashMap<>();
    for (Path ann : files) {
      String stem = ann.getFileName().toString().replaceFirst("\\.ann$", "");
      String id = Files.exists(dir.resolve("text").resolve(stem + ".txt")) || stem.lastIndexOf('_') < 0
          ? stem : stem.substring(0, stem.lastIndexOf('_'));
      if (out.containsKey(id)) continue;
      out.put(id, parseBrat(Files.readString(ann, StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** The attributions of one brat file. */
  static List<Gold> parseBrat(String ann) {
    Map<String, Span> spans = new HashMap<>();
    List<Gold> gold = new ArrayList<>();
    for (String line : ann.split("\n")) {
      String[] f = line.split("\t");
      if (f.length < 2) continue;
      if (line.startsWith("T")) {
        String[] kindAndSpan = f[1].split(" ", 2);
        if (kindAndSpan.length == 2) spans.put(f[0], fragments(kindAndSpan[1]));
      } else if (line.startsWith("E")) {
        Map<String, String> roles = new HashMap<>();
        for (String a : f[1].split(" ")) {
          int colon = a.indexOf(':');
          if (colon > 0) roles.put(a.substring(0, colon), a.substring(colon + 1));
        }
        Span content = spans.get(roles.getOrDefault("Content", ""));
        if (content == null) continue;
        gold.add(new Gold(content, Optional.ofNullable(spans.get(roles.getOrDefault("Source", ""))),
            Optional.ofNullable(spans.get(roles.getOrDefault("Cue", "")))));
      }
    }
    return gold;
  }

  private static Span fragments(String s) {
    int lo = Integer.MAX_VALUE;
    int hi = 0;
    for (String part : s.split(";")) {
      String[] ab = part.trim().split(" ");
      lo = Math.min(lo, Integer.parseInt(ab[0]));
      hi = Math.max(hi, Integer.parseInt(ab[1]));
    }
    return new Span(lo, hi);
  }

  /** Trains a cue model on {@code docs} deciding at {@code threshold}. */
  public static AttributionCues train(List<Document> docs, NewsAnnotator annotator, double threshold) {
    List<AttributionCues.Example> examples = new ArrayList<>();
    for (Document d : docs) examples.addAll(examples(d, annotator));
    return AttributionCues.train(examples, threshold);
  }

  /**
   * The candidate verbs of one article as examples: a verb is a cue when it is the last verb of a
   * gold cue span.
   */
  static List<AttributionCues.Example> examples(Document d, NewsAnnotator annotator) {
    TaggedText t = annotator.tag(d.article(), d.regions());
    EntityFinder.Found ents = annotator.entities(t);
    boolean[] inQuote = QuotationSegments.inQuote(t);
    Set<Integer> cueTokens = new HashSet<>();
    for (Gold g : d.gold()) {
      if (g.cue().isEmpty()) continue;
      Span cue = g.cue().get();
      int last = -1;
      for (int k = t.tokenAt(cue.start()); k < t.size() && t.end[k] <= cue.end(); k++) {
        if (t.tag[k].startsWith("VB")) last = k;
      }
      if (last >= 0) cueTokens.add(last);
    }
    List<AttributionCues.Example> out = new ArrayList<>();
    for (int c = 0; c < t.size(); c++) {
      if (!AttributionCues.candidate(t, c, inQuote)) continue;
      out.add(new AttributionCues.Example(AttributionCues.features(t, c, inQuote, ents), cueTokens.contains(c)));
    }
    return out;
  }

  /**
   * Out-of-fold quotes: article {@code i} (in the given order) falls in fold {@code i % folds}; its
   * quotes are found with a model trained on the other folds only.
   */
  public static Map<String, List<Quote>> crossValidate(List<Document> docs, int folds, double threshold) {
    if (folds < 2 || folds > docs.size()) {
      throw new IllegalArgumentException("Cross-validation needs 2.." + docs.size() + " folds, got " + folds);
    }
    NewsAnnotator rules = new NewsAnnotator(Optional.empty());
    // the examples of an article do not depend on the model: extracted once, reused by every fold
    List<List<AttributionCues.Example>> examples = new ArrayList<>();
    for (Document d : docs) examples.add(examples(d, rules));
    Map<String, List<Quote>> out = new HashMap<>();
    for (int f = 0; f < folds; f++) {
      List<AttributionCues.Example> train = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) if (i % folds != f) train.addAll(examples.get(i));
      NewsAnnotator annotator = rules.withCues(Optional.of(AttributionCues.train(train, threshold)));
      for (int i = f; i < docs.size(); i += folds) {
        Document d = docs.get(i);
        out.put(d.article().id(), annotator.annotate(d.article(), d.regions()).quotes());
      }
    }
    return out;
  }
}
