package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.junit.jupiter.api.Test;

/** The comparison serialises with the report's Jackson settings (SNAKE_CASE, Optional as value-or-null). */
class ComparisonJsonTest {

  @Test
  void snakeCaseFieldsAndOffsets() throws Exception {
    Comparison c = new EventComparator().compare(HandwrittenEventsTest.QUAKE);
    ObjectMapper om = new ObjectMapper().registerModule(new Jdk8Module())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    JsonNode j = om.readTree(om.writeValueAsString(c));
    assertThat(j.fieldNames()).toIterable().containsExactly("articles", "coverage", "consensus", "single_source",
        "quotes", "discrepancies", "framing", "copied", "copied_share");
    JsonNode reading = j.get("discrepancies").get(0).get("readings").get(0);
    assertThat(reading.get("evidence").get("span").get("start").isInt()).isTrue();
    assertThat(reading.has("high")).isTrue();
    assertThat(j.get("quotes").get(0).get("uses").get(0).has("verbatim")).isTrue();
    assertThat(j.get("framing").get("loaded").get(0).has("per_thousand_words")).isTrue();
  }
}
