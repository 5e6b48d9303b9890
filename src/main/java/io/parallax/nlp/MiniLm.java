package io.parallax.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised ONNX, shipped inside the LangChain4j jar on
 * Maven Central and run with ONNX Runtime; nothing is downloaded). Vectors are 384-dimensional and
 * unit length, so a dot product is the cosine similarity. Loading takes about a second; embedding
 * runs at roughly 200 sentences/s on 2 cores. Thread-safe.
 */
public final class MiniLm {

  public static final int DIMENSION = 384;
  private static final int BATCH = 32;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  /** One unit-length vector per text, in order; a blank text is embedded as a single dot. */
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int start = 0; start < texts.size(); start += BATCH) {
      List<TextSegment> batch = new ArrayList<>();
      for (String t : texts.subList(start, Math.min(texts.size(), start + BATCH))) {
        batch.add(TextSegment.from(t.isBlank() ? "." : t));
      }
      List<Embedding> vectors = model.embedAll(batch).content();
      for (int i = 0; i < vectors.size(); i++) out[start + i] = unit(vectors.get(i).vector());
    }
    return out;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    n = Math.sqrt(n);
    float[] u = new float[v.length];
    for (int k = 0; k < v.length; k++) u[k] = (float) (v[k] / (n == 0 ? 1 : n));
    return u;
  }
}
