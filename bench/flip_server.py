#!/usr/bin/env python3
"""A loopback HTTP server whose /health answers 503 until a moment, then 200.

Usage: flip_server.py PORT HEALTHY_AT_EPOCH_SECONDS
Prints "ready" once listening. Serves only 127.0.0.1.
"""
import http.server
import sys
import time

HEALTHY_AT = float(sys.argv[2])


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        healthy = time.time() >= HEALTHY_AT
        body = b'{"status":"healthy","version":"abc1234"}' if healthy else b'{"status":"starting"}'
        self.send_response(200 if healthy else 503)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
print("ready", flush=True)
server.serve_forever()
