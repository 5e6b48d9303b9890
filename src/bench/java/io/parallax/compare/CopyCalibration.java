package io.parallax.compare;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.WordFrequencies;
import io.parallax.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Calibrates what counts as copied text ({@link CopyDetector}) on sets with gold events: every pair of
 * articles sharing a passage of {@link CopyDetector#MIN_WORDS}+ words is run through the detector, and
 * its passages are counted as within one gold event (copy of the same story: what the comparison must
 * show) or across two events (shared phrasing or reused background, which an event's comparison never
 * sees but which shows how common the wording is), by the information they carry against the corpus
 * (shipped table plus the set). Prints, per threshold, the passages kept on each side and examples.
 *
 * <pre>
 * scripts/bench main io.parallax.compare.CopyCalibration ../shared/data stream-dev ecbplus-dev mixed-dev
 * </pre>
 */
public final class CopyCalibration {

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    double[] thresholds = {0, 10, 15, 20, 25, 30, 35, 40};
    for (int s = 1; s < args.length; s++) {
      Path dir = data.resolve(args[s]);
      Map<String, String> gold = new HashMap<>();
      for (String line : Files.readAllLines(dir.resolve("gold.tsv"))) {
        String[] f = line.split("\t");
        if (f.length >= 3 && !f[0].equals("id")) gold.put(f[0], f[2]);
      }
      List<CleanArticle> clean = Pipeline.readAndClean(List.of(dir.resolve("articles.jsonl"))).articles();
      List<AnalyzedArticle> arts = AnalyzedArticle.of(clean.stream()
          .map(c -> new ComparedArticle(c.article(), c.paragraphs())).toList());
      WordFrequencies corpus = WordFrequencies.news().plus(clean.stream()
          .map(c -> WordFrequencies.stemsOf(c.article().text(), c.paragraphs())).toList());
      // candidate pairs: articles sharing a run of MIN_WORDS words (a cheap pre-filter)
      Map<String, List<Integer>> shingles = new HashMap<>();
      for (int i = 0; i < arts.size(); i++) {
        List<String> w = new ArrayList<>();
        for (AnalyzedArticle.Sent x : arts.get(i).sentences()) {
          for (AnalyzedArticle.Tok t : x.tokens()) if (t.word()) w.add(t.lower());
        }
        Set<String> mine = new HashSet<>();
        for (int k = 0; k + CopyDetector.MIN_WORDS <= w.size(); k++) {
          mine.add(String.join(" ", w.subList(k, k + CopyDetector.MIN_WORDS)));
        }
        for (String m : mine) shingles.computeIfAbsent(m, x -> new ArrayList<>()).add(i);
      }
      Set<Long> pairs = new TreeSet<>();
      for (List<Integer> p : shingles.values()) {
        if (p.size() < 2 || p.size() > 50) continue;
        for (int x = 0; x < p.size(); x++) {
          for (int y = x + 1; y < p.size(); y++) pairs.add((long) p.get(x) * arts.size() + p.get(y));
        }
      }
      int[] within = new int[thresholds.length];
      int[] across = new int[thresholds.length];
      TreeMap<Double, String> examples = new TreeMap<>();
      for (long key : pairs) {
        AnalyzedArticle a = arts.get((int) (key / arts.size()));
        AnalyzedArticle b = arts.get((int) (key % arts.size()));
        boolean same = gold.getOrDefault(a.id(), "?a").equals(gold.getOrDefault(b.id(), "?b"));
        for (CopyDetector.Candidate c : CopyDetector.candidates(List.of(a, b), corpus)) {
          for (int t = 0; t < thresholds.length; t++) {
            if (c.information() >= thresholds[t]) {
              if (same) within[t]++;
              else across[t]++;
            }
          }
          examples.put(c.information() + 1e-9 * examples.size(), (same ? "within " : "across ") + c.words() + "w "
              + String.format("%.1f", c.information()) + "  " + c.passage().passages().get(0).text().replace('\n', ' '));
        }
      }
      System.out.printf("%s: %d articles, %d candidate pairs%n", args[s], arts.size(), pairs.size());
      for (int t = 0; t < thresholds.length; t++) {
        System.out.printf("  information >= %4.0f: within events %5d, across events %4d%n",
            thresholds[t], within[t], across[t]);
      }
      System.out.println("  lowest-information passages:");
      examples.values().stream().limit(12).forEach(e -> System.out.println("    " + e));
      System.out.println("  around the threshold:");
      examples.subMap(CopyDetector.MIN_INFORMATION - 3, CopyDetector.MIN_INFORMATION + 3).values().stream()
          .limit(16).forEach(e -> System.out.println("    " + e));
    }
  }
}
