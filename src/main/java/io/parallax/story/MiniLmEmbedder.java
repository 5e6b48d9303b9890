package io.parallax.story;

import io.parallax.nlp.MiniLm;
import java.util.List;

/**
 * A 384-dimension embedding of title and lead by all-MiniLM-L6-v2 (quantised ONNX run in process by
 * ONNX Runtime; nothing is downloaded at run time): by default the event encoder ({@link MiniLm#events()},
 * fine-tuned on same-story news leads, shipped in the Parallax jar), with {@link #general()} the
 * published model, on which the storyline model was calibrated.
 * The model loads on the first {@link #embed} (about a second), so building a pipeline that never
 * detects stories costs nothing; texts longer than the model's 256 word pieces are cut. Thread-safe.
 */
public final class MiniLmEmbedder implements DocumentEmbedder {

  private volatile MiniLm model;
  private final boolean general;

  /** The event encoder. */
  public MiniLmEmbedder() {
    this(false);
  }

  private MiniLmEmbedder(boolean general) {
    this.general = general;
  }

  /** The published all-MiniLM-L6-v2: the storyline evidence of batch detection. */
  public static MiniLmEmbedder general() {
    return new MiniLmEmbedder(true);
  }

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
        if (m == null) model = m = general ? MiniLm.general() : MiniLm.events();
      }
    }
    return m;
  }

  @Override
  public int dimension() {
    return MiniLm.DIMENSION;
  }
}
