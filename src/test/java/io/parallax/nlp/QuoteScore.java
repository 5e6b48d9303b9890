package io.parallax.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Java port of shared/tools/score-quotes.py (same matching rule), so the evaluation IT needs no
 * Python: content matches when overlap >= half the longer span (one-to-one, best first); the
 * speaker is right when the spans overlap or the speaker's last word occurs in the gold Source.
 */
record QuoteScore(double contentF1, double speakerF1, int gold, int pred) {

  static QuoteScore score(Path goldDir, Path predJsonl) throws IOException {
    Map<String, List<QuoteTraining.Gold>> gold = QuoteTraining.readBrat(goldDir);
    Map<String, String> texts = new HashMap<>();
    for (String doc : gold.keySet()) {
      texts.put(doc, Files.readString(goldDir.resolve("text").resolve(doc + ".txt"), StandardCharsets.UTF_8));
    }
    Map<String, JsonNode> pred = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(predJsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode o = json.readTree(line);
      pred.put(o.get("id").asText(), o.get("quotes"));
    }
    int nGold = 0;
    int nPred = 0;
    int hit = 0;
    int hitSp = 0;
    for (Map.Entry<String, List<QuoteTraining.Gold>> e : gold.entrySet()) {
      List<QuoteTraining.Gold> items = e.getValue();
      String text = texts.get(e.getKey());
      List<JsonNode> qs = new ArrayList<>();
      JsonNode arr = pred.get(e.getKey());
      if (arr != null) arr.forEach(q -> { if (q.path("start").isInt() && q.path("end").isInt()) qs.add(q); });
      nGold += items.size();
      nPred += qs.size();
      List<double[]> pairs = new ArrayList<>();
      for (int gi = 0; gi < items.size(); gi++) {
        Span g = items.get(gi).content();
        for (int qi = 0; qi < qs.size(); qi++) {
          int qs0 = qs.get(qi).get("start").asInt();
          int qe = qs.get(qi).get("end").asInt();
          int ov = Math.max(0, Math.min(g.end(), qe) - Math.max(g.start(), qs0));
          int longer = Math.max(Math.max(g.length(), qe - qs0), 1);
          if (ov * 2 >= longer) pairs.add(new double[] {(double) ov / longer, gi, qi});
        }
      }
      pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
          : a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(b[2], a[2]));
      Set<Integer> usedG = new HashSet<>();
      Set<Integer> usedQ = new HashSet<>();
      for (double[] p : pairs) {
        int gi = (int) p[1];
        int qi = (int) p[2];
        if (usedG.contains(gi) || usedQ.contains(qi)) continue;
        usedG.add(gi);
        usedQ.add(qi);
        hit++;
        QuoteTraining.Gold g = items.get(gi);
        JsonNode q = qs.get(qi);
        String speaker = q.path("speaker").isTextual() ? q.get("speaker").asText() : "";
        boolean spanGiven = q.path("speaker_start").isInt() && q.path("speaker_end").isInt();
        if (g.source().isEmpty()) {
          if (speaker.isEmpty() && !spanGiven) hitSp++;
          continue;
        }
        Span source = g.source().get();
        boolean ok = spanGiven && Math.min(source.end(), q.get("speaker_end").asInt())
            - Math.max(source.start(), q.get("speaker_start").asInt()) > 0;
        String[] words = speaker.trim().split("\\s+");
        if (!ok && !speaker.isBlank()) {
          ok = source.textOf(text).toLowerCase(Locale.ROOT)
              .contains(words[words.length - 1].toLowerCase(Locale.ROOT));
        }
        if (ok) hitSp++;
      }
    }
    return new QuoteScore(f1(hit, nGold, nPred), f1(hitSp, nGold, nPred), nGold, nPred);
  }

  private static double f1(int hit, int gold, int pred) {
    double p = pred == 0 ? 0 : (double) hit / pred;
    double r = gold == 0 ? 0 : (double) hit / gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
