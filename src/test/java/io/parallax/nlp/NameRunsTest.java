package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one run finder of name finding, over words where every word but the first may open a name. */
class NameRunsTest {

  private static List<TokenRange> runs(String sentence, NameRuns.Tier tier) {
    String[] w = sentence.split(" ");
    return NameRuns.find(new NameRuns.Tokens() {
      @Override
      public int size() {
        return w.length;
      }

      @Override
      public String word(int i) {
        return w[i];
      }

      @Override
      public boolean opens(int i) {
        return i > 0;
      }

      @Override
      public boolean follows(int i) {
        return true;
      }
    }, tier);
  }

  @Test
  void taggedNamesCarryConnectorsAndTitlesButStopAtCompassPoints() {
    assertThat(runs("Officials at the Bank of America told Mr Smith on Monday about Northern Gaza", NameRuns.Tier.TAGGED))
        .containsExactly(new TokenRange(3, 6), new TokenRange(7, 9), new TokenRange(13, 14));
  }

  @Test
  void untaggedNamesStopAtConnectorsAndTitlesButNotAtCompassPoints() {
    assertThat(runs("Officials at the Bank of America told Mr Smith on Monday about Northern Gaza", NameRuns.Tier.UNTAGGED))
        .containsExactly(new TokenRange(3, 4), new TokenRange(5, 6), new TokenRange(8, 9), new TokenRange(12, 14));
  }

  @Test
  void aPossessiveEndsATaggedNameOnly() {
    assertThat(runs("So Israel's Benjamin Netanyahu spoke", NameRuns.Tier.TAGGED))
        .containsExactly(new TokenRange(1, 2), new TokenRange(2, 4));
    assertThat(runs("So Israel's Benjamin Netanyahu spoke", NameRuns.Tier.UNTAGGED)).containsExactly(new TokenRange(1, 4));
  }
}
