#!/usr/bin/env python3
"""make_items.py DIR [LANG...]: the annotators' items from the writers' files.

Reads DIR/written/LANG-*.jsonl, checks one language and unique ids, drops everything but id, lang,
context and text, shuffles with a fixed seed (phone and webcare replies mixed) and writes
DIR/items/LANG.jsonl.
"""
import json,sys,random,glob,os
d=sys.argv[1]
for lang in sys.argv[2:] or ('nl','en'):
    rows=[]
    for f in sorted(glob.glob(f'{d}/written/{lang}-*.jsonl')):
        for i,l in enumerate(open(f)):
            if not l.strip(): continue
            o=json.loads(l); assert o['lang']==lang, (f,i); rows.append({'id':o['id'],'lang':lang,'context':o.get('context',''),'text':o['text']})
    ids=[r['id'] for r in rows]; assert len(ids)==len(set(ids))
    random.Random(20261207).shuffle(rows)
    with open(f'{d}/items/{lang}.jsonl','w') as out:
        for r in rows: out.write(json.dumps(r,ensure_ascii=False)+'\n')
    print(lang,len(rows))
