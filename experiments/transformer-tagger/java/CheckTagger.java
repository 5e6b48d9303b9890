import ai.onnxruntime.*; import java.nio.file.*; import java.util.*;
import com.google.gson.*;
public class CheckTagger {
  public static void main(String[] a) throws Exception {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions so = new OrtSession.SessionOptions(); so.setIntraOpNumThreads(2);
    OrtSession s = env.createSession(a[0], so);
    JsonObject o = JsonParser.parseString(Files.readString(Paths.get(a[1]))).getAsJsonObject();
    double worst = 0;
    for (JsonElement ce : o.getAsJsonArray("cases")) {
      JsonObject c = ce.getAsJsonObject();
      long[][] ids = new Gson().fromJson(c.get("ids"), long[][].class);
      long[][] mask = new Gson().fromJson(c.get("mask"), long[][].class);
      float[][][] ref = new Gson().fromJson(c.get("logits"), float[][][].class);
      Map<String, OnnxTensor> in = new HashMap<>();
      in.put("input_ids", OnnxTensor.createTensor(env, ids)); in.put("attention_mask", OnnxTensor.createTensor(env, mask));
      try (OrtSession.Result r = s.run(in)) {
        float[][][] lo = (float[][][]) r.get(0).getValue();
        double md = 0; int argmaxDiff = 0, n = 0;
        for (int b = 0; b < ids.length; b++) for (int t = 0; t < ids[0].length; t++) {
          if (mask[b][t] == 0) continue;
          for (int k = 0; k < lo[b][t].length; k++) md = Math.max(md, Math.abs(lo[b][t][k] - ref[b][t][k]));
          for (int h = 0; h < 3; h++) { int am = 0, ar = 0;
            for (int k = 1; k < 3; k++) { if (lo[b][t][3*h+k] > lo[b][t][3*h+am]) am = k; if (ref[b][t][3*h+k] > ref[b][t][3*h+ar]) ar = k; }
            if (am != ar) argmaxDiff++; n++; }
        }
        System.out.println("case shape " + ids.length + "x" + ids[0].length + ": max|onnx-torch| logits (unmasked) = " + md + ", argmax disagreements " + argmaxDiff + "/" + n);
        worst = Math.max(worst, md);
      }
    }
    System.out.println("WORST " + worst);
  }
}
