"""Grammar through LanguageTool: the client against a local stand-in server, skips, and a real server when set."""
from __future__ import annotations

import json
import os
import socket
import time

import pytest

from artlint import check_text
from artlint.clients.languagetool import connect
from lt_stub import StubServer

ARTICLE = ("Escape review\n\nLee Je Hoon plays a soldier. Je Hoon eats a apple before teh border scene. "
           "The studio confirmed it's release in Korea.\n\nEmoji 🎬 come first; then teh end.\n")


def _grammar(text: str, url: str | None, **config: object) -> tuple[list[tuple[str, str, str, str | None]], list[dict]]:  # type: ignore[type-arg]
    cfg = {"select": ["grammar"], **config}
    if url is not None:
        cfg["languagetool"] = url
    result = check_text(text, config=cfg).files[0]
    return [(f.rule_id, str(f.severity), f.text, f.suggestion) for f in result.findings], result.skipped


def test_matches_become_findings_with_exact_offsets_and_replacements() -> None:
    with StubServer() as server:
        found, skipped = _grammar(ARTICLE, server.url)
    assert skipped == []
    assert ("grammar/EN_A_VS_AN", "info", "a", "an") in found
    assert ("grammar/IT_IS", "warning", "it's", "its") in found
    # The second "teh" comes after an emoji (two UTF-16 units, one Python character): still exact.
    typos = [f for f in found if f[0] == "grammar/MORFOLOGIK_RULE_EN_US"]
    assert typos == [("grammar/MORFOLOGIK_RULE_EN_US", "warning", "teh", "the, ten, tech")] * 2


def test_known_names_are_not_misspellings() -> None:
    with StubServer() as server:
        found, _ = _grammar(ARTICLE, server.url)
    assert not any(text == "Je Hoon" for _, _, text, _ in found)


def test_the_body_goes_in_one_request_with_the_language() -> None:
    with StubServer() as server:
        _grammar(ARTICLE, server.url, language="en-GB")
        assert len(server.requests) == 1
        assert server.requests[0]["language"] == ["en-GB"]


def test_ignore_a_languagetool_rule_by_id() -> None:
    with StubServer() as server:
        found, _ = _grammar(ARTICLE, server.url, ignore=["grammar/EN_A_VS_AN"])
    assert found and not any(rule == "grammar/EN_A_VS_AN" for rule, *_ in found)


def test_no_server_configured_is_a_clean_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARTLINT_LANGUAGETOOL", raising=False)
    found, skipped = _grammar(ARTICLE, None)
    assert found == []
    assert skipped == [{"family": "grammar", "reason": "no LanguageTool server configured (use --languagetool URL, "
                                                       "languagetool in config, or ARTLINT_LANGUAGETOOL)"}]
    other = check_text(ARTICLE, config={"select": ["grammar", "hype"]}).files[0]
    assert other.skipped and all(f.family != "grammar" for f in other.findings)


def test_unreachable_server_is_skipped_quickly() -> None:
    with socket.socket() as s:  # a port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    found, skipped = _grammar(ARTICLE, f"http://127.0.0.1:{port}")
    assert time.monotonic() - started < 5
    assert found == [] and "not reachable" in skipped[0]["reason"]


def test_local_without_an_installed_languagetool_never_downloads(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    client, reason = connect("local")
    assert client is None and "does not download" in reason
    assert list(tmp_path.iterdir()) == []


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


REAL = os.environ.get("ARTLINT_TEST_LANGUAGETOOL")


@pytest.mark.skipif(not REAL, reason="set ARTLINT_TEST_LANGUAGETOOL=URL of a LanguageTool server to run this test")
def test_real_server() -> None:
    found, skipped = _grammar("Escape\n\nThe film opens in a apple cinema near teh border.\n", REAL)
    assert skipped == []
    assert any(rule == "grammar/EN_A_VS_AN" for rule, *_ in found)
