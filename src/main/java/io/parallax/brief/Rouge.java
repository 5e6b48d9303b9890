package io.parallax.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-L F1 as the shared scorer computes it: lower-cased {@code [a-z0-9]+} tokens, no stemming, one
 * longest common subsequence between the whole reference and the whole brief (so sentence order
 * counts).
 */
public final class Rouge {

  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  private Rouge() {}

  /** The scorer's tokens of a text. */
  public static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** ROUGE-L F1 of {@code pred} against {@code ref} (0 when either is empty). */
  public static double rougeL(List<String> ref, List<String> pred) {
    int[] prev = new int[pred.size() + 1];
    for (String x : ref) {
      int[] cur = new int[pred.size() + 1];
      for (int j = 0; j < pred.size(); j++) {
        cur[j + 1] = x.equals(pred.get(j)) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
      }
      prev = cur;
    }
    double l = prev[pred.size()];
    double p = pred.isEmpty() ? 0 : l / pred.size();
    double r = ref.isEmpty() ? 0 : l / ref.size();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
