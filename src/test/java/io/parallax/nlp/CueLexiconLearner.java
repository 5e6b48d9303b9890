package io.parallax.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Learns the word forms that PolNeAR annotators mark as attribution cues, from brat gold
 * (text/*.txt + attributions/*.ann). A form is kept when it heads at least {@link #MIN_COUNT} gold
 * Cue spans and at least {@link #MIN_RATE} of its occurrences in the text head a Cue. Writes the
 * resource {@code src/main/resources/io/parallax/nlp/cue-forms-en.txt} (see docs/nlp.md).
 *
 * <p>usage: {@code CueLexiconLearner GOLD_DIR OUT [FOLD K [MIN_COUNT MIN_RATE]]} — with FOLD/K it learns only from
 * articles whose sorted index i has {@code i % K != FOLD} (for cross-validation), and writes the
 * held-out article ids to {@code OUT.heldout}.
 */
public final class CueLexiconLearner {

  static final int MIN_COUNT = 3;
  static final double MIN_RATE = 0.5;
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
  /** Words that open a cue span without being its head: auxiliaries, negation, adverbs. */
  private static final Set<String> NOT_HEAD = Set.of("has", "have", "had", "is", "was", "were", "are",
      "be", "been", "being", "would", "could", "will", "can", "may", "might", "should", "must", "do",
      "does", "did", "not", "n't", "also", "then", "again", "repeatedly", "already", "even", "still",
      "just", "publicly", "reportedly", "later", "often", "once", "never", "previously", "recently",
      "to", "and", "has n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't");

  public static void main(String[] args) throws IOException {
    Path gold = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int fold = args.length > 3 ? Integer.parseInt(args[2]) : -1;
    int k = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    int minCount = args.length > 5 ? Integer.parseInt(args[4]) : MIN_COUNT;
    double minRate = args.length > 5 ? Double.parseDouble(args[5]) : MIN_RATE;
    Map<String, Path> anns = new TreeMap<>();
    try (Stream<Path> s = Files.list(gold.resolve("attributions"))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".ann")).sorted().toList()) {
        String stem = p.getFileName().toString().replaceFirst("\\.ann$", "");
        String doc = Files.exists(gold.resolve("text").resolve(stem + ".txt")) ? stem
            : stem.substring(0, stem.lastIndexOf('_'));
        anns.putIfAbsent(doc, p);
      }
    }
    Map<String, Integer> cue = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    List<String> heldOut = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Path> e : anns.entrySet()) {
      if (fold >= 0 && i++ % k == fold) {
        heldOut.add(e.getKey());
        continue;
      }
      String text = Files.readString(gold.resolve("text").resolve(e.getKey() + ".txt"), StandardCharsets.UTF_8);
      Matcher m = WORD.matcher(text);
      while (m.find()) all.merge(m.group().toLowerCase().replace('’', '\''), 1, Integer::sum);
      for (String head : cueHeads(text, Files.readAllLines(e.getValue(), StandardCharsets.UTF_8))) {
        cue.merge(head, 1, Integer::sum);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Attribution cue word forms learned from PolNeAR gold Cue spans by CueLexiconLearner\n")
        .append("# (min count ").append(minCount).append(", min share of occurrences ").append(minRate)
        .append("); columns: form, times heading a gold cue, occurrences in the text\n");
    new TreeMap<>(cue).forEach((w, n) -> {
      int occ = all.getOrDefault(w, n);
      if (n >= minCount && n >= minRate * occ) sb.append(w).append('\t').append(n).append('\t').append(occ).append('\n');
    });
    Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    if (fold >= 0) Files.write(Path.of(out + ".heldout"), heldOut, StandardCharsets.UTF_8);
  }

  /** The head word (lower case) of every Cue span linked to an attribution. */
  static List<String> cueHeads(String text, List<String> ann) {
    Map<String, int[]> cues = new HashMap<>();
    List<String> heads = new ArrayList<>();
    for (String line : ann) {
      String[] f = line.split("\t");
      if (line.startsWith("T") && f.length >= 2 && f[1].startsWith("Cue ")) {
        String[] parts = f[1].substring(4).split(";");
        int a = Integer.MAX_VALUE;
        int b = 0;
        for (String p : parts) {
          String[] ab = p.trim().split(" ");
          a = Math.min(a, Integer.parseInt(ab[0]));
          b = Math.max(b, Integer.parseInt(ab[1]));
        }
        cues.put(f[0], new int[] {a, b});
      }
    }
    for (String line : ann) {
      String[] f = line.split("\t");
      if (!line.startsWith("E") || f.length < 2) continue;
      for (String role : f[1].split(" ")) {
        if (!role.startsWith("Cue:")) continue;
        int[] s = cues.get(role.substring(4));
        if (s == null) continue;
        Matcher m = WORD.matcher(text.substring(s[0], Math.min(s[1], text.length())));
        while (m.find()) {
          String w = m.group().toLowerCase().replace('’', '\'');
          if (!NOT_HEAD.contains(w) && !(w.endsWith("ly") && w.length() > 4)) {
            heads.add(w);
            break;
          }
        }
      }
    }
    return heads;
  }
}
