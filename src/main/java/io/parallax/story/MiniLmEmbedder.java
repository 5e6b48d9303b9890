package io.parallax.story;

import io.parallax.nlp.MiniLm;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, run in process by ONNX Runtime through LangChain4j): a 384-dimension
 * sentence embedding whose model ships inside its Maven jar, so nothing is downloaded at run time.
 * Loading takes about a second; texts longer than the model's 256 word pieces are cut.
 */
public final class MiniLmEmbedder implements DocumentEmbedder {

  private final MiniLm model = new MiniLm();

  @Override
  public List<float[]> embed(List<String> texts) {
    return List.of(model.embed(texts));
  }

  @Override
  public int dimension() {
    return MiniLm.DIMENSION;
  }
}
