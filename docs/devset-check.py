#!/usr/bin/env python3
"""check.py <dir>: checks every <name>.json against <name>.txt in <dir> (format, verbatim substrings, dates)."""
import json, sys, glob, os, datetime, re
ok = True
def bad(f, msg):
    global ok
    ok = False
    print(f"{f}: {msg}")
d = sys.argv[1]
for jf in sorted(glob.glob(os.path.join(d, '*.json'))):
    name = os.path.basename(jf)
    try:
        a = json.load(open(jf, encoding='utf-8'))
    except Exception as e:
        bad(name, f"not JSON: {e}"); continue
    keys = ['source_url','publisher','headline','bylines','dateline','published_on','paragraphs','boilerplate','quotes','events','text_file']
    for k in keys:
        if k not in a: bad(name, f"missing key {k}")
    tf = os.path.join(d, a.get('text_file') or '')
    if not os.path.isfile(tf): bad(name, f"text_file {a.get('text_file')} not found"); continue
    text = open(tf, encoding='utf-8').read()
    if not str(a.get('source_url','')).startswith('http'): bad(name, 'source_url must start with http')
    try: datetime.date.fromisoformat(a['published_on'])
    except Exception: bad(name, 'published_on must be YYYY-MM-DD')
    for k in ['paragraphs','boilerplate']:
        for p in a.get(k, []):
            if p not in text: bad(name, f"{k} not verbatim in the text: {p[:80]!r}")
    if a.get('headline') and a['headline'] not in text: bad(name, f"headline not verbatim: {a['headline'][:80]!r}")
    for q in a.get('quotes', []):
        if set(q) != {'speaker','text'}: bad(name, f"quote keys must be speaker, text: {q}")
        if q.get('text','') not in text: bad(name, f"quote text not verbatim: {q.get('text','')[:80]!r}")
        if not q.get('speaker'): bad(name, f"quote without speaker (use 'unknown'): {q.get('text','')[:60]!r}")
    for e in a.get('events', []):
        for k in ['what','phrase','start','end','precision','approximate']:
            if k not in e: bad(name, f"event missing {k}: {e}")
        if e.get('phrase','') not in text: bad(name, f"event phrase not verbatim: {e.get('phrase')!r}")
        try:
            s = datetime.date.fromisoformat(e['start']); t = datetime.date.fromisoformat(e['end'])
            if t < s: bad(name, f"event end before start: {e}")
        except Exception: bad(name, f"event dates must be YYYY-MM-DD: {e}")
        if e.get('precision') not in ('day','month','year','span'): bad(name, f"precision must be day|month|year|span: {e}")
        if not isinstance(e.get('approximate'), bool): bad(name, f"approximate must be true/false: {e}")
print("OK" if ok else "PROBLEMS FOUND")
