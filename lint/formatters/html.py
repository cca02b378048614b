"""A self-contained HTML report for editors: the article as a reader sees it, findings marked and listed.

One file with inline CSS and JavaScript and no network access.  Article text
is untrusted: every piece of it goes through html.escape, and finding data
travels in escaped attributes, never in script.  Each article shows its
score as NN/100 in a colour band, a "fix these first" list, the article
rendered (with a toggle to the raw source), and the findings by family, each
with a button that copies a suppression comment.  Overlapping findings are
nested <mark> elements per text segment, so every finding has at least one
element carrying its data-finding id (in the source view at least).
"""
from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from typing import Any

from .. import __version__
from ..findings import Finding
from ..report import SCORE_EXPLANATION, FileResult, Report
from .html_article import Placed, highlight, is_wide, place, reader_view, whole_block_findings
from .html_assets import CSS, FAMILY_COLOURS, JS, OTHER_COLOUR, SCORE_BANDS

__all__ = ["FAMILY_COLOURS", "render"]
_SEVERITIES = ("error", "warning", "info")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("s" if n != 1 and word != "info" else "")


def _colour(family: str) -> str:
    return FAMILY_COLOURS.get(family, OTHER_COLOUR)


def _marker(wide_ids: set[str]) -> Callable[[Finding, str, str, bool], str]:
    """The mark function of one article; each finding's opening tag is built once, however many segments."""
    tags: dict[str, str] = {}

    def mark(f: Finding, fid: str, inner: str, escaped: bool = False) -> str:
        tag = tags.get(fid)
        if tag is None:
            tag = tags[fid] = _open_tag(f, fid, fid in wide_ids)
        return f"{tag}{inner if escaped else _e(inner)}</mark>"
    return mark


def _open_tag(f: Finding, fid: str, is_wide: bool) -> str:
    tip = f"{f.rule_id}: {f.message}" + (f" Suggestion: {f.suggestion}" if f.suggestion and f.suggestion not in f.message else "")
    wide = " wide" if is_wide else ""
    return (f'<mark class="hl{wide} sev-{f.severity}" data-finding="{fid}" data-family="{_e(f.family)}" '
            f'data-severity="{f.severity}" style="--c:{_colour(f.family)}" title="{_e(tip)}">')


def _band(score: int | None) -> tuple[str, str]:
    for floor, name, colour in SCORE_BANDS:
        if score is not None and score >= floor:
            return name, colour
    return "none", "#999"


def _score(score: int | None) -> str:
    name, colour = _band(score)
    shown = "–" if score is None else f"{score}/100"
    return (f'<span class="score band-{name}" style="--band:{colour}" '
            f'title="quality score ({name}): {_e(SCORE_EXPLANATION)}">{shown}</span>')


def suppression(f: Finding, fmt: str | None) -> tuple[str, str]:
    """(button label, text to copy): an inline comment where the format has them, else a config override."""
    if fmt == "json":  # JSON has no comments: the override in artlint.toml is the way to silence a rule
        return "copy config override", f'[rules."{f.rule_id}"]\nenabled = false\n'
    return "copy suppression comment", f"<!-- artlint-disable-next-line {f.rule_id} -- reason -->"


def _panel(r: FileResult, findings: list[Finding], ids: dict[int, str]) -> str:
    by_family: dict[str, list[Finding]] = {}
    for f in findings:
        by_family.setdefault(f.family, []).append(f)
    parts = []
    for family in sorted(by_family, key=lambda fam: (-len(by_family[fam]), fam)):
        items = by_family[family]
        rows = []
        for f in items:
            suggestion = f'<div class="sug">suggestion: {_e(f.suggestion)}</div>' if f.suggestion else ""
            label, text = suppression(f, r.format)
            rows.append(f'<li class="finding sev-{f.severity}" data-family="{_e(family)}" data-severity="{f.severity}">'
                        f'<button type="button" class="goto" data-target="{ids[id(f)]}">'
                        f'<span class="sev">{f.severity}</span> <code>{_e(f.rule_id)}</code> '
                        f'<span class="loc">{f.location.line}:{f.location.column}</span></button>'
                        f'<div class="msg">{_e(f.message)}</div>{suggestion}'
                        f'<button type="button" class="copy" data-copy="{_e(text)}">{label}</button></li>')
        parts.append(f'<details open class="family" data-family="{_e(family)}"><summary>'
                     f'<span class="swatch" style="background:{_colour(family)}"></span>{_e(family)} '
                     f'<span class="count">{len(items)}</span></summary><ul>{"".join(rows)}</ul></details>')
    return "".join(parts) or "<p>No findings.</p>"


def _fix_first(findings: list[Finding], ids: dict[int, str], fmt: str | None) -> str:
    """Errors, then warnings, each by family (most first): where an editor's time goes first."""
    rows = []
    for severity in ("error", "warning"):
        groups: dict[str, list[Finding]] = {}
        for f in findings:
            if str(f.severity) == severity:
                groups.setdefault(f.family, []).append(f)
        for family in sorted(groups, key=lambda fam: (-len(groups[fam]), fam)):
            items = groups[family]
            rules = Counter(f.rule_id for f in items)
            what = ", ".join(f"{n} × <code>{_e(rule)}</code>" for rule, n in rules.most_common())
            first = items[0]
            shown = html.unescape(first.text) if fmt == "html" else first.text  # the words, not the entities
            excerpt = " ".join(shown.split())[:60] or first.rule_id
            rows.append(f'<li><span class="sev {severity}">{severity}</span> '
                        f'<span class="swatch" style="background:{_colour(family)}"></span>{_e(family)}: {what} '
                        f'<button type="button" class="goto" data-target="{ids[id(first)]}">“{_e(excerpt)}”</button></li>')
    if not rows:
        return ""
    return f'<div class="first"><h3>Fix these first</h3><ol>{"".join(rows)}</ol></div>'


