#!/usr/bin/env python3
"""One GPU session's sweep over event-encoder settings (scripts/train/event_encoder.py).

For each setting: fine-tune, export and quantise, embed the development texts with the quantised
model through ONNX Runtime (as Java will), and score average-link clusters of cosine similarity on
each development set. Writes the scores, the development embeddings of every setting (fp16) and the
two best quantised models (cut into 15 MB parts) under OUT. Development texts are chosen there, not
trained on.

usage: device_sweep.py DATA_DIR OUT
  DATA_DIR holds minilm-fp16.pt (or all-minilm-l6-v2.onnx), tokenizer.json, brief-train.jsonl and
  devtexts.jsonl ({"set","id","text"} per line; sets stream, mixed, brief, ecbplus with gold files
  <set>-gold.tsv beside it when scores are wanted)
"""
import json, os, sys, time
import numpy as np
import event_encoder as E

data, out = sys.argv[1], sys.argv[2]
init = os.path.join(data, "minilm-fp16.pt")
settings = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {
    "e3": ["--epochs", "3"],
    "e3h": ["--epochs", "3", "--hard-negatives"],
    "e6h": ["--epochs", "6", "--hard-negatives"],
    "e1h": ["--epochs", "1", "--hard-negatives"],
}
keep = int(sys.argv[4]) if len(sys.argv) > 4 else 2
dev = [json.loads(l) for l in open(os.path.join(data, "devtexts.jsonl"), encoding="utf-8")]
gold = {}
for s in ["stream", "mixed", "brief", "ecbplus"]:
    g = os.path.join(data, f"{s}-gold.tsv")
    if os.path.exists(g):
        rows = [l.rstrip("\n").split("\t") for l in open(g, encoding="utf-8")][1:]
        gold[s] = {r[0]: r[2] for r in rows}
import onnxruntime as ort
tok = E.WordPiece(os.path.join(data, "tokenizer.json"))


def ort_embed(path, texts):
    sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    vecs = []
    for i in range(0, len(texts), 128):
        enc = [tok.encode(t) for t in texts[i:i + 128]]
        n = max(len(e) for e in enc)
        ids = np.zeros((len(enc), n), np.int64)
        mask = np.zeros((len(enc), n), np.int64)
        for j, e in enumerate(enc):
            ids[j, :len(e)] = e
            mask[j, :len(e)] = 1
        h = sess.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        v = (h * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        vecs.append(v / np.linalg.norm(v, axis=1, keepdims=True))
    return np.concatenate(vecs).astype(np.float32)


scores, embs = {}, {}
thr = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
import torch
for name, extra in ([] if len(sys.argv) > 3 else [("base", None)]) + list(settings.items()):
    t0 = time.time()
    if extra is None:
        path = E.export(E.load_weights(E.MiniLM(), init), os.path.join(out, "work-base.onnx"), True)
    else:
        a = E.parse(["--onnx", init, "--tokenizer", os.path.join(data, "tokenizer.json"),
                     "--train", os.path.join(data, "brief-train.jsonl"), "--out", out] + extra)
        model, _ = E.train(a)
        path = E.export(model, os.path.join(out, f"work-{name}.onnx"), True)
    v = ort_embed(path, [d["text"] for d in dev])
    embs[name] = v.astype(np.float16)
    res = {}
    for s, g in gold.items():
        idx = [i for i, d in enumerate(dev) if d["set"] == s]
        labels = [g[dev[i]["id"]] for i in idx]
        import torch as T
        r = E.b3_avglink(T.tensor(v[idx]), labels, thr)
        res[s] = max(r.items(), key=lambda kv: kv[1])
    scores[name] = res
    print(name, f"{time.time() - t0:.0f}s", {s: (t, round(f, 3)) for s, (t, f) in res.items()}, flush=True)
np.savez(os.path.join(out, "dev-embeddings.npz") if keep < 2 else os.path.join(out, "work-emb.npz"), ids=np.array([d["set"] + "/" + d["id"] for d in dev]), **embs)
json.dump(scores, open(os.path.join(out, "scores.json"), "w"), indent=1)
ranked = sorted(settings, key=lambda n: -np.mean([f for _, f in scores[n].values()]))
print("ranked", ranked, flush=True)
for n in ranked[:keep]:
    os.system(f"split -b 15M -d {out}/work-{n}-q.onnx {out}/model-{n}-q.onnx.part")
for f in os.listdir(out):
    if f.startswith("work-"):
        os.remove(os.path.join(out, f))
