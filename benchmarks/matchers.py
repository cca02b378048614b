#!/usr/bin/env python3
"""Multi-phrase matching candidates side by side on a corpus: speed, and whether they find what artlint finds.

    python benchmarks/matchers.py [--corpus DIR] [--repeat 3] [--install]

Every bundled `phrases` lexicon (hype/puffery, attribution/anonymous-source, ...) is run over every
block of every article.  Candidates:
  bucketed       artlint's lexicon.Matcher: phrases bucketed by opening word, tried only where the
                 block's shared word index (Block.word_index) holds that word; the index's own cost
                 is printed apart, as every check shares it;
  re-alternation one Python `re` alternation per lexicon, longest phrase first, ignoring case;
  re-lowered     the same alternation run case-sensitively over the lower-cased text (casefold.folds_exactly);
  aho-corasick   pyahocorasick over the lower-cased text (hyphens read as spaces), every literal form
                 of every phrase (inflections expanded), leftmost-longest, word edges checked after;
                 {pattern} entries through a bucketed Matcher of their own beside it;
  re2            google-re2, one alternation per lexicon, leftmost-longest (longest_match), the left
                 edge as a consumed character (RE2 has no look-behind), the right edge checked after;
                 {pattern} entries RE2 cannot compile through a bucketed Matcher beside it.
Each line gives ms per article (median of --repeat) and how many blocks' (start, end) lists differ from
the bucketed matcher's.  pyahocorasick and google-re2 are not project dependencies: --install puts them
into the running venv (pip), otherwise a missing one is reported and skipped.
Nothing here is a test: it prints figures for the README and the issue notes.
"""
from __future__ import annotations

import argparse
import importlib
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-entertainment"
PEERS = {"ahocorasick": "pyahocorasick", "re2": "google-re2"}

Spans = list[tuple[int, int]]
Finder = Callable[[Any], Spans]  # a Block -> its matches' (start, end)


def _optional(module: str, install: bool) -> Any | None:
    try:
        return importlib.import_module(module)
    except ImportError:
        if not install:
            return None
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", PEERS[module]], check=False)
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _leftmost_longest(found: list[tuple[int, int]]) -> Spans:
    """As Matcher.finditer keeps them: leftmost first, then longest, never overlapping."""
    found.sort(key=lambda t: (t[0], -t[1]))
    out, last = [], -1
    for a, b in found:
        if a >= last and b > a:
            out.append((a, b))
            last = b
    return out


def _bucketed(matcher: Any) -> Finder:
    return lambda block: [(i, j) for i, j, _ in matcher.finditer(block.text, block.word_index)]


def _alternation_source(matcher: Any) -> str:
    from artlint.analysis.phrase_patterns import LEFT, RIGHT, phrase_regex

    order = sorted(matcher.entries, key=lambda e: -len(e.phrase))
    parts = [e.pattern if e.pattern else phrase_regex(e.phrase, matcher._inflect) for e in order]
    return f"{LEFT}(?:{'|'.join(parts)}){RIGHT}"


def _re_alternation(matcher: Any) -> Finder:
    pattern = re.compile(_alternation_source(matcher), matcher._flags)
    return lambda block: [m.span() for m in pattern.finditer(block.text) if m.end() > m.start()]


def _re_lowered(matcher: Any) -> Finder:
    from artlint.analysis.casefold import FoldedPattern

    pattern = FoldedPattern(_alternation_source(matcher))
    return lambda block: [m.span() for m in pattern.finditer(block.text) if m.end() > m.start()]


def _literal_forms(phrase: str, inflect: bool) -> list[str]:
    from artlint.analysis.phrase_patterns import inflections

    words = [w.lower().replace("’", "'") for w in re.split(r"[\s\-‐‑]+", phrase.strip()) if w]
    forms = [[]]  # type: list[list[str]]
    for i, w in enumerate(words):
        edge = inflect and (i == 0 or i == len(words) - 1)
        forms = [f + [v] for f in forms for v in (inflections(w) if edge else [w])]
    return [" ".join(f) for f in forms]


_GAPS = str.maketrans({"-": " ", "‐": " ", "‑": " ", "’": "'"})


def _patterns_apart(matcher: Any, entries: list[Any] | None = None) -> Finder:
    """The lexicon's {pattern} entries (or those given) through a bucketed Matcher of their own.

    One `re` alternation of them costs about five times the whole bucketed lexicon: most
    patterns have no literal prefix, so re tries each one at every character.
    """
    from artlint.analysis.lexicon import Matcher

    chosen = [e for e in matcher.entries if e.pattern] if entries is None else entries
    if not chosen:
        return lambda block: []
    apart = Matcher(chosen, matcher.ignore_case, matcher._inflect)
    return lambda block: [(i, j) for i, j, _ in apart.finditer(block.text, block.word_index)]


