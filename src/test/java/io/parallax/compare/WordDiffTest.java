package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.Comparison.DiffOp;
import io.parallax.compare.Comparison.Edit;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void excerptReadsAsTruncationAndEditsKeepContext() {
    List<DiffOp> d = WordDiff.diff(
        List.of("The", "plan", "is", "dead", "—", "we", "will", "not", "sign", "it", "this", "year"),
        List.of("plan", "is", "dead", ",", "we", "won't", "sign", "it"));
    assertThat(d).containsExactly(
        new DiffOp(Edit.TRUNCATED, "The", ""),
        new DiffOp(Edit.REPLACE, "dead —", "dead ,"),
        new DiffOp(Edit.REPLACE, "we will not", "we won't"),
        new DiffOp(Edit.TRUNCATED, "this year", ""));
  }
}
