"""Grammar through LanguageTool against the stand-in server: replayed real answers, skips, failure modes."""
from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest

from artlint import check_text
from language_tool_python import Match

from artlint.clients.languagetool import GrammarClient, connect, convert, probe
from lt_stub import StubServer

ARTICLES = {a["name"]: a["text"] for a in json.loads(
    (Path(__file__).parent / "fixtures" / "languagetool" / "articles.json").read_text(encoding="utf-8"))}
ARTICLE = ARTICLES["escape"]


def _grammar(text: str, url: str | None, **config: object) -> tuple[list[tuple[str, str, str, str | None]], list[dict]]:  # type: ignore[type-arg]
    cfg = {"select": ["grammar"], **config}
    if url is not None:
        cfg["languagetool"] = url
    result = check_text(text, config=cfg).files[0]
    return [(f.rule_id, str(f.severity), f.text, f.suggestion) for f in result.findings], result.skipped


def test_replayed_answer_becomes_findings_with_exact_offsets_and_replacements() -> None:
    with StubServer() as server:
        result = check_text(ARTICLE, config={"select": ["grammar"], "languagetool": server.url}).files[0]
    assert result.skipped == []
    # "Je" is a spelling match in the real answer: dropped, the article introduces Lee Je Hoon.
    # The second "teh" follows an emoji (two UTF-16 units, one Python character): still exact.
    assert [(f.rule_id, f.location.line, f.location.column, f.text, f.suggestion) for f in result.findings] == [
        ("grammar/EN_A_VS_AN", 3, 43, "a", "an"),
        ("grammar/MORFOLOGIK_RULE_EN_US", 3, 58, "teh", "the, ten, tea"),
        ("grammar/IT_IS", 3, 97, "it's", "its"),
        ("grammar/MORFOLOGIK_RULE_EN_US", 5, 26, "teh", "the, ten, tea"),
    ]
    assert ARTICLE.splitlines()[4][25:28] == "teh"


def test_the_whole_article_goes_in_one_request_with_the_language() -> None:
    with StubServer() as server:
        _grammar(ARTICLE, server.url, language="en-GB")
        assert len(server.requests) == 1
        assert server.requests[0]["language"] == ["en-GB"]
        assert server.requests[0]["text"][0].count("\n\n") == 2  # headline, two paragraphs


def test_ignore_a_languagetool_rule_by_id() -> None:
    with StubServer() as server:
        found, _ = _grammar(ARTICLE, server.url, ignore=["grammar/EN_A_VS_AN"])
    assert [rule for rule, *_ in found] == ["grammar/MORFOLOGIK_RULE_EN_US", "grammar/IT_IS",
                                           "grammar/MORFOLOGIK_RULE_EN_US"]


def _raw(offset: object, length: object, text: str, rule: str = "X", context: str | None = None) -> dict[str, object]:
    """A match as LanguageTool sends it; the context is the whole text with line breaks as spaces."""
    return {"offset": offset, "length": length, "message": "m", "replacements": [{"value": "r"}],
            "context": {"text": text.replace("\n", " ") if context is None else context, "offset": offset,
                        "length": length},
            "rule": {"id": rule, "category": {"id": "GRAMMAR"}, "issueType": "grammar"}}


def test_negative_out_of_range_and_pair_splitting_offsets_are_dropped_not_trusted() -> None:
    text = "Fans 🎬 cheer."  # the emoji is UTF-16 units 5 and 6
    raw = [_raw(-1, 3, text), _raw(0, -2, text), _raw(10, 50, text),
           _raw(4, 2, text),  # ends inside the emoji
           _raw(6, 2, text),  # starts inside the emoji: the library moves it to 5, the context still shows it
           _raw(0, 4, text, context="Stars cheer."),  # the quoted context is not this text
           _raw(8, 5, text, "OK")]
    matches, dropped = convert([Match(m, text) for m in raw], text)
    assert dropped == 6
    assert [(m.offset, m.length, m.rule_id) for m in matches] == [(7, 5, "OK")]
    assert text[7:12] == "cheer"


def test_bad_offsets_from_the_server_never_crash_a_run() -> None:
    sent = ARTICLE.replace("\n\n\n", "\n\n")  # the request's text: the blocks joined by one blank line
    assert sent[72:75] == "teh"
    with StubServer(matches=[_raw(-5, 2, sent), _raw(10_000, 3, sent), _raw(72, 3, sent, "EN_REAL")]) as server:
        result = check_text(ARTICLE, config={"select": ["grammar"], "languagetool": server.url}).files[0]
    assert [(f.rule_id, f.text) for f in result.findings] == [("grammar/EN_REAL", "teh")]
    assert result.skipped == []


