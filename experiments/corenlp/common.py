import glob, os, json
import sys
D=os.environ.get('QUOTES_DEV','../../../shared/data/quotes-dev')
PARSES=os.environ.get('PARSES','parses')
def span(s):
    parts=[tuple(map(int,p.split())) for p in s.split(';')]
    return parts
def load_gold():
    gold={}
    for ann in sorted(glob.glob(D+'/attributions/*.ann')):
        stem=os.path.basename(ann)[:-4]
        doc=stem if os.path.exists(D+'/text/'+stem+'.txt') else stem.rsplit('_',1)[0]
        if doc in gold: continue
        text=open(D+'/text/'+doc+'.txt',encoding='utf-8').read()
        tb={}; items=[]
        for line in open(ann,encoding='utf-8'):
            f=line.rstrip('\n').split('\t')
            if line.startswith('T') and len(f)>=2:
                k,_,r=f[1].partition(' '); tb[f[0]]=(k,span(r))
            elif line.startswith('E') and len(f)>=2:
                roles=dict(x.split(':',1) for x in f[1].split() if ':' in x)
                c=tb.get(roles.get('Content',''))
                if not c: continue
                s=tb.get(roles.get('Source','')); cu=tb.get(roles.get('Cue',''))
                items.append({'content':c[1],'source':s[1] if s else None,'cue':cu[1] if cu else None})
        gold[doc]=(text,items)
    return gold
class Tok:
    __slots__=('s','i','b','e','w','l','t','h','r','n','kids','idx')
def load_parse(doc,text):
    # map utf16 offsets to code points
    m=[];
    for ci,ch in enumerate(text):
        m.append(ci)
        if ord(ch)>0xFFFF: m.append(ci)
    m.append(len(text))
    sents=[]
    for line in open(PARSES+'/'+doc+'.tsv',encoding='utf-8'):
        f=line.rstrip('\n').split('\t')
        t=Tok(); t.s=int(f[0]); t.i=int(f[1]); t.b=m[int(f[2])]; t.e=m[int(f[3])]; t.w=f[4]; t.l=f[5]; t.t=f[6]; t.h=int(f[7]); t.r=f[8]; t.n=f[9]; t.kids=[]
        if t.s>=len(sents): sents.append([])
        sents[t.s].append(t)
    for s in sents:
        for t in s:
            if t.h>0: s[t.h-1].kids.append(t)
    return sents
def overlap(a,b): return max(0,min(a[1],b[1])-max(a[0],b[0]))
def score(gold,pred):
    ng=npd=hit=hs=0
    for doc,(text,items) in gold.items():
        qs=pred.get(doc,[]); ng+=len(items); npd+=len(qs)
        pairs=[]
        for gi,g in enumerate(items):
            gc=(min(a for a,_ in g['content']),max(b for _,b in g['content']))
            for qi,q in enumerate(qs):
                ov=overlap(gc,(q['start'],q['end'])); L=max(gc[1]-gc[0],q['end']-q['start'],1)
                if ov*2>=L: pairs.append((ov/L,gi,qi))
        ug=set();uq=set()
        for _,gi,qi in sorted(pairs,reverse=True):
            if gi in ug or qi in uq: continue
            ug.add(gi);uq.add(qi);hit+=1
            g=items[gi];q=qs[qi]
            if g['source'] is None: hs+= q.get('speaker_start') is None; continue
            if q.get('speaker_start') is not None:
                gs=(min(a for a,_ in g['source']),max(b for _,b in g['source']))
                hs+= overlap(gs,(q['speaker_start'],q['speaker_end']))>0
    def prf(h):
        p=h/npd if npd else 0; r=h/ng if ng else 0; return p,r,(2*p*r/(p+r) if p+r else 0)
    c=prf(hit); s=prf(hs)
    return 'content P=%.3f R=%.3f F1=%.3f | +speaker P=%.3f R=%.3f F1=%.3f | gold=%d pred=%d'%(c+s+(ng,npd))
