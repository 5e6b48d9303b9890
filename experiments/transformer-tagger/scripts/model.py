"""BERT (all-MiniLM-L6-v2) encoder in plain torch + BIO tagging heads (content/source/cue, 3 labels each).
ONNX-exportable: forward(input_ids[B,T] int64, attention_mask[B,T] int64) -> logits[B,T,9]."""
import math, torch, torch.nn as nn
H, L, NH, FF, V, P = 384, 6, 12, 1536, 30522, 512

class Layer(nn.Module):
    def __init__(s):
        super().__init__()
        s.q, s.k, s.v, s.o = nn.Linear(H, H), nn.Linear(H, H), nn.Linear(H, H), nn.Linear(H, H)
        s.ln1 = nn.LayerNorm(H, eps=1e-12)
        s.fi, s.fo = nn.Linear(H, FF), nn.Linear(FF, H)
        s.ln2 = nn.LayerNorm(H, eps=1e-12)
        s.drop = nn.Dropout(0.1)
    def forward(s, x, bias):
        B, T, _ = x.shape
        sh = lambda t: t.view(B, T, NH, H // NH).transpose(1, 2)
        q, k, v = sh(s.q(x)), sh(s.k(x)), sh(s.v(x))
        a = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(H // NH) + bias
        a = s.drop(torch.softmax(a, dim=-1))
        c = torch.matmul(a, v).transpose(1, 2).reshape(B, T, H)
        x = s.ln1(x + s.drop(s.o(c)))
        f = s.fo(nn.functional.gelu(s.fi(x)))
        return s.ln2(x + s.drop(f))

class Encoder(nn.Module):
    def __init__(s):
        super().__init__()
        s.word, s.pos, s.typ = nn.Embedding(V, H), nn.Embedding(P, H), nn.Embedding(2, H)
        s.ln = nn.LayerNorm(H, eps=1e-12)
        s.drop = nn.Dropout(0.1)
        s.layers = nn.ModuleList([Layer() for _ in range(L)])
    def forward(s, ids, mask):
        T = ids.shape[1]
        pos = torch.arange(T, device=ids.device).unsqueeze(0)
        x = s.drop(s.ln(s.word(ids) + s.pos(pos) + s.typ(torch.zeros_like(ids))))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for l in s.layers: x = l(x, bias)
        return x

class Tagger(nn.Module):
    def __init__(s, n_heads=3):
        super().__init__()
        s.enc = Encoder(); s.drop = nn.Dropout(0.1); s.head = nn.Linear(H, 3 * n_heads)
    def forward(s, ids, mask):
        return s.head(s.drop(s.enc(ids, mask)))

def load_onnx_weights(enc, path):
    """Copy initializers of the all-MiniLM-L6-v2 ONNX graph into Encoder. Anonymous MatMul weights
    ([in,out]) are identified by the bias initializer of the Add that consumes the MatMul output."""
    import onnx
    from onnx import numpy_helper
    g = onnx.load(path).graph
    W = {i.name: torch.tensor(numpy_helper.to_array(i).copy()) for i in g.initializer}
    consumers = {}
    for n in g.node:
        for i in n.input: consumers.setdefault(i, []).append(n)
    lin = {}  # torch-style name prefix -> weight [in,out]
    for n in g.node:
        if n.op_type != 'MatMul': continue
        w = [i for i in n.input if i in W]
        if not w: continue
        adds = [c for c in consumers.get(n.output[0], []) if c.op_type == 'Add']
        b = [i for a in adds for i in a.input if i in W and i.endswith('.bias')]
        assert len(b) == 1, (n.name, b)
        lin[b[0][:-len('.bias')]] = w[0]
    sd = {}
    sd['word.weight'] = W['embeddings.word_embeddings.weight']
    sd['pos.weight'] = W['embeddings.position_embeddings.weight']
    sd['typ.weight'] = W['embeddings.token_type_embeddings.weight']
    sd['ln.weight'] = W['embeddings.LayerNorm.weight']; sd['ln.bias'] = W['embeddings.LayerNorm.bias']
    m = {'q': 'attention.self.query', 'k': 'attention.self.key', 'v': 'attention.self.value',
         'o': 'attention.output.dense', 'fi': 'intermediate.dense', 'fo': 'output.dense',
         'ln1': 'attention.output.LayerNorm', 'ln2': 'output.LayerNorm'}
    for l in range(L):
        for k, v in m.items():
            pre = 'encoder.layer.%d.%s' % (l, v)
            if k.startswith('ln'):
                sd['layers.%d.%s.weight' % (l, k)] = W[pre + '.weight']
            else:
                sd['layers.%d.%s.weight' % (l, k)] = W[lin[pre]].t().contiguous()
            sd['layers.%d.%s.bias' % (l, k)] = W[pre + '.bias']
    missing, unexpected = enc.load_state_dict(sd, strict=True), None
    return lin
