package io.parallax.compare;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, bundled in its jar, runs offline). About 200 sentences/s on two
 * cores, so it is meant for briefs and small events; loading takes a second or two. Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  @Override
  public float[][] embed(List<String> sentences) {
    List<TextSegment> segs = new ArrayList<>(sentences.size());
    for (String s : sentences) segs.add(TextSegment.from(s.isBlank() ? "." : s));
    List<Embedding> es = model.embedAll(segs).content();
    float[][] out = new float[es.size()][];
    for (int i = 0; i < es.size(); i++) {
      float[] v = es.get(i).vector();
      double n = 0;
      for (float x : v) n += x * x;
      n = Math.sqrt(n);
      float[] u = new float[v.length];
      for (int k = 0; k < v.length; k++) u[k] = (float) (v[k] / (n == 0 ? 1 : n));
      out[i] = u;
    }
    return out;
  }
}
