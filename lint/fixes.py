"""Safe fixes by construction: a fix a finding carries is kept only when applying it cannot damage the text.

The engine passes every finding with a fix through `guard` as it collects it,
so the rule is the same for bundled and house rules of every kind, and the
JSON report's `fix` field is exactly what `--fix` applies.  A fix is dropped
(the finding stays, without a fix) when:

- its span does not map onto one block's text, or the source there holds
  more than that text and its escapes (a fix would drop markup such as
  `<em>` or `*`, or cross a metadata field or two paragraphs);
- it starts or ends inside a word: Unicode letters, digits and combining marks
  are word characters, and an apostrophe between word characters is inside
  the word ("Didn’t", "O’Brien") except before a possessive s ("Clooney’s");
- a names fix changes more than the spelling of the same name (letters only,
  a small edit distance), lies inside a direct quotation, where the speaker's
  words are not ours to respell, or puts a name into capitals that running
  text writes in capitals no more often than the other way ("Clooney" ->
  "CLOONEY" taken from a shouted promo line);
- a removal (empty replacement) takes less than a whole block, or, in plain
  text and Markdown, less than whole lines.
"""
from __future__ import annotations

import dataclasses
import html
import json
import unicodedata

from .analysis.tokens import mostly_capitals
from .document import Block, Document
from .findings import Finding
from .rules import Rule

APOSTROPHES = "'’ʼ"
LINE_FORMATS = ("txt", "md")  # formats whose removals the fixer widens to whole lines


def guard(doc: Document, rule: Rule, finding: Finding) -> Finding:
    """The finding as it is when its fix is safe, else the same finding without a fix."""
    if finding.fix is None or safe(doc, rule.kind, finding.location.start, finding.location.end, finding.fix):
        return finding
    return dataclasses.replace(finding, fix=None)


def drop_clashing_fixes(findings: list[Finding]) -> list[Finding]:
    """The findings (sorted by position) with no two different fixes over overlapping spans.

    The fixer can apply only one of two overlapping fixes, and a second run would
    then apply the other: both are dropped, so --fix does exactly what the report
    shows and a second --fix changes nothing.  The same fix twice is kept.
    """
    fixed = [(k, f) for k, f in enumerate(findings) if f.fix is not None]
    clash: set[int] = set()
    for n, (k, a) in enumerate(fixed):
        for m, b in fixed[n + 1:]:
            if b.location.start >= max(a.location.end, a.location.start + 1):
                break
            if (a.location.start, a.location.end, a.fix) != (b.location.start, b.location.end, b.fix):
                clash.update((k, m))
    if not clash:
        return findings
    return [dataclasses.replace(f, fix=None) if k in clash else f for k, f in enumerate(findings)]


def safe(doc: Document, kind: str, start: int, end: int, fix: str) -> bool:
    """Whether replacing doc.source[start:end] by fix keeps every word whole and every quotation intact."""
    found = _in_block(doc, start, end)
    if found is None:
        return False
    block, i, j = found
    text = block.text
    if not _plain(doc.format, doc.source[start:end], text[i:j]):
        return False
    if inside_word(text, i) or inside_word(text, j):
        return False
    if not fix:
        return _whole(doc, block, i, j, start, end)
    if kind == "names-variant":  # the one names kind that proposes fixes: a name respelt
        old = text[i:j]
        # Capitals are a name's spelling (BLACKPINK) only when running text writes them more often than
        # not; else they come from a heading or a shouted line ("SEE MORE CLOONEY PHOTOS!", "KARACHI:").
        shouted = _capitals(fix) and not _capitals(old) and prose_count(doc, fix) <= prose_count(doc, old)
        return same_name(old, fix) and not block.in_speech(i, j) and not shouted
    return True


