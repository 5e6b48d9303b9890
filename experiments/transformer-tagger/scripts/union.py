"""union.py BASE.jsonl TAGGER.jsonl OUT.jsonl: the base system's quotes plus tagger quotes overlapping none of them."""
import json, sys
base = {json.loads(l)['id']: json.loads(l)['quotes'] for l in open(sys.argv[1]) if l.strip()}
tag = {json.loads(l)['id']: json.loads(l)['quotes'] for l in open(sys.argv[2]) if l.strip()}
ov = lambda a, b: min(a['end'], b['end']) > max(a['start'], b['start'])
with open(sys.argv[3], 'w') as f:
    for doc, tq in tag.items():
        bq = base.get(doc, [])
        f.write(json.dumps({'id': doc, 'quotes': bq + [q for q in tq if not any(ov(q, b) for b in bq)]}) + '\n')
