"""A stand-in LanguageTool server on 127.0.0.1 for tests: GET /v2/languages, POST /v2/check.

It speaks LanguageTool's HTTP API (form-encoded `text` and `language` in, JSON
out) and answers from tests/fixtures/languagetool/matches.json: each entry is
a LanguageTool match whose field names, rule ids, categories and messages are
LanguageTool's own (shaped after LanguageTool 6.x /v2/check output as its API
documentation describes it; no live server is reachable from this project's
machines to record one), keyed by the text it matches.  The stub finds that
text in the request and reports it at its real offset, so the client's offset
mapping is tested for real.
"""
from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).parent / "fixtures" / "languagetool" / "matches.json"
LANGUAGES = [{"name": "English (US)", "code": "en", "longCode": "en-US"},
             {"name": "English (GB)", "code": "en", "longCode": "en-GB"}]


class _Handler(BaseHTTPRequestHandler):
    server: Any

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.rstrip("/").endswith("/v2/languages"):
            self._send(200, LANGUAGES)
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        text = form.get("text", [""])[0]
        self.server.requests.append(form)
        if self.server.delay:
            threading.Event().wait(self.server.delay)
        matches = []
        for needle, match in self.server.fixture.items():
            start = text.find(needle)
            while start >= 0:
                m = dict(match)
                offset = start + match.get("offsetInNeedle", 0)
                m.pop("offsetInNeedle", None)
                m["offset"] = len(text[:offset].encode("utf-16-le")) // 2  # Java string indices
                m["context"] = {"text": text[max(0, start - 20): start + 40], "offset": min(start, 20),
                                "length": m["length"]}
                matches.append(m)
                start = text.find(needle, start + 1)
        self._send(200, {"software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1},
                         "language": {"name": "English (US)", "code": "en-US"}, "matches": matches})


class StubServer:
    def __init__(self, delay: float = 0.0) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
        self.httpd.requests = []  # type: ignore[attr-defined]
        self.httpd.delay = delay  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def requests(self) -> list[dict[str, list[str]]]:
        return self.httpd.requests  # type: ignore[attr-defined,no-any-return]

    def __enter__(self) -> StubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
