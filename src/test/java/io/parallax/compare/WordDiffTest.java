package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.Comparison.DiffOp;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void excerptReadsAsTruncationAndEditsKeepContext() {
    List<DiffOp> d = WordDiff.diff(
        List.of("The", "plan", "is", "dead", "—", "we", "will", "not", "sign", "it", "this", "year"),
        List.of("plan", "is", "dead", ",", "we", "won't", "sign", "it"));
    assertThat(d).containsExactly(
        new DiffOp("truncated", "The", ""),
        new DiffOp("replace", "dead —", "dead ,"),
        new DiffOp("replace", "we will not", "we won't"),
        new DiffOp("truncated", "this year", ""));
  }
}
