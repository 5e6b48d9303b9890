import ai.onnxruntime.*; import ai.djl.huggingface.tokenizers.*;
import java.nio.file.*; import java.util.*; import java.io.*;
public class OnnxRef {
  public static void main(String[] a) throws Exception {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession s = env.createSession(a[0], new OrtSession.SessionOptions());
    System.err.println("inputs " + s.getInputInfo() + "\noutputs " + s.getOutputInfo());
    HuggingFaceTokenizer tok = HuggingFaceTokenizer.builder().optTokenizerPath(Paths.get(a[1]))
        .optAddSpecialTokens(true).optTruncation(false).optPadding(false).build();
    List<String> lines = Files.readAllLines(Paths.get(a[2]));
    try (PrintWriter out = new PrintWriter(a[3])) {
      for (String line : lines) {
        Encoding e = tok.encode(line);
        long[] ids = e.getIds(); int n = ids.length;
        long[] mask = new long[n]; Arrays.fill(mask, 1); long[] tt = new long[n];
        Map<String, OnnxTensor> in = new HashMap<>();
        for (String name : s.getInputNames()) {
          long[] v = name.contains("mask") ? mask : name.contains("type") ? tt : ids;
          in.put(name, OnnxTensor.createTensor(env, new long[][]{v}));
        }
        try (OrtSession.Result r = s.run(in)) {
          float[][] h = ((float[][][]) r.get(0).getValue())[0];
          StringBuilder sb = new StringBuilder("{\"text\":" + quote(line) + ",\"ids\":" + Arrays.toString(ids) + ",\"hidden\":[");
          for (int i = 0; i < n; i++) { sb.append(i > 0 ? "," : "").append(Arrays.toString(h[i])); }
          sb.append("]}"); out.println(sb);
        }
      }
    }
  }
  static String quote(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }
}
