import edu.stanford.nlp.pipeline.*;
import java.nio.file.*;
import java.util.*;

public class Quotes {
  static String js(String s) { return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\""; }
  public static void main(String[] a) throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("coref.algorithm", "statistical");
    long t0 = System.nanoTime();
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    System.err.printf("load %.1f s%n", (System.nanoTime() - t0) / 1e9);
    List<Path> files; try (var s = Files.list(Path.of(a[0]))) { files = s.sorted().toList(); }
    StringBuilder out = new StringBuilder();
    long t1 = System.nanoTime();
    for (Path f : files) {
      String text = Files.readString(f);
      CoreDocument doc = new CoreDocument(text);
      nlp.annotate(doc);
      String id = f.getFileName().toString().replaceAll("\\.txt$", "");
      out.append("{\"id\":").append(js(id)).append(",\"quotes\":[");
      boolean first = true;
      for (CoreQuote q : doc.quotes()) {
        var off = q.quoteCharOffsets();
        if (!first) out.append(','); first = false;
        // UTF-16 offsets -> code points
        int s = text.codePointCount(0, off.first), e = text.codePointCount(0, off.second);
        out.append("{\"start\":").append(s).append(",\"end\":").append(e);
        Optional<String> sp = q.hasSpeaker ? q.speaker() : Optional.empty();
        Optional<String> canon = q.hasCanonicalSpeaker ? q.canonicalSpeaker() : Optional.empty();
        var so = q.speakerCharOffsets();
        out.append(",\"speaker\":").append(js(canon.orElse(sp.orElse(null))));
        if (so.isPresent()) out.append(",\"speaker_start\":").append(text.codePointCount(0, so.get().first)).append(",\"speaker_end\":").append(text.codePointCount(0, so.get().second));
        else out.append(",\"speaker_start\":null,\"speaker_end\":null");
        out.append(",\"direct\":true}");
      }
      out.append("]}\n");
    }
    double sec = (System.nanoTime() - t1) / 1e9;
    Files.writeString(Path.of(a[1]), out);
    System.err.printf("%d files %.1f s = %.2f articles/s%n", files.size(), sec, files.size() / sec);
  }
}