def _metrics(r: FileResult) -> str:
    labels = [("words", "words (body)"), ("sentences", "sentences"), ("flesch_reading_ease", "Flesch reading ease"),
              ("flesch_kincaid_grade", "Flesch-Kincaid grade"), ("avg_sentence_length", "words per sentence"),
              ("long_sentence_share", "long sentences")]
    cells = []
    for key, label in labels:
        if key in r.metrics:
            value = r.metrics[key]
            shown = f"{100 * float(value):.0f}%" if key == "long_sentence_share" else value
            cells.append(f"<div><dt>{_e(label)}</dt><dd>{_e(shown)}</dd></div>")
    return f'<dl class="metrics">{"".join(cells)}</dl>' if cells else ""


def _document(r: FileResult) -> Any:
    """The article parsed again for the reader view; None when it cannot be (the source view remains)."""
    if r.source is None:
        return None
    from ..parsers import parse

    try:
        return parse(r.source, r.path, r.format)
    except Exception:  # noqa: BLE001 - the report must render whatever the parser thinks of this text
        return None


def _article(r: FileResult, n: int) -> str:
    findings = sorted(r.findings, key=lambda f: (f.location.start, f.location.end, f.rule_id))
    ids = {id(f): f"a{n}-f{i}" for i, f in enumerate(findings)}
    c = r.counts()
    counts = " · ".join(_plural(c[k], k) for k in _SEVERITIES if c[k]) or "no findings"
    profile = f'<span class="profile">profile {_e(r.profile["name"])}: {_e(r.profile["reason"])}</span>' if r.profile else ""
    skipped = "".join(f'<p class="skipped">{_e(s["family"])} skipped: {_e(s["reason"])}</p>' for s in r.skipped)
    families = sorted({f.family for f in findings})
    filters = "".join(f'<label><input type="checkbox" class="ff" value="{_e(fam)}" checked> '
                      f'<span class="swatch" style="background:{_colour(fam)}"></span>{_e(fam)}</label>' for fam in families)
    severities = "".join(f'<label><input type="checkbox" class="fs" value="{s}" checked> {s}</label>' for s in _SEVERITIES)
    doc = _document(r)
    wide_ids = {ids[id(f)] for f in findings if is_wide(f)}
    reader = ""
    if doc is not None:
        per_block, unplaced = place(doc, findings, ids)
        wide_ids |= whole_block_findings(doc, per_block)
        reader = reader_view(doc, per_block, unplaced, ids, _marker(wide_ids), _colour, wide_ids)
    source = r.source or ""
    text = highlight(source, (Placed(f.location.start, f.location.end, f, ids[id(f)]) for f in findings),
                     _marker(wide_ids))
    toggle = '<button type="button" class="toggle">show source</button>' if reader else ""
    band, _ = _band(r.score)
    return f"""<section class="article{'' if reader else ' show-source'}" id="article-{n}" data-findings="{len(findings)}">
<header><h2>{_e(r.path)}</h2>{_score(r.score)}<span class="counts">{_e(counts)}</span>{profile}</header>
<p class="why">Score {_e(r.score)}/100 ({band}; 85 and up: good, 60–84: fair, below 60: poor) = {_e(SCORE_EXPLANATION)}.</p>
{_metrics(r)}{skipped}{_fix_first(findings, ids, r.format)}
<div class="filters"><span>Families:</span>{filters}<span>Severities:</span>{severities}{toggle}</div>
<div class="cols"><div class="view">{reader}<pre class="text">{text}</pre></div>
<aside class="panel"><div class="detail" aria-live="polite">Click a highlight or a finding.</div>{_panel(r, findings, ids)}</aside></div>
</section>"""


def _index(report: Report) -> str:
    rows = []
    ranked = sorted(enumerate(report.files), key=lambda t: (t[1].score if t[1].score is not None else -1,
                                                            -t[1].counts()["total"], t[1].path))
    for n, r in ranked:
        if r.error:
            rows.append(f'<tr class="error"><td>{_e(r.path)}</td><td colspan="5">could not be checked: {_e(r.error)}</td></tr>')
            continue
        c = r.counts()
        rows.append(f'<tr><td><a href="#article-{n}">{_e(r.path)}</a></td><td>{_score(r.score)}</td><td>{c["error"]}</td>'
                    f'<td>{c["warning"]}</td><td>{c["info"]}</td><td>{c["total"]}</td></tr>')
    return ('<table class="index"><thead><tr><th>article</th><th>score</th><th>errors</th><th>warnings</th>'
            f'<th>info</th><th>total</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def render(report: Report, **_: Any) -> str:
    c = report.counts()
    checked = [r for r in report.files if not r.error]
    families = Counter(f.family for f in report.findings)
    fam_line = ", ".join(f"{n} {fam}" for fam, n in families.most_common())
    articles = "".join(_article(r, n) for n, r in enumerate(report.files) if not r.error)
    index = _index(report) if len(report.files) > 1 else ""
    errors = "".join(f'<p class="skipped">{_e(r.path)}: could not be checked: {_e(r.error)}</p>'
                     for r in report.errors if len(report.files) == 1)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta name="generator" content="artlint {__version__}"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>artlint report</title><style>{CSS}</style></head>
<body><main>
<h1 class="title">artlint report</h1>
<p class="summary">{len(checked)} article{'s' if len(checked) != 1 else ''} checked, {c['total']} findings
({_plural(c['error'], 'error')}, {_plural(c['warning'], 'warning')}, {c['info']} info){'; ' + _e(fam_line) if fam_line else ''}.
artlint {__version__}.</p>
{errors}{index}{articles}
</main><script>{JS}</script></body></html>
"""
