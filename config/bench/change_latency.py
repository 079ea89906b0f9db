#!/usr/bin/env python3
"""How fast an admin change reaches the bot, against a running jar (a benchmark, not a test).

Usage: change_latency.py [--base http://localhost:8080] [--user admin] [--password ...] [--runs 3]

1. Edit: PUT one existing entry with a new alternate holding a made-up word, then poll
   /api/v1/search for that word until the entry is the first hit.
2. Import: POST a .json file of 1,000 new entries (each with its own made-up word), then poll for the
   word of the last entry.
Both times run from just before the request is sent. Searches fired meanwhile count failures.
The imported entries stay in the base: run it against a throw-away data dir.
"""
import argparse
import base64
import json
import random
import string
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


def call(base, auth, method, path, body=None, headers=None):
    req = urllib.request.Request(base + path, data=body, method=method)
    if auth:
        req.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, r.read()


def first_hit(base, word):
    q = urllib.parse.urlencode({"q": word, "audience": "staff", "limit": 1})
    _, body = call(base, None, "GET", "/api/v1/search?" + q)
    hits = json.loads(body)["hits"]
    return hits[0]["id"] if hits else None


def wait_for(base, word, entry_id, start, limit=10.0):
    failures = 0
    while time.perf_counter() - start < limit:
        try:
            if first_hit(base, word) == entry_id:
                return time.perf_counter() - start, failures
        except urllib.error.URLError:
            failures += 1
        time.sleep(0.01)
    return None, failures


def made_up_word():
    return "zq" + "".join(random.choice(string.ascii_lowercase) for _ in range(10))


def multipart(name, filename, data):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
            "Content-Type: application/json\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": "multipart/form-data; boundary=" + boundary}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://localhost:8080")
    ap.add_argument("--user", default="admin")
    ap.add_argument("--password", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    auth = f"{a.user}:{a.password}"
    _, body = call(a.base, auth, "GET", "/api/v1/admin/faqs")
    entries = json.loads(body)
    template = next(e for e in entries if e["id"] == "dvc.track")
    for run in range(1, a.runs + 1):
        word = made_up_word()
        edited = dict(template, alternates=template["alternates"] + [f"tra cứu {word}"])
        start = time.perf_counter()
        call(a.base, auth, "PUT", "/api/v1/admin/faqs/dvc.track", json.dumps(edited).encode(),
             {"Content-Type": "application/json"})
        took, failed = wait_for(a.base, word, "dvc.track", start)
        print(f"run {run}: edit found after {took:.3f} s ({failed} failed searches)")

        words = [made_up_word() for _ in range(1000)]
        batch = []
        for i, w in enumerate(words):
            e = dict(template)
            e["id"] = f"dvc.bench-r{run}-{i}-{w}"
            e["related"] = []
            e["question"] = f"Câu hỏi thử {w} số {i}?"
            e["alternates"] = [f"thử nghiệm {w} cách {k}" for k in range(8)]
            batch.append(e)
        data, headers = multipart("file", "bench.json", json.dumps(batch, ensure_ascii=False).encode())
        start = time.perf_counter()
        status, body = call(a.base, auth, "POST", "/api/v1/admin/faqs/import", data, headers)
        took, failed = wait_for(a.base, words[-1], batch[-1]["id"], start)
        print(f"run {run}: import of 1,000 entries (HTTP {status}) found after {took:.3f} s "
              f"({failed} failed searches)")


if __name__ == "__main__":
    main()
