"""Our out-of-fold quotes (PRED.jsonl from quotes-train --predictions) with reported-content spans
replaced by CoreNLP dependency subtrees; writes hyb-<variant>.jsonl for score-quotes.py."""
import sys,os,json,collections; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from common import *
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'oracle.py')).read().split('for mode in')[0])
def content2(sent,cue):
    C=set(id(t) for t in cue)
    tops=[t for t in cue if t.h==0 or id(sent[t.h-1]) not in C]
    top=tops[0]
    core=[k for t in cue for k in t.kids if id(k) not in C and (k.r.startswith('ccomp') or k.r.startswith('xcomp') or k.r in('obj','dobj'))]
    if (not core) and top.r in ('parataxis','dep','advcl','ccomp') and top.h>0:
        gov=sent[top.h-1]; ex=set(id(x) for x in subtree(top,[]))
        return [x for x in subtree(gov,[]) if id(x) not in ex]
    return content_for(sent,cue,1)
pred={json.loads(l)['id']:json.loads(l)['quotes'] for l in open(sys.argv[1])}
print('base  ',score(gold,pred))
for variant in ('dep','dep+para','dep-ccomp-only'):
    out={}; changed=0
    for doc,(text,items) in gold.items():
        sents=load_parse(doc,text); qs=[]
        for q in pred.get(doc,[]):
            q=dict(q)
            ct=text[q['start']:q['end']]
            if not q['direct'] and q.get('cue_start') is not None and not any(c in ct for c in '"“”') and "''" not in ct:
                cue=[t for s in sents for t in s if overlap((t.b,t.e),(q['cue_start'],q['cue_end']))>0]
                if cue:
                    cue=[t for t in cue if t.s==cue[-1].s]; sent=sents[cue[-1].s]
                    if variant=='dep': toks=content_for(sent,cue,1)
                    elif variant=='dep+para': toks=content2(sent,cue)
                    else:
                        C=set(id(t) for t in cue)
                        toks=[]
                        for t in cue:
                            for k in t.kids:
                                if id(k) not in C and (k.r.startswith('ccomp') or k.r.startswith('xcomp')): subtree(k,toks)
                    toks=trim(toks)
                    if toks and (toks[0].b,toks[-1].e)!=(q['start'],q['end']):
                        q['start'],q['end']=toks[0].b,toks[-1].e; changed+=1
            qs.append(q)
        out[doc]=qs
    print(variant.ljust(6),score(gold,out),"changed",changed)
    with open("hyb-"+variant+".jsonl","w") as fo:
        for d,qs in out.items(): fo.write(json.dumps({"id":d,"quotes":qs})+"\n")
