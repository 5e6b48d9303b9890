package io.parallax.story;

import io.parallax.nlp.MiniLm;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, run in process by ONNX Runtime through LangChain4j): a 384-dimension
 * sentence embedding whose model ships inside its Maven jar, so nothing is downloaded at run time.
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
        if (m == null) model = m = new MiniLm();
      }
    }
    return m;
  }

  @Override
  public int dimension() {
    return MiniLm.DIMENSION;
  }
}
