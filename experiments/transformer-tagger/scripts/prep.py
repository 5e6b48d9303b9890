"""Build per-article data: text, wordpiece ids, code-point offsets, gold attributions, per-token BIO labels.
Gold loading mirrors score-quotes.py (first .ann per article in sorted order)."""
import json, sys
from pathlib import Path
D = Path('/work/shared/data/quotes-dev')
def span(s):
    parts = [tuple(map(int, p.split())) for p in s.split(';')]
    return min(a for a, _ in parts), max(b for _, b in parts)
def load_gold():
    gold = {}
    for ann in sorted((D / 'attributions').glob('*.ann')):
        doc = ann.stem if (D / 'text' / (ann.stem + '.txt')).exists() else ann.stem.rsplit('_', 1)[0]
        if doc in gold: continue
        tb, items = {}, []
        for line in ann.read_text(encoding='utf-8').splitlines():
            f = line.split('\t')
            if line.startswith('T') and len(f) >= 2:
                kind, _, rest = f[1].partition(' ')
                tb[f[0]] = (kind, span(rest))
            elif line.startswith('E') and len(f) >= 2:
                roles = dict(a.split(':', 1) for a in f[1].split() if ':' in a)
                c = tb.get(roles.get('Content', ''))
                if not c: continue
                s = tb.get(roles.get('Source', '')); q = tb.get(roles.get('Cue', ''))
                items.append({'content': c[1], 'source': s[1] if s else None, 'cue': q[1] if q else None})
        gold[doc] = (ann.name, items)
    return gold
def u16_to_cp(text):
    m = []
    for i, ch in enumerate(text):
        m.append(i)
        if ord(ch) > 0xFFFF: m.append(i)
    m.append(len(text)); return m
def bio(spans_tok, n, spans):
    lab = [0] * n  # 0=O 1=B 2=I
    for (a, b) in sorted(spans, key=lambda x: (x[0], -x[1])):
        idx = [i for i, (s, e) in enumerate(spans_tok) if s < b and e > a]
        if not idx: continue
        for k, i in enumerate(idx):
            if k == 0: lab[i] = 1
            elif lab[i] != 1: lab[i] = 2
    return lab
def main():
    gold = load_gold()
    out = open('/tmp/tagger/data.jsonl', 'w', encoding='utf-8')
    n_astral = 0
    for line in open('/tmp/tagger/tokens.jsonl', encoding='utf-8'):
        o = json.loads(line); doc = o['id']
        text = (D / 'text' / (doc + '.txt')).read_text(encoding='utf-8')
        m = u16_to_cp(text)
        if len(m) != len(text) + 1: n_astral += 1
        spans = [[m[s], m[e]] for s, e in o['spans']]
        items = gold.get(doc, ('', []))[1]
        n = len(spans)
        lab = {'content': bio(spans, n, [it['content'] for it in items]),
               'source': bio(spans, n, [it['source'] for it in items if it['source']]),
               'cue': bio(spans, n, [it['cue'] for it in items if it['cue']])}
        out.write(json.dumps({'id': doc, 'ann': gold.get(doc, ('',))[0], 'ids': o['ids'], 'spans': spans, 'labels': lab, 'gold': items}) + '\n')
    print('articles with astral chars:', n_astral)
main()
