package io.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.compare.Comparison.CopiedShare;
import io.parallax.compare.Comparison.DiffOp;
import io.parallax.compare.Comparison.Discrepancy;
import io.parallax.compare.Comparison.Edit;
import io.parallax.compare.Comparison.Evidence;
import io.parallax.compare.Comparison.OriginBasis;
import io.parallax.compare.Comparison.QuoteStatus;
import io.parallax.compare.Comparison.QuoteUse;
import io.parallax.compare.Comparison.Verdict;
import io.parallax.model.Span;
import io.parallax.nlp.QuantityKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison's closed sets are enums, written in reports as the labels of docs/report-schema.md. */
class ClosedSetsInJsonTest {

  private static String json(Object value) throws Exception {
    return JsonReport.compact().writeValueAsString(value);
  }

  @Test
  void aQuoteUseWritesItsStatusAndEditsAsLabels() throws Exception {
    QuoteUse use = new QuoteUse(new Evidence("003", "AFP", new Span(10, 19), "plan dead"), Optional.empty(), false,
        QuoteStatus.EXCERPT, List.of(new DiffOp(Edit.TRUNCATED, "this year", "")));

    assertThat(json(use)).isEqualTo("{\"quote\":{\"article_id\":\"003\",\"outlet\":\"AFP\",\"span\":{\"start\":10,"
        + "\"end\":19},\"text\":\"plan dead\"},\"speaker\":null,\"verbatim\":false,\"status\":\"excerpt\","
        + "\"diff\":[{\"op\":\"truncated\",\"common\":\"this year\",\"here\":\"\"}]}");
  }

  @Test
  void aDiscrepancyWritesItsKindAndVerdictAsLabels() throws Exception {
    Discrepancy d = new Discrepancy(QuantityKind.DURATION, "war", Verdict.CONFLICTING, "x excludes y", List.of());

    assertThat(json(d)).isEqualTo("{\"kind\":\"duration\",\"about\":\"war\",\"verdict\":\"conflicting\","
        + "\"explanation\":\"x excludes y\",\"readings\":[]}");
  }

  @Test
  void copiedTextWritesItsOriginBasisAsALabel() throws Exception {
    CopiedShare s = new CopiedShare("002", "CNN", 40, 31, 0.775, "AP", OriginBasis.CREDITED_AGENCY);

    assertThat(json(s)).isEqualTo("{\"article_id\":\"002\",\"outlet\":\"CNN\",\"words\":40,\"copied_words\":31,"
        + "\"share\":0.775,\"original\":\"AP\",\"original_basis\":\"credited agency\"}");
  }

  @Test
  void theLabelsAreTheValuesTheSchemaDocuments() {
    assertThat(Arrays.stream(Edit.values()).map(Edit::label))
        .containsExactly("replace", "insert", "delete", "truncated", "extra");
    assertThat(Arrays.stream(QuoteStatus.values()).map(QuoteStatus::label))
        .containsExactly("common form", "punctuation differs", "excerpt", "extended", "reworded");
    assertThat(Arrays.stream(QuantityKind.values()).map(QuantityKind::label)).containsExactly("count", "duration", "date");
    assertThat(Arrays.stream(Verdict.values()).map(Verdict::label)).containsExactly("compatible", "conflicting");
    assertThat(Arrays.stream(OriginBasis.values()).map(OriginBasis::label))
        .containsExactly("credited agency", "earliest publication", "unknown");
  }
}
