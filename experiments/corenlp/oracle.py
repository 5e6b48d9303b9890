"""Gold cues given: content = dependency subtrees of the cue's complements (modes 0-2)."""
from common import *
gold=load_gold()
PUNCT=set(',.;:!?') | {'``',"''",'-LRB-','-RRB-','--'}
def subtree(t,acc):
    acc.append(t)
    for k in t.kids: subtree(k,acc)
    return acc
def content_for(sent,cue,mode):
    C=set(id(t) for t in cue)
    deps=[]
    for t in cue:
        for k in t.kids:
            if id(k) in C: continue
            r=k.r
            if r.startswith('ccomp') or r.startswith('xcomp') or r.startswith('parataxis') or r in ('obj','dobj','iobj') or r.startswith('obl') or r.startswith('nmod') or (mode>=1 and r in('nsubj:pass','csubj','csubj:pass')) or (mode>=2 and r.startswith('advcl')):
                deps.append(k)
    # 'according to' : content = governor clause minus cue subtree
    if not deps:
        for t in cue:
            if t.l.lower()=='accord' or t.w.lower()=='according':
                # find top cue node
                top=t
                while top.h>0 and sent[top.h-1] is not None and (id(sent[top.h-1]) in C): top=sent[top.h-1]
                if top.h>0:
                    gov=sent[top.h-1]
                    ex=set(id(x) for x in subtree(top,[]))
                    toks=[x for x in subtree(gov,[]) if id(x) not in ex]
                    return toks
    toks=[]
    for d in deps: subtree(d,toks)
    return toks
def trim(toks):
    toks=sorted(toks,key=lambda x:x.b)
    while toks and (toks[0].w in PUNCT or toks[0].t in (',','.',':')): toks=toks[1:]
    while toks and (toks[-1].w in PUNCT or toks[-1].t in (',','.',':')) and toks[-1].w not in ("''",): toks=toks[:-1]
    return toks
for mode in (0,1,2):
    pred={}; miss=0
    for doc,(text,items) in gold.items():
        sents=load_parse(doc,text); qs=[]
        for g in items:
            if not g['cue']: continue
            cue=[];sent=None
            for s in sents:
                for t in s:
                    if any(overlap((t.b,t.e),f)>0 for f in g['cue']): cue.append(t); sent=s
            if not cue: miss+=1; continue
            cue=[t for t in cue if t.s==cue[-1].s]; sent=sents[cue[-1].s]
            toks=trim(content_for(sent,cue,mode))
            if not toks: continue
            qs.append({'start':toks[0].b,'end':toks[-1].e})
        pred[doc]=qs
    print("mode",mode,score(gold,pred).split(" | ")[0],"cue-miss",miss)
# recall by kind of gold content, each gold cue predicted on its own (no competition between predictions)
import collections
res=collections.Counter()
for doc,(text,items) in gold.items():
    sents=load_parse(doc,text)
    for g in items:
        gc=(min(a for a,_ in g['content']),max(b for _,b in g['content']))
        gt=text[gc[0]:gc[1]]
        kind='quotation' if any(c in gt for c in '"“”') or "''" in gt else 'plain'
        res[kind,'n']+=1
        if not g['cue']: continue
        cue=[t for s in sents for t in s if any(overlap((t.b,t.e),f)>0 for f in g['cue'])]
        cue=[t for t in cue if t.s==cue[-1].s]; sent=sents[cue[-1].s]
        toks=trim(content_for(sent,cue,1))
        if not toks: continue
        p=(toks[0].b,toks[-1].e); L=max(gc[1]-gc[0],p[1]-p[0])
        if overlap(gc,p)*2>=L: res[kind,'hit']+=1
for k in ('quotation','plain'): print('recall, gold cue given, %s contents (%d): %.3f'%(k,res[k,'n'],res[k,'hit']/res[k,'n']))
