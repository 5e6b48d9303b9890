package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthsTest {

  @Test
  void fullNamesAndAbbreviationsInAnyCaseNameTheirMonth() {
    assertThat(Months.number("March")).isEqualTo(3);
    assertThat(Months.number("SEPT")).isEqualTo(9);
    assertThat(Months.number("sep")).isEqualTo(9);
    assertThat(Months.number("Dec")).isEqualTo(12);
  }

  @Test
  void otherWordsNameNoMonth() {
    assertThat(Months.number("Marc")).isZero();
    assertThat(Months.number("Oct.")).isZero(); // the reader strips the dot it matched
    assertThat(Months.name(2)).isEqualTo("february");
  }
}
