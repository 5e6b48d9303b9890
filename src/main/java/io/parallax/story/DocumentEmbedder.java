package io.parallax.story;

import java.util.List;

/** Maps texts to unit-length vectors whose dot product measures how alike their meaning is. */
public interface DocumentEmbedder {

  /** One unit-length vector per text, in order. */
  List<float[]> embed(List<String> texts);

  /** The vector length. */
  int dimension();
}
