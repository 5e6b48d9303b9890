package io.parallax.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A closed set of the comparison (an enum) whose value in reports is its label: the constant's name in
 * lower case, words split by spaces ({@code COMMON_FORM} is written "common form"), as the report schema
 * (docs/report-schema.md) has always had them.
 */
public interface Labelled {

  /** The enum constant's name. */
  String name();

  /** The label reports show ("common form"). */
  @JsonValue
  default String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
