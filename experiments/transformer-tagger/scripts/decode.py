"""Decode per-token probabilities into quotes (PRED.jsonl).
usage: decode.py PROBS.npz FOLD OUT.jsonl [gap] [minlen] [maxdist] [bthr|argmax] [cue|near]
 content spans from B/I runs (argmax per token); runs separated by <= gap O-tokens are merged when
 the gap has no sentence-ending token; spans shorter than minlen wordpieces dropped.
 speaker: cue nearest to the content (outside it) -> source nearest to that cue (outside the content);
 without a cue, the source nearest the content; none when farther than maxdist characters."""
import json, sys, os, numpy as np
INSIDE_OK = os.environ.get('INSIDE_OK') == '1'
def runs(lab):
    out, cur = [], None
    for i, l in enumerate(lab):
        if l == 1 or (l == 2 and cur is None):
            if cur: out.append(cur)
            cur = [i, i]
        elif l == 2: cur[1] = i
        else:
            if cur: out.append(cur); cur = None
    if cur: out.append(cur)
    return out
def dist(a, b):  # char gap between spans (0 if overlapping)
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))
def lab_thr(p, bthr):
    # inside when P(B)+P(I) > P(O); a new span starts where P(B) > bthr
    inside = p[:, 0] < 0.5
    return np.where(inside, np.where(p[:, 1] > bthr, 1, 2), 0)
def decode_doc(d, P, text, gap=0, minlen=2, maxdist=300, bthr=None, spkmode='cue'):
    sp = d['spans']
    if bthr is None: lab = {h: P[:, 3 * k:3 * k + 3].argmax(1) for k, h in enumerate(('content', 'source', 'cue'))}
    else: lab = {h: lab_thr(P[:, 3 * k:3 * k + 3], bthr) for k, h in enumerate(('content', 'source', 'cue'))}
    cr = runs(lab['content'])
    if gap > 0 and cr:
        merged = [cr[0]]
        for r in cr[1:]:
            g0, g1 = merged[-1][1] + 1, r[0]
            gtxt = text[sp[g0 - 1][1]:sp[g1][0]] if g1 > g0 else ''
            if g1 - g0 <= gap and lab['content'][r[0]] != 1 and not any(c in gtxt for c in '.?!'):
                merged[-1][1] = r[1]
            else: merged.append(r)
        cr = merged
    def tochar(r):  # expand to whole words (a wordpiece run may start/end inside a word)
        a, b = sp[r[0]][0], sp[r[1]][1]
        while a > 0 and text[a - 1].isalnum() and text[a].isalnum(): a -= 1
        while b < len(text) and text[b].isalnum() and text[b - 1].isalnum(): b += 1
        return (a, b)
    cs = [tochar(r) for r in cr if r[1] - r[0] + 1 >= minlen]
    srcs = [tochar(r) for r in runs(lab['source'])]
    cues = [tochar(r) for r in runs(lab['cue'])]
    quotes = []
    for c in cs:
        inside = (lambda s: s[0] >= c[0] and s[1] <= c[1]) if not INSIDE_OK else (lambda s: False)
        cand_c = [q for q in cues if not inside(q)]
        cand_s = [s for s in srcs if not inside(s)]
        spk = None
        if cand_c and spkmode == 'cue':
            cue = min(cand_c, key=lambda q: dist(q, c))
            if dist(cue, c) <= maxdist and cand_s:
                s = min(cand_s, key=lambda s: (dist(s, cue), dist(s, c)))
                if dist(s, cue) <= maxdist: spk = s
        if spk is None and cand_s:
            s = min(cand_s, key=lambda s: dist(s, c))
            if dist(s, c) <= maxdist: spk = s
        q = {'start': c[0], 'end': c[1], 'text': text[c[0]:c[1]]}
        if spk: q.update(speaker=text[spk[0]:spk[1]], speaker_start=spk[0], speaker_end=spk[1])
        else: q.update(speaker=None)
        quotes.append(q)
    return quotes
def main():
    probs = np.load(sys.argv[1]); fold = int(sys.argv[2]); out = sys.argv[3]
    gap = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    minlen = int(sys.argv[5]) if len(sys.argv) > 5 else 2
    maxdist = int(sys.argv[6]) if len(sys.argv) > 6 else 300
    bthr = float(sys.argv[7]) if len(sys.argv) > 7 and sys.argv[7] != 'argmax' else None
    spkmode = sys.argv[8] if len(sys.argv) > 8 else 'cue'
    docs = sorted((json.loads(l) for l in open('/tmp/tagger/data.jsonl')), key=lambda d: d['id'])
    with open(out, 'w', encoding='utf-8') as f:
        for i, d in enumerate(docs):
            if i % 2 != fold: continue
            text = open('/work/shared/data/quotes-dev/text/%s.txt' % d['id'], encoding='utf-8').read()
            f.write(json.dumps({'id': d['id'], 'quotes': decode_doc(d, probs[d['id']], text, gap, minlen, maxdist, bthr, spkmode)}) + '\n')
if __name__ == '__main__': main()
