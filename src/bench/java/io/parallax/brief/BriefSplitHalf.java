package io.parallax.brief;

import io.parallax.compare.ComparedArticle;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Split-half harness for the brief's selection settings (not a test; the selection model itself is
 * learned on brief-train): ROUGE-L and words per brief on even- and odd-numbered brief-dev stories for
 * each setting read from stdin, one per line: {@code budget maxTitles redundant samePartRedundancy
 * restated loadedPenalty}. Tune on one half, report the other. Run after {@code ./mvnw -o
 * test-compile} with the test classpath: {@code java -cp target/test-classes:target/classes:target/lib/*
 * io.parallax.brief.BriefSplitHalf ../shared/data [MODEL.tsv]}.
 */
public final class BriefSplitHalf {

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    SelectionModel model = args.length > 1 ? SelectionModel.read(Path.of(args[1])) : SelectionModel.DEFAULT;
    Map<String, List<ComparedArticle>> groups = BriefDevIT.stories(data);
    Map<String, String> gold = BriefDevIT.gold(data);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] f = line.trim().split("\\s+");
      if (f.length != 6) continue;
      Briefer.Tuning t = new Briefer.Tuning(Integer.parseInt(f[1]), Double.parseDouble(f[2]),
          Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
      Briefer b = new Briefer(null, Integer.parseInt(f[0]), model, t);
      double[] rl = new double[2];
      double words = 0;
      int[] n = new int[2];
      for (Map.Entry<String, String> e : gold.entrySet()) {
        int half = Integer.parseInt(e.getKey().replaceAll("\\D", "")) % 2;
        StringBuilder sb = new StringBuilder();
        for (BriefSentence s : b.brief(groups.getOrDefault(e.getKey(), List.of()))) {
          sb.append(s.text()).append(' ');
        }
        List<String> pred = Rouge.tokens(sb.toString());
        words += pred.size();
        rl[half] += Rouge.rougeL(Rouge.tokens(e.getValue()), pred);
        n[half]++;
      }
      System.out.printf(Locale.ROOT, "%s\teven RL %.4f\todd RL %.4f\tall RL %.4f\twords %.1f%n", line.trim(),
          rl[0] / n[0], rl[1] / n[1], (rl[0] + rl[1]) / (n[0] + n[1]), words / (n[0] + n[1]));
    }
  }
}
