#!/usr/bin/env python3
"""client-proxy.py LISTEN_PORT UPSTREAM_URL LOG — a logging pass-through for checking the load clients, not for timing.

Each request is forwarded to the API as sent and answered with the API's bytes; LOG gets one tab-separated line per
request: method, path, the request's headers (sorted), the status, and a hash of the body with `tookMs` removed (the
only part of an uncached answer that changes between runs). Point `load` and wrk at it in turn, then compare:
    cut -f1-3 LOG | sort | uniq -c     # what each client sends
    cut -f2,4,5 LOG | sort -u          # one answer per path whichever client asked
"""
import hashlib, http.client, re, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

listen, upstream, log_path = int(sys.argv[1]), urlsplit(sys.argv[2]), sys.argv[3]
lock = threading.Lock()
log = open(log_path, "a", encoding="utf-8")
local = threading.local()
took = re.compile(rb'"tookMs":[0-9.]+')


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection(upstream.hostname, upstream.port)
        headers = {k: v for k, v in self.headers.items()}
        conn.request("GET", self.path, headers=headers)
        r = conn.getresponse()
        body = r.read()
        self.send_response_only(r.status)
        for k, v in r.getheaders():
            if k.lower() not in ("transfer-encoding", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        sent = ";".join(f"{k.lower()}={v}" for k, v in sorted(headers.items(), key=lambda kv: kv[0].lower()))
        digest = hashlib.sha256(took.sub(b"", body)).hexdigest()[:16]
        with lock:
            log.write(f"GET\t{self.path}\t{sent}\t{r.status}\t{digest}\n")
            log.flush()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", listen), Handler).serve_forever()