def _edges_ok(text: str, a: int, b: int) -> bool:
    from artlint.analysis.phrase_patterns import _continues, _refused_before

    return not _refused_before(text, a) and not _continues(text, b)


def _aho_corasick(module: Any, matcher: Any) -> Finder:
    automaton = module.Automaton()
    for e in matcher.entries:
        if not e.pattern:
            for form in _literal_forms(e.phrase, matcher._inflect):
                automaton.add_word(form, len(form))
    automaton.make_automaton()
    patterns = _patterns_apart(matcher)

    def find(block: Any) -> Spans:
        text = block.text
        low = text.lower()
        if len(low) != len(text):
            low = text
        found = []
        for end, size in automaton.iter_long(low.translate(_GAPS)):
            a, b = end + 1 - size, end + 1
            if _edges_ok(text, a, b):
                found.append((a, b))
        found.extend(patterns(block))
        return _leftmost_longest(found)

    return find


def _re2(module: Any, matcher: Any) -> Finder:
    from artlint.analysis.phrase_patterns import phrase_regex

    options = module.Options()
    options.longest_match = True
    options.max_mem = 256 << 20  # the default 8 MB leaves the DFA for the slow NFA on the puffery lexicon
    options.case_sensitive = not matcher.ignore_case
    options.log_errors = False
    inside, outside = [], []
    for e in matcher.entries:
        source = e.pattern if e.pattern else phrase_regex(e.phrase, matcher._inflect)
        try:
            module.compile(source, options)
            inside.append(source)
        except Exception:  # look-arounds and back-references: RE2 refuses them
            outside.append(e)
    pattern = module.compile(rf"(?:^|[^\w\-‐‑’'])({'|'.join(inside)})", options)
    rest = _patterns_apart(matcher, outside)

    def find(block: Any) -> Spans:
        text = block.text
        found = [(m.start(1), m.end(1)) for m in pattern.finditer(text) if _edges_ok(text, m.start(1), m.end(1))]
        found.extend(rest(block))
        return _leftmost_longest(found)

    return find


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--install", action="store_true", help="pip install pyahocorasick and google-re2 if missing")
    args = parser.parse_args()

    from artlint.config import bundled_rules
    from artlint.parsers import parse

    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        sys.exit(f"no .txt articles in {args.corpus}")
    docs = [parse(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    blocks = [b for d in docs for b in d.blocks]
    matchers = [r.prepared.matcher for r in bundled_rules() if r.kind == "phrases"]
    print(f"corpus: {args.corpus} ({len(docs)} articles, {len(blocks)} blocks), {len(matchers)} lexicons, "
          f"{sum(len(m.entries) for m in matchers)} entries, Python {sys.version.split()[0]}")

    started = time.perf_counter()
    for b in blocks:
        b.word_index  # noqa: B018 - built once per block and shared by every check (cached_property)
    print(f"{'word index (shared)':16} {1000 * (time.perf_counter() - started) / len(docs):7.3f} ms/article")

    candidates: dict[str, list[Finder]] = {
        "bucketed": [_bucketed(m) for m in matchers],
        "re-alternation": [_re_alternation(m) for m in matchers],
        "re-lowered": [_re_lowered(m) for m in matchers],
    }
    aho = _optional("ahocorasick", args.install)
    if aho is not None:
        candidates["aho-corasick"] = [_aho_corasick(aho, m) for m in matchers]
    re2 = _optional("re2", args.install)
    if re2 is not None:
        candidates["re2"] = [_re2(re2, m) for m in matchers]
    for name, module in (("aho-corasick", aho), ("re2", re2)):
        if module is None:
            print(f"{name:16} not installed ({PEERS['ahocorasick' if name == 'aho-corasick' else 're2']}; --install)")

    reference = [[find(b) for find in candidates["bucketed"]] for b in blocks]
    for name, finders in candidates.items():
        for find in finders:  # warm: bucket patterns compile on first use
            find(blocks[0])
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            for b in blocks:
                for find in finders:
                    find(b)
            times.append(1000 * (time.perf_counter() - started) / len(docs))
        differ = sum(1 for b, want in zip(blocks, reference) if [find(b) for find in finders] != want)
        print(f"{name:16} {statistics.median(times):7.3f} ms/article  (min {min(times):.3f})  "
              f"blocks differing from bucketed: {differ}")


if __name__ == "__main__":
    main()
