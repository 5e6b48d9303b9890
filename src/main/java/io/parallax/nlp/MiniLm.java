package io.parallax.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 run in process with ONNX Runtime; nothing is downloaded.
 * Two weight sets share the tokenizer, the pooling and this class:
 * <ul>
 *   <li>{@link #general()}: the published model (quantised, shipped inside the LangChain4j jar on Maven
 *       Central), for sentence similarity in comparisons and briefs, and the storyline evidence of batch
 *       detection (its calibration saw this model);</li>
 *   <li>{@link #events()}: the same model fine-tuned on same-story news leads (brief-train, by
 *       {@code scripts/train/event_encoder.py}) and quantised, shipped in this jar: two reports of one
 *       happening land closer, two stories on one topic further apart. Used for event detection.</li>
 * </ul>
 * Each weight set is one instance per process, loaded on its first {@link #embed} (about a second), so a
 * command that never embeds loads nothing and one that embeds in several stages loads each model once.
 * Vectors are 384-dimensional and unit length, so a dot product is the cosine similarity; texts longer
 * than the model's 256 word pieces are cut. Embedding runs at roughly 200 sentences/s on 2 cores.
 * Thread-safe.
 */
public final class MiniLm implements TextEmbedder {

  public static final int DIMENSION = 384;
  private static final int BATCH = 32;
  /** The fine-tuned event encoder, a resource of this jar. */
  static final String EVENT_MODEL = "/io/parallax/nlp/event-minilm-q.onnx";
  /** The tokenizer of all-MiniLM-L6-v2, a resource of the LangChain4j jar. */
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private static final MiniLm GENERAL = new MiniLm(AllMiniLmL6V2QuantizedEmbeddingModel::new);
  private static final MiniLm EVENTS = new MiniLm(() -> new Resource(EVENT_MODEL));

  private final Supplier<AbstractInProcessEmbeddingModel> loader;
  private volatile AbstractInProcessEmbeddingModel model;

  private MiniLm(Supplier<AbstractInProcessEmbeddingModel> loader) {
    this.loader = loader;
  }

  /** The published all-MiniLM-L6-v2 (quantised); the same instance on every call. */
  public static MiniLm general() {
    return GENERAL;
  }

  /**
   * all-MiniLM-L6-v2 fine-tuned to tell news events apart (quantised; see the class comment); the same
   * instance on every call.
   */
  public static MiniLm events() {
    return EVENTS;
  }

  /** One unit-length vector per text, in order; a blank text is embedded as a single dot. */
  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) return List.of();
    AbstractInProcessEmbeddingModel m = model();
    float[][] out = new float[texts.size()][];
    for (int start = 0; start < texts.size(); start += BATCH) {
      List<TextSegment> batch = new ArrayList<>();
      for (String t : texts.subList(start, Math.min(texts.size(), start + BATCH))) {
        batch.add(TextSegment.from(t.isBlank() ? "." : t));
      }
      List<Embedding> vectors = m.embedAll(batch).content();
      for (int i = 0; i < vectors.size(); i++) out[start + i] = unit(vectors.get(i).vector());
    }
    return List.of(out);
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  private AbstractInProcessEmbeddingModel model() {
    AbstractInProcessEmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) model = m = loader.get();
      }
    }
    return m;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    n = Math.sqrt(n);
    float[] u = new float[v.length];
    for (int k = 0; k < v.length; k++) u[k] = (float) (v[k] / (n == 0 ? 1 : n));
    return u;
  }

  /** A MiniLM-architecture ONNX model read from a class-path resource, with MiniLM's tokenizer. */
  private static final class Resource extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Resource(String modelResource) {
      super(null);
      try (InputStream model = open(modelResource); InputStream tokenizer = open(TOKENIZER)) {
        encoder = new OnnxBertBiEncoder(model, tokenizer, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the embedding model " + modelResource, e);
      }
    }

    private static InputStream open(String resource) {
      InputStream in = MiniLm.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("The embedding model resource " + resource
            + " is missing from the class path; rebuild Parallax (./mvnw package) from a complete checkout");
      }
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