def prose_count(doc: Document, name: str) -> int:
    """How often running text writes name exactly so, as whole words.

    Running text is a body sentence not set in capitals ("SEE CHRIS KATTAN'S
    EXTENDED BIO!" is not), and a name opening its paragraph is a label
    ("KARACHI:", "CHRIS KATTAN (pro partner Witney Carson) - ..."), not prose.
    """
    n = 0
    for block in doc.blocks_in(("body",)):
        text = block.text
        at = text.find(name, 1)
        while at != -1:
            if not inside_word(text, at) and not inside_word(text, at + len(name)):
                sentence = next((text[a:b] for a, b, _ in block.sentence_spans if a <= at < b), text)
                n += not mostly_capitals(sentence)
            at = text.find(name, at + 1)
    return n


def inside_word(text: str, p: int) -> bool:
    """Whether position p (between text[p-1] and text[p]) falls inside a word."""
    if p <= 0 or p >= len(text):
        return False
    a, b = text[p - 1], text[p]
    if _word_char(a) and _word_char(b):
        return True
    if b in APOSTROPHES and _word_char(a):  # "Didn|’t" is inside, "Clooney|’s" is a boundary
        return p + 1 < len(text) and _word_char(text[p + 1]) and not _possessive(text, p)
    if a in APOSTROPHES and _word_char(b):  # "Didn’|t", "O’|Brien"
        return p >= 2 and _word_char(text[p - 2])
    return False


def same_name(old: str, new: str) -> bool:
    """Whether new respells old: the letters differ by a small edit (at most 2, or 30% of old's letters).

    Measured on old alone so that completing a name ("Son Heung" -> "Son Heung-min")
    or swapping it for a longer one is not a respelling.
    """
    from rapidfuzz.distance import Levenshtein  # here, not at import: most runs never compare a respelling

    a, b = _letters(old), _letters(new)
    return Levenshtein.distance(a, b) <= max(2, int(0.3 * max(len(a), 1)))


def _capitals(text: str) -> bool:
    return sum(map(str.isalpha, text)) >= 2 and text.isupper()


def _word_char(c: str) -> bool:
    return c.isalnum() or unicodedata.category(c).startswith("M")  # a combining accent belongs to its letter


def _possessive(text: str, p: int) -> bool:
    """text[p] is an apostrophe followed by s and then no more word."""
    return text[p + 1 : p + 2] in ("s", "S") and not (p + 2 < len(text) and _word_char(text[p + 2]))


def _letters(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text).casefold() if c.isalpha())


def _in_block(doc: Document, start: int, end: int) -> tuple[Block, int, int] | None:
    """The block whose text[i:j] is exactly source[start:end], if there is one."""
    for block in doc.blocks:
        if block.start <= start and end <= block.end:
            i, j = _index(block, start, False), _index(block, end, True)
            if i is not None and j is not None and i <= j and block.span(i, j) == (start, end):
                return block, i, j
    return None


def _plain(fmt: str, source: str, text: str) -> bool:
    """Whether the source span is the text itself, escapes aside: no markup inside that the fix would drop."""
    if fmt == "html":
        source = html.unescape(source)
    elif fmt == "json":
        try:
            source = json.loads(f'"{source}"')
        except ValueError:
            return False
    return " ".join(source.split()) == " ".join(text.split())


def _index(block: Block, offset: int, is_end: bool) -> int | None:
    """The text index whose source start (or end) is offset; None when offset falls inside an entity or escape."""
    lo, hi = 0, len(block.text)
    while lo <= hi:  # source offsets grow with text indices
        mid = (lo + hi) // 2
        at = block.span(0, mid)[1] if is_end else block.span(mid, len(block.text))[0]
        if at == offset:
            return mid
        if at < offset:
            lo = mid + 1
        else:
            hi = mid - 1
    return None


def _whole(doc: Document, block: Block, i: int, j: int, start: int, end: int) -> bool:
    """A removal must take a whole block, and in line formats whole source lines."""
    if block.text[:i].strip() or block.text[j:].strip():
        return False
    if doc.format not in LINE_FORMATS:
        return True
    source = doc.source
    return (start == 0 or source[start - 1] == "\n") and (end == len(source) or source[end] == "\n")
