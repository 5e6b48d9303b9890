package io.parallax.compare;

import io.parallax.compare.Comparison.DiffOp;
import io.parallax.compare.Comparison.Edit;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level diff (longest common subsequence over tokens, case-insensitive) of a wording against a
 * reference. Edits before the first or after the last shared word are reported as "truncated"
 * (reference words missing here) or "extra" (words only here), so an excerpt reads as an excerpt.
 */
final class WordDiff {
  private WordDiff() {}

  static List<DiffOp> diff(List<String> common, List<String> here) {
    int n = common.size();
    int m = here.size();
    int[][] l = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        l[i][j] = eq(common.get(i), here.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
      }
    }
    // walk: collect aligned pairs
    List<int[]> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (eq(common.get(i), here.get(j))) {
        pairs.add(new int[] {i, j});
        i++;
        j++;
      } else if (l[i + 1][j] >= l[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    List<DiffOp> ops = new ArrayList<>();
    if (pairs.isEmpty()) {
      ops.add(new DiffOp(Edit.REPLACE, String.join(" ", common), String.join(" ", here)));
      return ops;
    }
    int[] first = pairs.get(0);
    if (first[0] > 0) ops.add(new DiffOp(Edit.TRUNCATED, join(common, 0, first[0]), ""));
    if (first[1] > 0) ops.add(new DiffOp(Edit.EXTRA, "", join(here, 0, first[1])));
    for (int k = 1; k < pairs.size(); k++) {
      int[] a = pairs.get(k - 1);
      int[] b = pairs.get(k);
      String c = join(common, a[0] + 1, b[0]);
      String h = join(here, a[1] + 1, b[1]);
      if (c.isEmpty() && h.isEmpty()) continue;
      Edit op = c.isEmpty() ? Edit.INSERT : h.isEmpty() ? Edit.DELETE : Edit.REPLACE;
      // show the shared word before the edit as context: "mistake —" vs "mistake ,"
      String ctx = here.get(a[1]);
      ops.add(new DiffOp(op, (ctx + " " + c).strip(), (ctx + " " + h).strip()));
    }
    int[] last = pairs.get(pairs.size() - 1);
    if (last[0] < n - 1) ops.add(new DiffOp(Edit.TRUNCATED, join(common, last[0] + 1, n), ""));
    if (last[1] < m - 1) ops.add(new DiffOp(Edit.EXTRA, "", join(here, last[1] + 1, m)));
    return ops;
  }

  private static boolean eq(String a, String b) {
    return a.equalsIgnoreCase(b) || isQuoteMark(a) && isQuoteMark(b);
  }

  private static boolean isQuoteMark(String s) {
    return s.equals("'") || s.equals("’") || s.equals("‘") || s.equals("\"") || s.equals("“") || s.equals("”");
  }

  private static String join(List<String> l, int from, int to) {
    return String.join(" ", l.subList(from, to));
  }
}
