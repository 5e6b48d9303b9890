"""export_onnx.py STATE_DICT.pt OUT.onnx : export the tagger; also writes OUT.check.json (inputs + torch logits)."""
import json, sys, torch
sys.path.insert(0, '/tmp/tagger/scripts')
from model import Tagger, load_onnx_weights
torch.set_num_threads(2)
m = Tagger()
if sys.argv[1] == 'init': load_onnx_weights(m.enc, '/tmp/tagger/model/all-minilm-l6-v2.onnx')
else: m.load_state_dict(torch.load(sys.argv[1]))
m.eval()
docs = sorted((json.loads(l) for l in open('/tmp/tagger/data.jsonl')), key=lambda d: -len(d['ids']))
ids = torch.zeros(2, 256, dtype=torch.long); mask = torch.zeros_like(ids)
a = [101] + docs[0]['ids'][:254] + [102]; b = [101] + docs[1]['ids'][:100] + [102]
ids[0, :256] = torch.tensor(a); mask[0] = 1; ids[1, :102] = torch.tensor(b); mask[1, :102] = 1
torch.onnx.export(m, (ids, mask), sys.argv[2], input_names=['input_ids', 'attention_mask'], output_names=['logits'],
                  dynamic_axes={'input_ids': {0: 'batch', 1: 'seq'}, 'attention_mask': {0: 'batch', 1: 'seq'}, 'logits': {0: 'batch', 1: 'seq'}},
                  opset_version=14, do_constant_folding=True)
with torch.no_grad(): lo = m(ids, mask)
# second check: a single short sequence (different shape, exercises dynamic axes)
ids2 = torch.tensor([[101] + docs[2]['ids'][:37] + [102]]); mask2 = torch.ones_like(ids2)
with torch.no_grad(): lo2 = m(ids2, mask2)
json.dump({'cases': [{'ids': ids.tolist(), 'mask': mask.tolist(), 'logits': lo.tolist()},
                     {'ids': ids2.tolist(), 'mask': mask2.tolist(), 'logits': lo2.tolist()}]}, open(sys.argv[2] + '.check.json', 'w'))
print('exported', sys.argv[2])
