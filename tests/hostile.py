"""Hostile inputs, as data: each names a file, its bytes and what checking it must give.

Used by test_hostile.py (each input checked beside a good article in one run) and
by the fuzz test.  Large inputs are built here rather than stored; small ones that
the fuzz test found live in fixtures/hostile/ and are read by `stored()`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

HOSTILE_DIR = Path(__file__).parent / "fixtures" / "hostile"
BODY = ("The film Escape opens in Korean cinemas on July 3, 2024, starring Lee Je Hoon and Koo Kyo Hwan as "
        "soldiers on opposite sides of the border.")


@dataclass(frozen=True)
class Case:
    """One hostile input.

    expect is "error" (the file gets an error entry, the run exits 2), "findings"
    (the file is checked and gets findings, including those in `rules`), or
    "skipped" (not an article: an error entry too, for special files).
    """

    name: str
    filename: str
    data: bytes
    expect: str
    rules: tuple[str, ...] = ()
    error: str = ""  # a piece of the error message
    special: str = ""  # "fifo", "socket" or "devzero": made by the harness instead of written
    config: str = ""  # an artlint.toml written beside the file
    files: dict[str, str] = field(default_factory=dict)  # more files beside it (house rules)


def _json(fields: str) -> bytes:
    return ('{"headline": "Escape opens in Korean cinemas", ' + fields + f', "body": "{BODY}"}}').encode()


def _md(front: str, fence: str = "---") -> bytes:
    return f"{fence}\n{front}\n{fence}\n\n{BODY}\n".encode()


def _billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [{','.join('*' + prev for _ in range(9))}]")
    return "title: Escape opens\n" + "\n".join(lines)


def _slow_pattern_rule(kind: str) -> str:
    if kind == "pattern":
        return ('id = "house/slow"\nkind = "pattern"\nseverity = "warning"\nsummary = "s"\nmessage = "m"\n'
                'scope = ["body"]\n[params]\npattern = "(a|aa)+$"\ntimeout = 0.2\n')
    return ('id = "house/slow"\nkind = "phrases"\nseverity = "warning"\nsummary = "s"\nmessage = "m"\n'
            'scope = ["body"]\n[params]\nphrases = [{ pattern = "(a+)+$" }]\n')


N = 100_000
DEEP = 100_000
CASES: list[Case] = [
    # JSON articles
    Case("json-deep-array", "deep.json", _json('"x": ' + "[" * DEEP + "]" * DEEP), "error", error="nested"),
    Case("json-deep-object", "deepobj.json", _json('"x": ' + '{"a":' * DEEP + "1" + "}" * DEEP), "error", error="nested"),
    Case("json-huge-int", "bigint.json", _json('"n": 1' + "0" * 5000), "error", error="digits"),
    Case("json-lone-surrogate", "surrogate.json",
         b'{"headline": "Escape \\ud800 opens in Korean cinemas", "body": "Lee \\udfff Je Hoon stars."}', "findings"),
    Case("json-bad-escape", "badescape.json", b'{"headline": "Escape \\uZZZZ", "body": "x"}', "error", error="JSON"),
    Case("json-people-null", "people.json", _json('"people": [null]'), "findings", rules=("schema/type",)),
    Case("json-people-name-number", "people2.json", _json('"people": [{"name": 5}]'), "findings", rules=("schema/type",)),
    Case("json-kind-list", "kind.json", _json('"kind": ["film"]'), "findings", rules=("schema/type",)),
    Case("json-kind-object", "kind2.json", _json('"kind": {"a": 1}'), "findings", rules=("schema/type",)),
    Case("json-published-number", "pub.json", _json('"published": 20240101'), "findings", rules=("schema/type",)),
    Case("json-published-impossible", "pub2.json", _json('"published": "2024-02-30"'), "findings",
         rules=("schema/format",)),
    Case("json-subject-string", "subject.json", _json('"subject": "Escape"'), "findings", rules=("schema/type",)),
    Case("json-subject-title-list", "subject2.json", _json('"subject": {"title": ["Escape"], "release_date": 5}'),
         "findings", rules=("schema/type",)),
    Case("json-tags-mixed", "tags.json", _json('"tags": [1, null, {}, []]'), "findings", rules=("schema/type",)),
    Case("json-images-junk", "images.json", _json('"images": [5, {"url": 7, "caption": [1], "credit": {}}]'),
         "findings", rules=("schema/type",)),
    Case("json-author-list", "author.json", _json('"author": [null, 3]'), "findings", rules=("schema/type",)),
    Case("json-aliases-number", "aliases.json", _json('"people": [{"name": "Lee Je Hoon", "aliases": [1, null]}]'),
         "findings", rules=("schema/type",)),
    Case("json-float-inf", "inf.json", _json('"x": 1e999999'), "findings"),
    # JSON Lines: one bad line, one good
    Case("jsonl-deep-line", "archive.jsonl",
         b'{"x": ' + b"[" * DEEP + b"]" * DEEP + b"}\n" + _json('"kind": "film"') + b"\n", "error", error="nested"),
    Case("jsonl-bad-bytes", "bad.jsonl", _json('"kind": "film"') + b"\n\xff\xfe\n", "error", error="UTF-8"),
    # Markdown front matter
    Case("yaml-billion-laughs", "laughs.md", _md(_billion_laughs()), "error", error="alias"),
    Case("yaml-deep-flow", "deepyaml.md", _md("title: x\nx: " + "[" * 20000 + "]" * 20000), "error", error="nested"),
    Case("yaml-deep-block", "deepblock.md",
         _md("title: x\n" + "".join(" " * i + f"k{i}:\n" for i in range(1200)) + " " * 1200 + "v: 1"),
         "error", error="nested"),
    Case("yaml-impossible-date", "date.md", _md("title: Escape opens in Korean cinemas\npublished: 2024-02-30"),
         "findings", rules=("schema/format",)),
    Case("yaml-huge-int", "bigint.md", _md("title: Escape opens in Korean cinemas\nn: 1" + "0" * 5000), "findings"),
    Case("yaml-people-null", "people.md", _md("title: Escape opens in Korean cinemas\npeople: [null, 5]"),
         "findings", rules=("schema/type",)),
    Case("yaml-kind-list", "kind.md", _md("title: Escape opens in Korean cinemas\nkind: [film]"), "findings",
         rules=("schema/type",)),
    Case("yaml-key-types", "keys.md", _md("title: Escape opens in Korean cinemas\n? [a, b]\n: 1\n2: two\nnull: x"),
         "error", error="YAML"),
    Case("yaml-odd-keys", "keys2.md", _md("title: Escape opens in Korean cinemas\n2: two\nnull: x\n1.5: y"),
         "findings"),
    Case("yaml-binary-set", "binary.md",
         _md("title: Escape opens in Korean cinemas\npeople: !!binary aGVsbG8=\ntags: !!set {a, b}"),
         "findings", rules=("schema/type",)),
    Case("yaml-recursive-alias", "recursive.md", _md("title: Escape opens\npeople: &a [*a]"), "error", error="alias"),
    Case("yaml-python-object", "object.md", _md("title: !!python/object:os.system x"), "error", error="YAML"),
    Case("toml-deep-array", "deeptoml.md", _md('title = "x"\nx = ' + "[" * 20000 + "]" * 20000, "+++"), "error",
         error="nested"),
    Case("toml-huge-int", "bigint2.md", _md('title = "Escape opens in Korean cinemas"\nn = 1' + "0" * 5000, "+++"),
         "error", error="digits"),
    Case("toml-impossible-date", "date2.md", _md('title = "Escape opens in Korean cinemas"\npublished = 2024-02-30',
                                                 "+++"), "error", error="TOML"),
    Case("toml-people-types", "people2.md", _md('title = "Escape opens in Korean cinemas"\npeople = [1, "a"]', "+++"),
         "findings", rules=("schema/type",)),
    Case("toml-published-datetime", "pubdt.md",
         _md('title = "Escape opens in Korean cinemas"\npublished = 2024-07-01T09:30:00Z', "+++"), "findings"),
    # HTML
    Case("html-unclosed-spans", "spans.html", b"<h1>Escape opens</h1><p>" + b"<span>a " * N + BODY.encode(), "findings"),
    Case("html-nested-q", "quotes.html", b"<h1>Escape opens</h1><p>" + b"<q>a " * 50_000 + b"</q>" * 50_000,
         "findings"),
    Case("html-nested-divs", "divs.html", b"<h1>Escape opens</h1>" + b"<div>" * N + BODY.encode() + b"</div>" * N,
         "findings"),
    Case("html-deep-jsonld", "jsonld.html",
         b'<script type="application/ld+json">{"@type": "NewsArticle", "x": ' + b"[" * DEEP + b"]" * DEEP
         + b"}</script><h1>Escape opens in Korean cinemas</h1><p>" + BODY.encode() + b"</p>", "findings"),
    Case("html-jsonld-types", "jsonld2.html",
         b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": 5, "datePublished": [1],'
         b' "author": [null, {"name": 7}], "image": [5, {"url": [1]}], "keywords": {"a": 1}}</script>'
         b"<h1>Escape opens in Korean cinemas</h1><p>" + BODY.encode() + b"</p>", "findings", rules=("schema/type",)),
    Case("html-jsonld-surrogate", "jsonld3.html",
         b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Escape \\ud800 opens"}</script>'
         b"<p>" + BODY.encode() + b"</p>", "findings"),
    Case("html-many-quotes", "marks.html", b"<p>" + "“a ".encode() * N + b"</p>", "findings"),
    # Plain text
    Case("txt-many-quote-marks", "marks.txt", ("Escape opens\n\n" + "“a ”b ‘c " * 60_000).encode(), "findings"),
    Case("txt-terminal-escapes", "escapes.txt",
         ("Escape opens\x1b]0;pwned\x07 in cinemas\n\nThe must-see \x1b[2J\x1b[31mfilm\x1b[0m opens.\n").encode(),
         "findings"),
    Case("txt-github-injection", "inject.txt",
         "Escape opens\n\nThe must-see film\r\n::error file=x::owned opens.\n".encode(), "findings"),
    Case("txt-bad-bytes", "latin1.txt", "Caf\xe9 opens".encode("latin-1"), "error", error="UTF-8"),
    Case("txt-nul", "nul.txt", b"Escape\x00opens", "error", error="binary"),
    Case("txt-long-line", "line.txt", ("Escape opens. " + "word " * 200_000).encode(), "findings"),
    Case("md-deep-quotes", "quotes.md", (">" * 20_000 + " Escape opens\n").encode(), "findings"),
    Case("md-deep-lists", "lists.md", "".join("  " * i + "- item\n" for i in range(1000)).encode(), "findings"),
    # Special files and names
    Case("fifo", "pipe.txt", b"", "skipped", error="not a regular file", special="fifo"),
    Case("socket", "sock.txt", b"", "skipped", error="not a regular file", special="socket"),
    Case("dev-zero", "/dev/zero", b"", "skipped", error="not a regular file", special="devzero"),
    Case("name-newline", "a\n::error file=x::owned.txt", b"Escape opens\n\nThe must-see film opens.\n", "findings"),
    Case("name-latin1", "caf\udce9.txt", b"Escape opens\n\nThe must-see film opens.\n", "findings"),
    Case("name-escape", "a\x1b[31mred.txt", b"Escape opens\n\nThe must-see film opens.\n", "findings"),
    # Configuration and house rules
    Case("config-deep-toml", "article.md", b"Escape opens\n\nThe film opens.\n", "error", error="nested",
         config="x = " + "[" * 20000 + "]" * 20000 + "\n"),
    Case("config-huge-int", "article2.md", b"Escape opens\n\nThe film opens.\n", "error", error="digits",
         config="max-file-size = 1" + "0" * 5000 + "\n"),
    Case("house-pattern-timeout", "slow.txt", ("Escape opens\n\n" + "a" * 40 + "!\n").encode(), "error",
         error="house/slow", config='extend-rules = ["house"]\n', files={"house/slow.toml": _slow_pattern_rule("pattern")}),
    Case("house-phrases-pattern-timeout", "slow2.txt", ("Escape opens\n\n" + "a" * 40 + "!\n").encode(), "error",
         error="house/slow", config='extend-rules = ["house"]\n', files={"house/slow.toml": _slow_pattern_rule("phrases")}),
]


def stored() -> list[Case]:
    """Inputs the fuzz test found, kept as regression fixtures: each must be checked or refused cleanly."""
    if not HOSTILE_DIR.is_dir():
        return []
    return [Case(f"fixture-{p.name}", p.name, p.read_bytes(), "any") for p in sorted(HOSTILE_DIR.iterdir())
            if p.is_file() and p.name != "README.md"]
