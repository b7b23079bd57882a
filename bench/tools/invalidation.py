#!/usr/bin/env python3
"""Exact invalidation, measured: after a correction's 201 on the writing node, how long until an anonymous (cacheable)
read on the reading node shows the new revision.

    invalidation.py <writer url> <reader url> <basic auth, base64> <articles file> <samples> [pause s]

The articles file has "<article id> <sign-off block id> <slug>" a line; each sample uses the next article (so no
article is corrected twice in a row). Per sample: read the article anonymously on the reader twice (so it is cached
there) and on the writer, correct "filed from" -> "sent from" (or back) on the writer with If-Match, note when its 201
arrived, then read anonymously on the reader on one keep-alive connection, back to back, until the answer's ETag is the
new revision and its body carries the new words (5 s at most). Prints one line per sample and a summary line:
"INVALIDATION samples=.. fresh_first=.. p50_ms=.. p90_ms=.. max_ms=.. start_p50_ms=.. start_max_ms=.. stale_reads=..
timeouts=.. errors=.." where fresh_first counts samples whose very first read after the 201 was already current. The
delay (p50_ms ...) runs to the end of the first current read, so it includes that read's own latency; start_* run to
its start (0 when the first read was current): the node turned current somewhere in between.
"""
import http.client
import json
import sys
import time
from urllib.parse import urlparse

writer_url, reader_url, auth, articles_file, samples = sys.argv[1:6]
pause = float(sys.argv[6]) if len(sys.argv) > 6 else 0.2
samples = int(samples)


def connect(url):
    u = urlparse(url)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=10)


writer, reader = connect(writer_url), connect(reader_url)
if writer_url == reader_url:
    reader = writer


def get(conn, path, headers=None):
    conn.request("GET", path, headers=headers or {})
    r = conn.getresponse()
    body = r.read()
    return r.status, r.getheader("ETag"), body


articles = [line.split() for line in open(articles_file) if line.strip()]
delays, starts, fresh_first, stale_reads, timeouts, errors = [], [], 0, 0, 0, 0
for n in range(samples):
    article, block, slug = articles[n % len(articles)]
    path = "/api/articles/" + slug
    get(reader, path)
    status, etag, body = get(reader, path)
    status_w, etag_w, body_w = get(writer, path)
    if status != 200 or status_w != 200:
        errors += 1
        print("sample %d: read %s/%s" % (n, status, status_w))
        continue
    text = body_w.decode()
    find, replace = ("filed from", "sent from") if "filed from" in text else ("sent from", "filed from")
    payload = json.dumps({"blockId": block, "find": find, "replace": replace, "kind": "typo"})
    writer.request("POST", "/api/articles/%s/corrections" % article, body=payload, headers={
        "Authorization": "Basic " + auth, "Content-Type": "application/json", "Accept": "application/json",
        "If-Match": etag_w})
    r = writer.getresponse()
    r.read()
    t201 = time.perf_counter()
    new_etag = r.getheader("ETag")
    if r.status != 201:
        errors += 1
        print("sample %d: correction answered %d" % (n, r.status))
        continue
    reads = 0
    while True:
        started = time.perf_counter()
        status, etag, body = get(reader, path)
        reads += 1
        if status == 200 and etag == new_etag and replace.encode() in body:
            delay = (time.perf_counter() - t201) * 1000
            before = (started - t201) * 1000
            break
        stale_reads += 1
        if time.perf_counter() - t201 > 5:
            delay = None
            break
    if delay is None:
        timeouts += 1
        print("sample %d: %s still %s after 5 s" % (n, slug, etag))
    else:
        delays.append(delay)
        starts.append(before)
        if reads == 1:
            fresh_first += 1
        print("sample %d: %s -> %s, current after %.2f ms (%d reads; the current read started at %.2f ms)"
              % (n, etag_w, new_etag, delay, reads, before))
    time.sleep(pause)

delays.sort()
starts.sort()


def pct(values, p):
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


print("INVALIDATION samples=%d fresh_first=%d p50_ms=%.2f p90_ms=%.2f max_ms=%.2f start_p50_ms=%.2f start_max_ms=%.2f"
      " stale_reads=%d timeouts=%d errors=%d"
      % (len(delays), fresh_first, pct(delays, 0.5), pct(delays, 0.9), pct(delays, 1), pct(starts, 0.5),
         pct(starts, 1), stale_reads, timeouts, errors))
