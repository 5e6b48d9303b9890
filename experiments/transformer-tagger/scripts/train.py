"""Fine-tune the MiniLM BIO tagger on one fold, predict per-token probabilities for all articles.
usage: train.py TRAIN_FOLD OUTDIR [epochs] [lr]   (articles sorted by id; article i in fold i%2)"""
import json, sys, time, math, random, torch, numpy as np
sys.path.insert(0, '/tmp/tagger/scripts')
from model import Tagger, load_onnx_weights
torch.set_num_threads(2); torch.manual_seed(13); random.seed(13)
tf, outdir = int(sys.argv[1]), sys.argv[2]
EPOCHS = int(sys.argv[3]) if len(sys.argv) > 3 else 6
LR = float(sys.argv[4]) if len(sys.argv) > 4 else 8e-5
W, TRAIN_STRIDE, INF_STRIDE, BS = 254, 192, 127, 8
import os; os.makedirs(outdir, exist_ok=True)
docs = sorted((json.loads(l) for l in open('/tmp/tagger/data.jsonl')), key=lambda d: d['id'])
for i, d in enumerate(docs): d['fold'] = i % 2
def windows(n, stride):
    if n <= W: return [(0, n)]
    st = list(range(0, n - W, stride)) + [n - W]
    return [(s, s + W) for s in st]
def make(d, a, b, with_labels=True):
    ids = [101] + d['ids'][a:b] + [102]
    if not with_labels: return ids, None
    lab = [[-100] + d['labels'][h][a:b] + [-100] for h in ('content', 'source', 'cue')]
    return ids, lab
def batchify(items):
    T = max(len(x[0]) for x in items)
    ids = torch.zeros(len(items), T, dtype=torch.long); mask = torch.zeros_like(ids)
    lab = torch.full((len(items), 3, T), -100, dtype=torch.long)
    for i, (x, l) in enumerate(items):
        ids[i, :len(x)] = torch.tensor(x); mask[i, :len(x)] = 1
        if l is not None: lab[i, :, :len(x)] = torch.tensor(l)
    return ids, mask, lab
train = [make(d, a, b) for d in docs if d['fold'] == tf for a, b in windows(len(d['ids']), TRAIN_STRIDE)]
print('train fold %d: %d articles, %d windows' % (tf, sum(d['fold'] == tf for d in docs), len(train)), flush=True)
model = Tagger()
load_onnx_weights(model.enc, '/tmp/tagger/model/all-minilm-l6-v2.onnx')
opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
steps = EPOCHS * math.ceil(len(train) / BS); warm = max(1, steps // 10)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
lossf = torch.nn.CrossEntropyLoss(ignore_index=-100)
log = open(outdir + '/train.log', 'a')
for ep in range(EPOCHS):
    model.train(); random.shuffle(train); t0 = time.time(); tot = 0.0
    for i in range(0, len(train), BS):
        ids, mask, lab = batchify(train[i:i + BS])
        out = model(ids, mask).view(ids.shape[0], ids.shape[1], 3, 3)
        loss = sum(lossf(out[:, :, h].reshape(-1, 3), lab[:, h].reshape(-1)) for h in range(3))
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step()
        tot += loss.item() * ids.shape[0]
    msg = 'epoch %d loss %.4f time %.1fs' % (ep + 1, tot / len(train), time.time() - t0)
    print(msg, flush=True); log.write(msg + '\n'); log.flush()
torch.save(model.state_dict(), outdir + '/tagger.pt')
# inference: overlapping windows, probabilities averaged with triangular weights (centre counts most)
model.eval(); probs = {}
def predict(d):
    n = len(d['ids']); acc = np.zeros((n, 9), dtype=np.float32); wsum = np.zeros((n, 1), dtype=np.float32)
    ws = windows(n, INF_STRIDE)
    for j in range(0, len(ws), 16):
        chunk = ws[j:j + 16]
        ids, mask, _ = batchify([make(d, a, b, False) for a, b in chunk])
        with torch.no_grad(): lo = model(ids, mask)
        p = torch.softmax(lo.view(lo.shape[0], lo.shape[1], 3, 3), -1).view(lo.shape[0], lo.shape[1], 9).numpy()
        for k, (a, b) in enumerate(chunk):
            m = b - a; w = (1.0 - np.abs(np.arange(m) - (m - 1) / 2) / (m / 2 + 1))[:, None].astype(np.float32)
            acc[a:b] += p[k, 1:m + 1] * w; wsum[a:b] += w
    return acc / wsum
for which in (1 - tf, tf):
    t0 = time.time(); sel = [d for d in docs if d['fold'] == which]
    for d in sel: probs[d['id']] = predict(d)
    dt = time.time() - t0
    msg = 'inference fold %d: %d articles in %.1fs = %.2f articles/s (%d wordpieces)' % (which, len(sel), dt, len(sel) / dt, sum(len(d['ids']) for d in sel))
    print(msg, flush=True); log.write(msg + '\n')
np.savez_compressed(outdir + '/probs.npz', **probs)
print('done', flush=True)
