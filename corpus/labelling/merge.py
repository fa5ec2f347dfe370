#!/usr/bin/env python3
"""Agreement, disagreements and joined lines for a labelled batch.

  merge.py DIR kappa                 Cohen's kappa per criterion and language, disputes, kind agreement
  merge.py DIR disagree              the items the two annotators labelled differently, one JSON line each
  merge.py DIR final SETTLED OUT     write the batch's corpus lines; SETTLED holds one line per dispute:
                                     {"id", "pos": [...], "blame_kind", "why"}

DIR holds items/LANG.jsonl and labels/LANG-{A,B}.jsonl (a working folder), or items-LANG.jsonl and
labels-LANG-{A,B}.jsonl (a sealed batch in corpus/sealed/). It only formats and checks: no label is
decided here.
"""
import json, os, sys
CR = ['empathy','apology','blame','callback','question','summary','overpromise','agreement']
d = sys.argv[1]; cmd = sys.argv[2]
def path(kind, name):
    flat = f'{d}/{kind}-{name}.jsonl'
    return flat if os.path.exists(flat) else f'{d}/{kind}/{name}.jsonl'
def rows(lang):
    items = [json.loads(l) for l in open(path('items', lang))]
    A = [json.loads(l) for l in open(path('labels', lang + '-A'))]
    B = [json.loads(l) for l in open(path('labels', lang + '-B'))]
    assert len(items) == len(A) == len(B), (lang, len(items), len(A), len(B))
    for it, a, b in zip(items, A, B):
        assert it['id'] == a['id'] == b['id'], (it['id'], a['id'], b['id'])
        for x in (a, b):
            assert set(x['pos']) <= set(CR), x
            if 'blame' in x['pos']: assert x.get('blame_kind') in ('contract','supplier','website','management','denial','customer'), x
        yield it, a, b
def kappa(pairs):
    n = len(pairs); po = sum(x == y for x, y in pairs) / n
    pa = sum(x for x, _ in pairs) / n; pb = sum(y for _, y in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)
def differs(a, b):
    if set(a['pos']) != set(b['pos']): return True
    return 'blame' in a['pos'] and a.get('blame_kind') != b.get('blame_kind')
if cmd == 'kappa':
    for lang in ('nl', 'en'):
        rs = list(rows(lang)); out = []
        for c in CR:
            pairs = [(c in a['pos'], c in b['pos']) for _, a, b in rs]
            pos = sum(x or y for x, y in pairs)
            out.append(f'{c} {kappa(pairs):.3f} ({sum(x for x,_ in pairs)}/{sum(y for _,y in pairs)})')
        both = [(a['blame_kind'], b['blame_kind']) for _, a, b in rs if 'blame' in a['pos'] and 'blame' in b['pos']]
        print(lang, len(rs), 'disputes', sum(differs(a, b) for _, a, b in rs), '; '.join(out), f'; kind {sum(x==y for x,y in both)}/{len(both)}')
elif cmd == 'disagree':
    for lang in ('nl', 'en'):
        for it, a, b in rows(lang):
            if differs(a, b):
                print(json.dumps({'id': it['id'], 'context': it['context'], 'text': it['text'], 'A': [a['pos'], a.get('blame_kind', ''), a.get('unsure', '')], 'B': [b['pos'], b.get('blame_kind', ''), b.get('unsure', '')]}, ensure_ascii=False))
elif cmd == 'final':
    settled = {}
    for l in open(sys.argv[3]):
        if l.strip(): o = json.loads(l); settled[o['id']] = o
    with open(sys.argv[4], 'w') as out:
        n = 0
        for lang in ('nl', 'en'):
            for it, a, b in rows(lang):
                if differs(a, b):
                    s = settled[it['id']]; pos, kind, why = s['pos'], s.get('blame_kind', ''), s['why']
                else:
                    pos, kind, why = a['pos'], a.get('blame_kind', '') if 'blame' in a['pos'] else '', None
                labels = {c: c in pos for c in CR}; labels['blame_kind'] = kind if 'blame' in pos else ''
                o = {'id': it['id'], 'lang': lang, 'src': 'written', 'context': it['context'], 'text': it['text'], 'labels': labels,
                     'a': {'pos': a['pos'], 'blame_kind': a.get('blame_kind', '') if 'blame' in a['pos'] else ''}, 'b': {'pos': b['pos'], 'blame_kind': b.get('blame_kind', '') if 'blame' in b['pos'] else ''}}
                if why: o['settled'] = why
                out.write(json.dumps(o, ensure_ascii=False) + '\n'); n += 1
        print(n, 'written; settled', len(settled))
