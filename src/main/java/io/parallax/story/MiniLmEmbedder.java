package io.parallax.story;

import io.parallax.nlp.MiniLm;
import java.util.List;

/**
 * The event encoder ({@link MiniLm#events()}: all-MiniLM-L6-v2 fine-tuned on same-story news leads,
 * quantised ONNX run in process by ONNX Runtime): a 384-dimension embedding of title and lead whose
 * model ships inside the Parallax jar, so nothing is downloaded at run time.
 * The model loads on the first {@link #embed} (about a second), so building a pipeline that never
 * detects stories costs nothing; texts longer than the model's 256 word pieces are cut. Thread-safe.
 */
public final class MiniLmEmbedder implements DocumentEmbedder {

  private volatile MiniLm model;

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) return List.of();
    return List.of(model().embed(texts));
  }

  private MiniLm model() {
    MiniLm m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) model = m = MiniLm.events();
      }
    }
    return m;
  }

  @Override
  public int dimension() {
    return MiniLm.DIMENSION;
  }
}
