"""A person's full name written all in lower case: a caption, an image name or a slug left in the text.

GOLD-GUIDELINES Conventions mark a case variant of a name against its first full
mention.  Capitalised runs are where names are looked for (people.extract), so a
name the page prints as "song kang ho" under a photo (an image's file name or
alt text turned into a caption line) is never a mention at all.  This looks for
the article's own full names, and nothing else, in lower case.  A lower-case line
that is only a caption may also carry a typo of one syllable ("sul kyung gu" for
"Sol Kyung Gu"): on such a line alone, one letter changed in one word of three
letters or more is the same name.  Inside a direct quotation the words are the
speaker's and stay silent, as for every names rule.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, TypeVar
from ..patterns import LazyPattern

B = TypeVar("B", bound="_Block")

_SPLIT = LazyPattern(r"[\s\-‐]+")
_CAPTION_WORDS = 8  # a caption line of a name and a word or two ("ahn sung ki-instyle")


class _Block(Protocol):
    @property
    def text(self) -> str: ...

    def in_speech(self, i: int, j: int) -> bool: ...


@lru_cache(maxsize=4096)
def _pattern(parts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w@#/.'’-])" + r"[\s\-‐]+".join(re.escape(p) for p in parts) + r"(?![\w@])")


def _one_letter(a: str, b: str) -> bool:
    """'sul' and 'sol': the same length, one letter changed, three letters or more."""
    return len(a) == len(b) >= 3 and a != b and sum(x != y for x, y in zip(a, b)) == 1


def _caption_typo(text: str, parts: Sequence[str]) -> tuple[int, int] | None:
    """The span of a caption line's opening words when they are the name with one letter of one word changed."""
    words = list(re.finditer(r"[^\s\-‐]+", text))
    if len(words) < len(parts) or len(words) > _CAPTION_WORDS:
        return None
    head = [m[0] for m in words[: len(parts)]]
    changed = [i for i, (w, p) in enumerate(zip(head, parts)) if w != p]
    if len(changed) != 1 or not _one_letter(head[changed[0]], parts[changed[0]]):
        return None
    return words[0].start(), words[len(parts) - 1].end()


def lowercase_forms(blocks: Iterable[B], names: Sequence[str]) -> Iterator[tuple[B, int, int, str]]:
    """(block, start, end, name) for each full name of two words or more written in lower case."""
    wanted = [(n, [p.lower() for p in _SPLIT.split(n) if p]) for n in names]
    wanted = [(n, parts) for n, parts in wanted if len(parts) >= 2 and sum(map(len, parts)) >= 6]
    if not wanted:
        return
    blocks = list(blocks)
    # A name with a part that no block holds is in no block: most names, printed capitalised, at once.
    everything = "\n".join(block.text for block in blocks)
    present = [(name, parts) for name, parts in wanted if all(p in everything for p in parts)]
    for block in blocks:
        text = block.text
        caption = not any(c.isupper() for c in text)
        seen: set[int] = set()
        for name, parts in present:
            if not all(p in text for p in parts):
                continue  # the cheap test first, on the text as written: a name printed capitalised fails it
            for m in _pattern(tuple(parts)).finditer(text):
                if m.start() not in seen and not block.in_speech(m.start(), m.end()):
                    seen.add(m.start())
                    yield block, m.start(), m.end(), name
        if caption and not seen:
            offset = len(text) - len(text.lstrip())
            for name, parts in wanted:
                span = _caption_typo(text.strip(), parts)
                if span is not None:
                    yield block, span[0] + offset, span[1] + offset, name
                    break
