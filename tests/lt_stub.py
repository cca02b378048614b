"""A stand-in LanguageTool server on 127.0.0.1 for tests: GET /v2/languages, POST /v2/check.

It speaks LanguageTool's HTTP API (form-encoded `text` and `language` in, JSON
out).  Normal answers are real: tests/fixtures/languagetool/recorded.json holds
what a LanguageTool 6.8 server answered for each text the tests send (recorded
by tests/fixtures/languagetool/record.py), and the stub replays the answer for
the exact text it receives.  The failure modes a real server shows only on a
bad day are made here: a delay, garbage instead of JSON, an oversized
/v2/languages answer, a server that accepts the request and never answers,
and given raw matches (negative or out-of-range offsets, missing fields).
"""
from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

RECORDED = Path(__file__).parent / "fixtures" / "languagetool" / "recorded.json"
LANGUAGES = [{"name": "English (US)", "code": "en", "longCode": "en-US"},
             {"name": "English (GB)", "code": "en", "longCode": "en-GB"}]
SOFTWARE = {"name": "LanguageTool", "version": "6.8", "apiVersion": 1}


def recorded() -> dict[str, Any]:
    """Real server answers by request text."""
    return json.loads(RECORDED.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


class _Handler(BaseHTTPRequestHandler):
    server: Any

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    def _send_bytes(self, status: int, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.rstrip("/").endswith("/v2/languages"):
            padding = [{"name": "x" * self.server.size, "code": "xx", "longCode": "xx"}]
            self._send_bytes(200, json.dumps(LANGUAGES + (padding if self.server.mode == "huge-languages" else []))
                             .encode())
        else:
            self._send_bytes(404, b'{"error": "not found"}')

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        text = form.get("text", [""])[0]
        srv = self.server
        srv.requests.append(form)
        if srv.delay:
            threading.Event().wait(srv.delay)
        if srv.mode == "hang":  # accepted, read, never answered (until the test ends)
            srv.release.wait(30)
            return
        if srv.mode == "garbage":
            self._send_bytes(200, b"<html>502 Bad Gateway</html>")
            return
        if srv.matches is not None:
            answer = {"software": SOFTWARE, "matches": srv.matches}
        else:
            answer = srv.recorded.get(text, {"software": SOFTWARE, "matches": []})
        self._send_bytes(200, json.dumps(answer).encode("utf-8"))


class StubServer:
    """Run with `with StubServer(...) as server:`; server.url, server.requests."""

    def __init__(self, delay: float = 0.0, mode: str = "normal", matches: list[Any] | None = None,
                 size: int = 0) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        srv: Any = self.httpd
        srv.recorded = recorded()
        srv.requests = []
        srv.delay = delay
        srv.mode = mode
        srv.matches = matches
        srv.size = size
        srv.release = threading.Event()
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
        self.httpd.release.set()  # type: ignore[attr-defined]
        self.httpd.shutdown()
        self.httpd.server_close()
