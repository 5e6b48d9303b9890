import json, sys, torch
sys.path.insert(0, '/tmp/tagger/scripts')
from model import Encoder, load_onnx_weights
torch.set_num_threads(2)
enc = Encoder().eval()
lin = load_onnx_weights(enc, '/tmp/tagger/model/all-minilm-l6-v2.onnx')
print('matmul map (layer 0):', {k: v for k, v in lin.items() if 'layer.0.' in k})
embs = []
maxdiff = 0
for line in open('/tmp/tagger/ref-hidden.jsonl'):
    o = json.loads(line)
    ids = torch.tensor([o['ids']]); ref = torch.tensor(o['hidden'])
    with torch.no_grad(): h = enc(ids, torch.ones_like(ids))[0]
    d = (h - ref).abs().max().item(); maxdiff = max(maxdiff, d)
    e = h.mean(0); e = e / e.norm(); er = ref.mean(0); er = er / er.norm()
    embs.append(e)
    print('%-70s tokens=%d max|h-h_onnx|=%.2e cos(pooled,onnx pooled)=%.7f' % (o['text'][:70], len(o['ids']), d, float(e @ er)))
E = torch.stack(embs); S = E @ E.t()
print('cosine matrix (torch rebuild):'); print((S * 1000).round() / 1000)
print('MAX ABS DIFF token-level:', maxdiff)
