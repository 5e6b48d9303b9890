package io.parallax.story;

import io.parallax.clean.CleanArticle;
import io.parallax.nlp.TextEmbedder;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.store.Store;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of every event decision that {@code cluster} (batch) and {@code index} (incremental, into an
 * empty store) take on a development set, recorded once from the product's own detectors (through an
 * observing {@link EventLinker}) and cached under {@code target/event-replay/}, so that
 * {@link EventReplay} can replay other decision rules in seconds. Candidates and pair scores do not
 * depend on earlier decisions (batch: the nearest earlier articles by event-encoder cosine; index: BM25
 * retrieval and the store's statistics), so a recording serves every rule.
 *
 * @param set the development set
 * @param path {@code cluster} or {@code index}
 * @param gold article id -> gold event
 * @param product article id -> the event the product assigned (to check the replay reproduces it)
 * @param steps the decisions, in the order they were taken
 * @param vectors article id -> event-encoder vector of title and lead
 */
record EventRecording(String set, String path, Map<String, String> gold, Map<String, String> product, List<Step> steps,
    Map<String, float[]> vectors) {

  /** One decision: the article and its scored partners (nearest first). */
  record Step(String id, List<Pair> pairs) {}

  /**
   * A scored partner.
   *
   * @param score the product's pair score
   * @param similarity event-encoder cosine
   * @param lexical the lexical event probability (the score's lexical part)
   * @param conflict 1 when the two state different elapsed times
   * @param names TF-IDF cosine of the names
   * @param sharedNames names (full sequences and single words) both mention
   * @param numbers cosine of the quantity sets
   * @param sharedDates shared specific dates (0, 0.5, 1)
   * @param yearConflict the latest years mentioned differ
   * @param terms TF-IDF cosine of the content words
   */
  record Pair(String partner, double score, double similarity, double lexical, double conflict, double names,
      int sharedNames, double numbers, double sharedDates, double yearConflict, double terms) {}

  static final Path DIR = Path.of("target", "event-replay");
  static final List<String> SETS = List.of("stream", "mixed", "brief", "ecbplus");

  static Path data(String set) {
    return EcbPlusDev.DIR.resolveSibling(set + "-dev");
  }

  /** The recording of {@code set} on {@code path}, from the cache or recorded now. */
  static EventRecording of(String set, String path) {
    Path file = DIR.resolve(set + "-" + path + ".bin");
    try {
      if (Files.exists(file)) return read(file);
      EventRecording r = path.equals("cluster") ? recordBatch(set) : recordIndex(set);
      write(r, file);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> gold(String set, List<CleanArticle> articles) throws IOException {
    Map<String, String> gold = new LinkedHashMap<>();
    if (set.equals("brief")) {
      for (CleanArticle a : articles) gold.put(a.id(), a.article().attributes().get("story"));
      return gold;
    }
    List<String> lines = Files.readAllLines(data(set).resolve("gold.tsv"));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t");
      if (f.length >= 3) gold.put(f[0], f[2]);
    }
    return gold;
  }

  /** Records the observed decisions, deriving the lexical part and the gating evidence of each pair. */
  private static final class Recorder implements java.util.function.BiConsumer<ArticleProfile, List<EventLinker.Partner>> {
    final List<Step> steps = new ArrayList<>();
    final Map<String, float[]> vectors = new HashMap<>();

    @Override
    public void accept(ArticleProfile a, List<EventLinker.Partner> partners) {
      List<Pair> pairs = new ArrayList<>();
      if (a.features().hasEmbedding()) vectors.put(a.id(), a.features().embedding());
      for (EventLinker.Partner p : partners) {
        ArticleProfile b = p.profile();
        double conflict = EventLinker.elapsedConflict(a.features().times(), b.features().times()) ? 1 : 0;
        double lexical = (p.score() - p.similarity() + EventLinker.ELAPSED_CONFLICT * conflict) / EventLinker.LEXICAL_WEIGHT + 0.5;
        PairEvidence e = PairEvidence.of(a, b);
        java.util.Set<String> theirs = new java.util.HashSet<>(List.of(b.names().keys()));
        int shared = 0;
        for (String n : a.names().keys()) if (theirs.contains(n)) shared++;
        pairs.add(new Pair(p.articleId(), p.score(), p.similarity(), lexical, conflict, e.names(), shared, e.numbers(),
            e.sharedDates(), e.yearConflict(), e.terms()));
      }
      steps.add(new Step(a.id(), pairs));
    }
  }

  private static EventRecording recordBatch(String set) throws IOException {
    List<CleanArticle> articles = Pipeline.readCleaned(List.of(data(set).resolve("articles.jsonl")));
    Recorder recorder = new Recorder();
    CachedEmbedder events = CachedEmbedder.events();
    StoryDetector detector = new StoryDetector(StoryConfig.withEmbeddings(), CachedEmbedder.general(), events,
        new EventLinker(recorder));
    Stories stories = detector.detect(articles);
    Map<String, String> product = new HashMap<>();
    for (Stories.Assignment a : stories.assignments()) product.put(a.articleId(), a.eventId());
    List<float[]> v = events.embed(articles.stream().map(FeatureExtractor::embeddingText).toList());
    Map<String, float[]> vectors = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) vectors.put(articles.get(i).id(), v.get(i));
    CachedEmbedder.saveAll();
    return new EventRecording(set, "cluster", gold(set, articles), product, recorder.steps, vectors);
  }

  private static EventRecording recordIndex(String set) throws IOException {
    Path input = data(set).resolve("articles.jsonl");
    List<CleanArticle> articles = new ArrayList<>();
    Pipeline.standard(PipelineConfig.defaults()).stream(List.of(input), articles::add,
        io.parallax.pipeline.ProgressListener.NONE);
    Recorder recorder = new Recorder();
    Map<String, String> product = new HashMap<>();
    Path dir = Files.createTempDirectory("event-recording");
    try (Store store = Store.open(dir)) {
      IncrementalStoryDetector detector = IncrementalStoryDetector.standard(store, IncrementalStoryDetector.DEFAULT_WINDOW,
          CachedEmbedder.events(), new EventLinker(recorder));
      for (int from = 0; from < articles.size(); from += 32) { // as `parallax index`: groups embedded together
        for (Stories.Assignment a : detector.assignAll(articles.subList(from, Math.min(articles.size(), from + 32)))) {
          product.put(a.articleId(), a.eventId());
        }
      }
    }
    CachedEmbedder.saveAll();
    return new EventRecording(set, "index", gold(set, articles), product, recorder.steps, recorder.vectors);
  }

  private static void write(EventRecording r, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      writeMap(out, r.gold);
      writeMap(out, r.product);
      out.writeInt(r.steps.size());
      for (Step s : r.steps) {
        out.writeUTF(s.id());
        out.writeInt(s.pairs().size());
        for (Pair p : s.pairs()) {
          out.writeUTF(p.partner());
          for (double x : new double[] {p.score(), p.similarity(), p.lexical(), p.conflict(), p.names(), p.numbers(),
              p.sharedDates(), p.yearConflict(), p.terms()}) {
            out.writeDouble(x);
          }
          out.writeInt(p.sharedNames());
        }
      }
      out.writeInt(r.vectors.size());
      for (var e : r.vectors.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float x : e.getValue()) out.writeFloat(x);
      }
    }
  }

  private static EventRecording read(Path file) throws IOException {
    String name = file.getFileName().toString().replace(".bin", "");
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      Map<String, String> gold = readMap(in);
      Map<String, String> product = readMap(in);
      int n = in.readInt();
      List<Step> steps = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String id = in.readUTF();
        int m = in.readInt();
        List<Pair> pairs = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
          String partner = in.readUTF();
          double[] x = new double[9];
          for (int j = 0; j < 9; j++) x[j] = in.readDouble();
          pairs.add(new Pair(partner, x[0], x[1], x[2], x[3], x[4], in.readInt(), x[5], x[6], x[7], x[8]));
        }
        steps.add(new Step(id, pairs));
      }
      int nv = in.readInt();
      Map<String, float[]> vectors = new HashMap<>();
      for (int i = 0; i < nv; i++) {
        String id = in.readUTF();
        float[] v = new float[in.readInt()];
        for (int j = 0; j < v.length; j++) v[j] = in.readFloat();
        vectors.put(id, v);
      }
      int dash = name.lastIndexOf('-');
      return new EventRecording(name.substring(0, dash), name.substring(dash + 1), gold, product, steps, vectors);
    }
  }

  private static void writeMap(DataOutputStream out, Map<String, String> m) throws IOException {
    out.writeInt(m.size());
    for (var e : m.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  private static Map<String, String> readMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) m.put(in.readUTF(), in.readUTF());
    return m;
  }

  /** A {@link TextEmbedder} remembering every text it embedded, on disk under {@link #DIR}. */
  static final class CachedEmbedder implements TextEmbedder {
    private static final Map<String, CachedEmbedder> OPEN = new HashMap<>();
    private final TextEmbedder model;
    private final Path file;
    private final Map<String, float[]> known = new HashMap<>();
    private boolean dirty;

    private CachedEmbedder(String name, TextEmbedder model) {
      this.model = model;
      this.file = DIR.resolve(name + ".vectors");
      if (Files.exists(file)) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
          int n = in.readInt();
          for (int i = 0; i < n; i++) {
            String t = in.readUTF();
            float[] v = new float[in.readInt()];
            for (int j = 0; j < v.length; j++) v[j] = in.readFloat();
            known.put(t, v);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    static synchronized CachedEmbedder events() {
      return OPEN.computeIfAbsent("events", n -> new CachedEmbedder(n, io.parallax.nlp.MiniLm.events()));
    }

    static synchronized CachedEmbedder general() {
      return OPEN.computeIfAbsent("general", n -> new CachedEmbedder(n, io.parallax.nlp.MiniLm.general()));
    }

    /** An embedder of another model, cached under {@code name}. */
    static synchronized CachedEmbedder of(String name, TextEmbedder model) {
      return OPEN.computeIfAbsent(name, n -> new CachedEmbedder(n, model));
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
      List<String> missing = texts.stream().filter(t -> !known.containsKey(t)).distinct().toList();
      if (!missing.isEmpty()) {
        List<float[]> v = model.embed(missing);
        for (int i = 0; i < missing.size(); i++) known.put(missing.get(i), v.get(i));
        dirty = true;
      }
      return texts.stream().map(known::get).toList();
    }

    @Override
    public int dimension() {
      return model.dimension();
    }

    static synchronized void saveAll() throws IOException {
      for (CachedEmbedder c : OPEN.values()) c.save();
    }

    private void save() throws IOException {
      if (!dirty) return;
      Files.createDirectories(file.getParent());
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
        out.writeInt(known.size());
        for (var e : known.entrySet()) {
          byte[] utf = e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
          out.writeUTF(utf.length > 60_000 ? e.getKey().substring(0, 20_000) : e.getKey());
          out.writeInt(e.getValue().length);
          for (float x : e.getValue()) out.writeFloat(x);
        }
      }
      dirty = false;
    }
  }
}
