package io.parallax.compare;

import io.parallax.nlp.MiniLm;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, bundled in its jar, runs offline). About 200 sentences/s on two
 * cores, so it is meant for briefs and small events; loading takes a second or two. Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

  private final MiniLm model = new MiniLm();

  @Override
  public float[][] embed(List<String> sentences) {
    return model.embed(sentences);
  }
}
