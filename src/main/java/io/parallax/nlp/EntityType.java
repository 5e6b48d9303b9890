package io.parallax.nlp;

/** The kinds of named entity the annotator recognises. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE
}
