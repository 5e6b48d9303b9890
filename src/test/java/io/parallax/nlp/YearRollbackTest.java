package io.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class YearRollbackTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

  @Test
  void aDayUpToThirtyOneDaysAheadStaysInThePublicationYear() {
    assertThat(YearRollback.day(PUBLISHED, 2, 15)).contains(LocalDate.of(2024, 2, 15));
    assertThat(YearRollback.day(PUBLISHED, 3, 20)).contains(LocalDate.of(2024, 3, 20));
    assertThat(YearRollback.day(PUBLISHED, 4, 13)).contains(LocalDate.of(2024, 4, 13));
  }

  @Test
  void aDayFurtherAheadIsInTheYearBefore() {
    assertThat(YearRollback.day(PUBLISHED, 4, 14)).contains(LocalDate.of(2023, 4, 14));
    assertThat(YearRollback.day(PUBLISHED, 10, 7)).contains(LocalDate.of(2023, 10, 7));
  }

  @Test
  void aDayTheYearLacksIsNoDay() {
    assertThat(YearRollback.day(LocalDate.of(2023, 3, 13), 2, 29)).isEmpty();
    assertThat(YearRollback.day(PUBLISHED, 4, 31)).isEmpty();
  }

  @Test
  void aMonthGoesByItsFirstDay() {
    assertThat(YearRollback.month(PUBLISHED, 4)).isEqualTo(YearMonth.of(2024, 4));
    assertThat(YearRollback.month(PUBLISHED, 5)).isEqualTo(YearMonth.of(2023, 5));
    assertThat(YearRollback.month(PUBLISHED, 1)).isEqualTo(YearMonth.of(2024, 1));
  }
}
