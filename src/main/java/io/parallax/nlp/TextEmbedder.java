package io.parallax.nlp;

import java.util.List;

/**
 * Maps texts to unit-length vectors whose dot product measures how alike their meaning is. The one
 * embedding seam of the product: event detection embeds titles and leads with it, comparison and brief
 * embed sentences with it, and the web reader embeds queries; {@link MiniLm} is the implementation.
 */
public interface TextEmbedder {

  /** One unit-length vector per text, in order. */
  List<float[]> embed(List<String> texts);

  /** The vector length. */
  int dimension();
}