def test_a_malformed_match_takes_the_client_down_with_the_reason() -> None:
    # language-tool-python reads every match as it parses the answer, so a match without its
    # context fails the whole answer: the run goes on without grammar and says why.
    no_context = {key: value for key, value in _raw(0, 2, "He eat a apple.").items() if key != "context"}
    with StubServer(matches=[no_context]) as server:
        client = GrammarClient(server.url)
        assert client.check("He eat a apple.") is None
    assert client.failed == f"LanguageTool at {server.url} failed: malformed answer (no 'context' field)"


def test_no_server_configured_is_a_clean_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARTLINT_LANGUAGETOOL", raising=False)
    found, skipped = _grammar(ARTICLE, None)
    assert found == []
    assert skipped == [{"family": "grammar", "reason": "no LanguageTool server configured (use --languagetool URL, "
                                                       "languagetool in config, or ARTLINT_LANGUAGETOOL)"}]
    other = check_text(ARTICLE, config={"select": ["grammar", "hype"]}).files[0]
    assert other.skipped and all(f.family != "grammar" for f in other.findings)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server_is_skipped_quickly() -> None:
    port = _free_port()
    started = time.monotonic()
    found, skipped = _grammar(ARTICLE, f"http://127.0.0.1:{port}")
    assert time.monotonic() - started < 5
    assert found == [] and "not reachable" in skipped[0]["reason"]


def test_local_means_the_script_server_and_never_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("artlint.clients.languagetool.LOCAL_URL", f"http://127.0.0.1:{_free_port()}")
    client, reason = connect("local")
    assert client is None and reason.endswith("start it with scripts/languagetool start")


def test_language_tool_python_is_only_the_transport_and_never_fetches_languagetool(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import language_tool_python.server

    def no_download(*args: object) -> None:
        raise AssertionError("language-tool-python tried to fetch LanguageTool")

    monkeypatch.setattr(language_tool_python.server.LocalLanguageTool, "from_version_name", no_download)
    with StubServer() as server:
        client = GrammarClient(server.url + "/", language="en-GB")
        assert [m.rule_id for m in client.check("He eat a apple.")] == []  # no recorded answer: no matches
        assert server.requests == [{"text": ["He eat a apple."], "language": ["en-GB"]}]
    assert client.failed is None


def test_a_slow_server_is_given_up_once_per_run() -> None:
    with StubServer(delay=2.0) as server:
        client = GrammarClient(server.url, timeout=0.5)
        assert client.check("He eat a apple.") is None
        assert client.failed is not None and "timed out" in client.failed
        assert client.check("Another article.") is None
        assert len(server.requests) == 1  # a dead server is asked once


def test_a_garbage_answer_takes_the_client_down() -> None:
    with StubServer(mode="garbage") as server:
        client = GrammarClient(server.url)
        assert client.check("He eat a apple.") is None
        assert client.check("Another article.") is None
        assert len(server.requests) == 1
    assert client.failed == f"LanguageTool at {server.url} failed: <html>502 Bad Gateway</html>"


def test_an_oversized_languages_answer_fails_the_probe() -> None:
    with StubServer(mode="huge-languages", size=2_000) as server:
        assert probe(server.url) is None
        problem = probe(server.url, max_bytes=1_000)
    assert problem == f"LanguageTool at {server.url} is not reachable (/v2/languages answer is over the 1000-byte cap)"


def test_a_server_that_accepts_and_never_answers_costs_one_timeout() -> None:
    with StubServer(mode="hang") as server:
        client = GrammarClient(server.url, timeout=1.0)
        started = time.monotonic()
        assert client.check("He eat a apple.") is None
        assert client.check("He eat a apple.") is None
        assert time.monotonic() - started < 4
    assert client.failed is not None and "timed out" in client.failed


def test_a_listener_that_never_speaks_http_is_not_reachable() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        client, reason = connect(f"http://127.0.0.1:{listener.getsockname()[1]}")
        assert client is None and "not reachable" in reason
        assert time.monotonic() - started < 5
    finally:
        for s in accepted:
            s.close()
        listener.close()


def test_text_report_has_one_notice_for_many_files(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from artlint.cli import main

    monkeypatch.delenv("ARTLINT_LANGUAGETOOL", raising=False)
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--select", "grammar", str(tmp_path)]).output
    assert out.count("note: grammar skipped (3 files): no LanguageTool server configured") == 1
    data = json.loads(CliRunner().invoke(main, ["check", "--select", "grammar", "--format", "json", str(tmp_path)]).output)
    assert all(f["skipped"][0]["family"] == "grammar" for f in data["files"])
