import edu.stanford.nlp.pipeline.*;
import edu.stanford.nlp.ling.*;
import edu.stanford.nlp.semgraph.*;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.*;
import java.util.*;

public class Parse {
  public static void main(String[] a) throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", a.length > 2 ? a[2] : "tokenize,ssplit,pos,lemma,depparse");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "invertible=true");
    long t0 = System.nanoTime();
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    System.err.printf("load %.1f s%n", (System.nanoTime() - t0) / 1e9);
    Path in = Path.of(a[0]), out = Path.of(a[1]);
    List<Path> files; try (var s = Files.list(in)) { files = s.sorted().toList(); }
    long t1 = System.nanoTime(); long tokens = 0;
    for (Path f : files) {
      String text = Files.readString(f);
      CoreDocument doc = new CoreDocument(text);
      nlp.annotate(doc);
      StringBuilder sb = new StringBuilder();
      int si = 0;
      for (CoreSentence s : doc.sentences()) {
        SemanticGraph g = s.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<CoreLabel> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
          CoreLabel t = toks.get(i);
          IndexedWord w = g.getNodeByIndexSafe(i + 1);
          int head = -1; String rel = "_";
          if (w != null) {
            if (g.getRoots().contains(w)) { head = 0; rel = "root"; }
            else { var e = g.incomingEdgeIterable(w).iterator(); if (e.hasNext()) { var ed = e.next(); head = ed.getGovernor().index(); rel = ed.getRelation().toString(); } }
          }
          String ner = t.ner() == null ? "_" : t.ner();
          sb.append(si).append('\t').append(i + 1).append('\t').append(t.beginPosition()).append('\t').append(t.endPosition())
            .append('\t').append(t.word().replace('\t',' ')).append('\t').append(t.lemma()).append('\t').append(t.tag())
            .append('\t').append(head).append('\t').append(rel).append('\t').append(ner).append('\n');
          tokens++;
        }
        si++;
      }
      Files.writeString(out.resolve(f.getFileName().toString().replace(".txt", ".tsv")), sb);
    }
    double s = (System.nanoTime() - t1) / 1e9;
    System.err.printf("%d files %d tokens %.1f s = %.2f articles/s%n", files.size(), tokens, s, files.size() / s);
  }
}
