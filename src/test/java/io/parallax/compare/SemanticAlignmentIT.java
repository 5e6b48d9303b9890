package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.nlp.MiniLm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MiniLM blend on the sample: same consensus/single-source distinctions as the lexical path
 * (MiniLM scores topical sentences of one event 0.5-0.65 whether or not they make the same claim,
 * so the blend only counts similarity above 0.55). Loads the model: slow.
 */
class SemanticAlignmentIT {

  @BeforeAll
  static void sample() throws Exception {
    RafahSampleComparisonTest.compare();
  }

  @Test
  void blendKeepsSingleSourceClaimsApart() {
    Comparison c = new EventComparator(QuoteSource.rules(), QuantitySource.rules(), MiniLm.general())
        .compare(RafahSampleComparisonTest.event);
    assertThat(c.consensus()).anySatisfy(cl -> {
      assertThat(cl.articles()).contains("002", "003");
      assertThat(cl.evidence()).allSatisfy(e -> assertThat(e.text()).contains("Schumer"));
    });
    assertThat(c.singleSource()).anySatisfy(cl -> {
      assertThat(cl.text()).contains("department press briefing");
      assertThat(cl.articles()).containsExactly("001");
    });
    assertThat(c.singleSource()).anySatisfy(cl -> {
      assertThat(cl.text()).contains("come-to-Jesus");
      assertThat(cl.articles()).containsExactly("003");
    });
  }
}
