import ai.djl.huggingface.tokenizers.*;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.nio.file.*; import java.util.*; import java.io.*;
public class Tok {
  public static void main(String[] a) throws Exception {
    HuggingFaceTokenizer tok = HuggingFaceTokenizer.builder().optTokenizerPath(Paths.get(a[0]))
        .optAddSpecialTokens(false).optTruncation(false).optPadding(false).build();
    try (PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(a[2]), "UTF-8"))) {
      File[] fs = new File(a[1]).listFiles(); Arrays.sort(fs);
      for (File f : fs) {
        String id = f.getName().replaceAll("\\.txt$", "");
        String text = Files.readString(f.toPath());
        Encoding e = tok.encode(text, false, false);
        long[] ids = e.getIds(); CharSpan[] sp = e.getCharTokenSpans();
        StringBuilder sb = new StringBuilder("{\"id\":\"" + id + "\",\"ids\":[");
        for (int i = 0; i < ids.length; i++) sb.append(i > 0 ? "," : "").append(ids[i]);
        sb.append("],\"spans\":[");
        for (int i = 0; i < sp.length; i++) sb.append(i > 0 ? "," : "").append("[" + sp[i].getStart() + "," + sp[i].getEnd() + "]");
        sb.append("]}"); out.println(sb);
      }
    }
  }
}
