package io.parallax.story;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, run in process by ONNX Runtime through LangChain4j): a 384-dimension
 * sentence embedding whose model ships inside its Maven jar, so nothing is downloaded at run time.
 * Loading takes about a second; texts longer than the model's 256 word pieces are cut.
 */
public final class MiniLmEmbedder implements DocumentEmbedder {

  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    int batch = 32;
    for (int i = 0; i < texts.size(); i += batch) {
      List<TextSegment> segments = texts.subList(i, Math.min(texts.size(), i + batch)).stream()
          .map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
      for (var e : model.embedAll(segments).content()) {
        out.add(normalise(e.vector()));
      }
    }
    return out;
  }

  @Override
  public int dimension() {
    return 384;
  }

  private static float[] normalise(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    n = Math.sqrt(n);
    if (n == 0) return v;
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / n);
    return out;
  }
}
