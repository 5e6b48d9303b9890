package io.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void isoDateTimesKeepTheirOffsetAndReadLocalTimesAsUtc() {
    assertThat(Dates.parse("2024-03-18T14:05:00-04:00")).contains(OffsetDateTime.parse("2024-03-18T14:05:00-04:00"));
    assertThat(Dates.parse("2024-03-18 14:05:00")).contains(OffsetDateTime.parse("2024-03-18T14:05:00Z"));
    assertThat(Dates.parse("2024-03-18T14:05:00.123Z")).contains(OffsetDateTime.parse("2024-03-18T14:05:00Z"));
    assertThat(Dates.parse("2024-03-18")).contains(OffsetDateTime.parse("2024-03-18T00:00:00Z"));
  }

  @Test
  void feedAndHttpDatesAreRead() {
    assertThat(Dates.parse("Tue, 19 Mar 2024 10:00:00 GMT")).contains(OffsetDateTime.parse("2024-03-19T10:00:00Z"));
    assertThat(Dates.parse("Tue, 19 Mar 2024 10:00:00 +0100")).contains(OffsetDateTime.parse("2024-03-19T10:00:00+01:00"));
  }

  @Test
  void epochSecondsAndMillisecondsAreToldApartByLength() {
    assertThat(Dates.parse("1710756000")).contains(OffsetDateTime.parse("2024-03-18T10:00:00Z"));
    assertThat(Dates.parse("1710756000000")).contains(OffsetDateTime.parse("2024-03-18T10:00:00Z"));
  }

  @Test
  void compactAndWrittenDatesAreRead() {
    assertThat(Dates.parse("20240318")).contains(OffsetDateTime.parse("2024-03-18T00:00:00Z"));
    assertThat(Dates.parse("March 18, 2024")).contains(OffsetDateTime.parse("2024-03-18T00:00:00Z"));
    assertThat(Dates.parse("18 Mar. 2024")).contains(OffsetDateTime.parse("2024-03-18T00:00:00Z"));
  }

  @Test
  void placeholderYearsAndProseAreNotDates() {
    assertThat(Dates.parse("1970-01-01T00:00:00Z")).isEmpty();
    assertThat(Dates.parse("0001-01-01")).isEmpty();
    assertThat(Dates.parse("0")).isEmpty();
    assertThat(Dates.parse("last Tuesday")).isEmpty();
    assertThat(Dates.parse("2024-13-40")).isEmpty();
    assertThat(Dates.parse("")).isEmpty();
  }

  @Test
  void aDateInAUrlPathIsFound() {
    assertThat(Dates.fromUrl("https://example.org/news/2024/03/18/rafah-call.html"))
        .contains(OffsetDateTime.parse("2024-03-18T00:00:00Z"));
    assertThat(Dates.fromUrl("https://example.org/news/rafah-call-20240318-story.html"))
        .contains(OffsetDateTime.parse("2024-03-18T00:00:00Z"));
    assertThat(Dates.fromUrl("https://example.org/news/rafah-call")).isEmpty();
  }
}
