"""A self-contained HTML report for editors: highlighted article text, findings by family, filters.

One file with inline CSS and JavaScript and no network access.  Article text
is untrusted: every piece of it goes through html.escape, and finding data
travels in escaped attributes, never in script.  Overlapping findings are
drawn as nested <mark> elements per text segment, so every finding has at
least one element carrying its data-finding id.
"""
from __future__ import annotations

import html
from collections import Counter
from typing import Any

from .. import __version__
from ..findings import Finding
from ..report import FileResult, Report

FAMILY_COLOURS = {
    "credits": "#e6550d", "hype": "#d62728", "promo": "#9467bd", "dates": "#1f77b4", "names": "#2ca02c",
    "attribution": "#8c564b", "schema": "#7f7f7f", "readability": "#17becf", "grammar": "#bcbd22",
    "suppression": "#c7c7c7",
}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _colour(family: str) -> str:
    return FAMILY_COLOURS.get(family, "#ff7f0e")


def _highlighted(source: str, findings: list[Finding], prefix: str) -> str:
    """The source text, escaped, with nested marks for the findings covering each segment."""
    bounds = {0, len(source)}
    for f in findings:
        bounds.update((min(f.location.start, len(source)), min(f.location.end, len(source))))
    points = sorted(bounds)
    out: list[str] = []
    ids = {id(f): f"{prefix}-{i}" for i, f in enumerate(findings)}
    zero: dict[int, list[Finding]] = {}
    for f in findings:
        if f.location.start >= f.location.end:
            zero.setdefault(min(f.location.start, len(source)), []).append(f)
    for a, b in zip(points, points[1:]):
        for f in zero.pop(a, []):
            out.append(_mark(f, ids[id(f)], "\u2691"))
        covering = [f for f in findings if f.location.start <= a and b <= f.location.end and f.location.start < f.location.end]
        covering.sort(key=lambda f: (f.location.end - f.location.start), reverse=True)
        segment = _e(source[a:b])
        for f in reversed(covering):
            segment = _mark(f, ids[id(f)], segment, escaped=True)
        out.append(segment)
    for items in zero.values():
        out.extend(_mark(f, ids[id(f)], "\u2691") for f in items)
    return "".join(out)


def _mark(f: Finding, fid: str, inner: str, escaped: bool = False) -> str:
    tip = f"{f.rule_id}: {f.message}" + (f" Suggestion: {f.suggestion}" if f.suggestion and f.suggestion not in f.message else "")
    body = inner if escaped else _e(inner)
    return (f'<mark class="hl sev-{f.severity}" data-finding="{fid}" data-family="{_e(f.family)}" '
            f'data-severity="{f.severity}" style="--c:{_colour(f.family)}" title="{_e(tip)}">{body}</mark>')


def _panel(findings: list[Finding], prefix: str) -> str:
    by_family: dict[str, list[tuple[int, Finding]]] = {}
    for i, f in enumerate(findings):
        by_family.setdefault(f.family, []).append((i, f))
    parts = []
    for family in sorted(by_family, key=lambda fam: (-len(by_family[fam]), fam)):
        items = by_family[family]
        rows = []
        for i, f in items:
            suggestion = f'<div class="sug">suggestion: {_e(f.suggestion)}</div>' if f.suggestion else ""
            rows.append(f'<li class="finding sev-{f.severity}" data-family="{_e(family)}" data-severity="{f.severity}">'
                        f'<button type="button" class="goto" data-target="{prefix}-{i}">'
                        f'<span class="sev">{f.severity}</span> <code>{_e(f.rule_id)}</code> '
                        f'<span class="loc">{f.location.line}:{f.location.column}</span></button>'
                        f'<div class="msg">{_e(f.message)}</div>{suggestion}</li>')
        parts.append(f'<details open class="family" data-family="{_e(family)}"><summary>'
                     f'<span class="swatch" style="background:{_colour(family)}"></span>{_e(family)} '
                     f'<span class="count">{len(items)}</span></summary><ul>{"".join(rows)}</ul></details>')
    return "".join(parts) or "<p>No findings.</p>"


def _metrics(r: FileResult) -> str:
    labels = [("words", "words"), ("sentences", "sentences"), ("flesch_reading_ease", "Flesch reading ease"),
              ("flesch_kincaid_grade", "Flesch-Kincaid grade"), ("avg_sentence_length", "words per sentence"),
              ("long_sentence_share", "long sentences")]
    cells = []
    for key, label in labels:
        if key in r.metrics:
            value = r.metrics[key]
            shown = f"{100 * float(value):.0f}%" if key == "long_sentence_share" else value
            cells.append(f"<div><dt>{_e(label)}</dt><dd>{_e(shown)}</dd></div>")
    return f'<dl class="metrics">{"".join(cells)}</dl>' if cells else ""


def _article(r: FileResult, n: int) -> str:
    prefix = f"a{n}-f"
    findings = sorted(r.findings, key=lambda f: (f.location.start, f.location.end, f.rule_id))
    c = r.counts()
    counts = " · ".join(f"{c[k]} {k}" for k in ("error", "warning", "info") if c[k]) or "no findings"
    profile = f'<span class="profile">profile {_e(r.profile["name"])}: {_e(r.profile["reason"])}</span>' if r.profile else ""
    skipped = "".join(f'<p class="skipped">{_e(s["family"])} skipped: {_e(s["reason"])}</p>' for s in r.skipped)
    families = sorted({f.family for f in findings})
    filters = "".join(f'<label><input type="checkbox" class="ff" value="{_e(fam)}" checked> '
                      f'<span class="swatch" style="background:{_colour(fam)}"></span>{_e(fam)}</label>' for fam in families)
    severities = "".join(f'<label><input type="checkbox" class="fs" value="{s}" checked> {s}</label>'
                         for s in ("error", "warning", "info"))
    text = _highlighted(r.source or "", findings, prefix)
    return f"""<section class="article" id="article-{n}" data-findings="{len(findings)}">
<header><h2>{_e(r.path)}</h2><span class="score" title="quality score, 0-100">{_e(r.score)}</span>
<span class="counts">{_e(counts)}</span>{profile}</header>
{_metrics(r)}{skipped}
<div class="filters"><span>Families:</span>{filters}<span>Severities:</span>{severities}</div>
<div class="cols"><pre class="text">{text}</pre>
<aside class="panel"><div class="detail" aria-live="polite">Click a highlight or a finding.</div>{_panel(findings, prefix)}</aside></div>
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
        rows.append(f'<tr><td><a href="#article-{n}">{_e(r.path)}</a></td><td>{_e(r.score)}</td><td>{c["error"]}</td>'
                    f'<td>{c["warning"]}</td><td>{c["info"]}</td><td>{c["total"]}</td></tr>')
    return ('<table class="index"><thead><tr><th>article</th><th>score</th><th>errors</th><th>warnings</th>'
            f'<th>info</th><th>total</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
main{max-width:1280px;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.4rem} h2{font-size:1.1rem;margin:0;word-break:break-all}
.summary{color:#555}
table.index{border-collapse:collapse;margin:1rem 0;width:100%;background:#fff}
.index th,.index td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
.article{background:#fff;border:1px solid #ddd;border-radius:6px;margin:1.5rem 0;padding:1rem}
.article header{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
.score{font-weight:700;font-size:1.2rem;border:2px solid #333;border-radius:4px;padding:0 .4rem}
.profile,.counts,.skipped{color:#555;font-size:.9rem}
.metrics{display:flex;gap:1.5rem;flex-wrap:wrap;margin:.5rem 0}
.metrics div{display:flex;flex-direction:column} .metrics dt{font-size:.75rem;color:#666} .metrics dd{margin:0;font-weight:600}
.filters{display:flex;gap:.75rem;flex-wrap:wrap;font-size:.85rem;margin:.5rem 0}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:15px/1.6 Georgia,serif;margin:0}
mark.hl{background:color-mix(in srgb,var(--c) 22%,transparent);border-bottom:2px solid var(--c);cursor:pointer;color:inherit}
mark.hl.sev-error{border-bottom-style:double}
mark.hl.active{outline:3px solid var(--c);background:color-mix(in srgb,var(--c) 45%,transparent)}
.article.hide-marks mark.hl.off{background:none;border-bottom:none;cursor:text}
.panel{font-size:.9rem;max-height:80vh;overflow:auto}
.detail{border:1px solid #ccc;border-radius:4px;padding:.5rem;margin-bottom:.5rem;background:#fffbe6;min-height:2.5rem}
.panel ul{list-style:none;padding:0;margin:.25rem 0}
.finding{border-top:1px solid #eee;padding:.3rem 0}
.finding.off{display:none}
.goto{background:none;border:0;padding:0;cursor:pointer;text-align:left;font:inherit}
.sev{font-size:.75rem;text-transform:uppercase;font-weight:700}
.sev-error .sev{color:#b00} .sev-warning .sev{color:#a60} .sev-info .sev{color:#06a}
.loc{color:#888} .sug{color:#444;font-style:italic}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:middle}
.count{background:#eee;border-radius:8px;padding:0 .4rem;font-size:.8rem}
"""

JS = """
document.querySelectorAll('section.article').forEach(function(sec){
  var detail = sec.querySelector('.detail');
  function show(id){
    sec.querySelectorAll('mark.hl.active').forEach(function(m){m.classList.remove('active');});
    var marks = sec.querySelectorAll('mark.hl[data-finding="'+id+'"]');
    marks.forEach(function(m){m.classList.add('active');});
    if(marks.length){ marks[0].scrollIntoView({block:'center'}); detail.textContent = marks[0].title; }
  }
  sec.querySelectorAll('button.goto').forEach(function(b){
    b.addEventListener('click', function(){ show(b.dataset.target); });
  });
  sec.querySelectorAll('mark.hl').forEach(function(m){
    m.addEventListener('click', function(ev){ ev.stopPropagation(); show(m.dataset.finding); });
  });
  function apply(){
    var fams = {}, sevs = {};
    sec.querySelectorAll('input.ff').forEach(function(i){ fams[i.value] = i.checked; });
    sec.querySelectorAll('input.fs').forEach(function(i){ sevs[i.value] = i.checked; });
    sec.classList.add('hide-marks');
    sec.querySelectorAll('[data-family][data-severity]').forEach(function(el){
      var on = fams[el.dataset.family] !== false && sevs[el.dataset.severity] !== false;
      el.classList.toggle('off', !on);
    });
  }
  sec.querySelectorAll('input.ff, input.fs').forEach(function(i){ i.addEventListener('change', apply); });
});
"""


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
<h1>artlint report</h1>
<p class="summary">{len(checked)} article{'s' if len(checked) != 1 else ''} checked, {c['total']} findings
({c['error']} errors, {c['warning']} warnings, {c['info']} info){'; ' + _e(fam_line) if fam_line else ''}.
artlint {__version__}.</p>
{errors}{index}{articles}
</main><script>{JS}</script></body></html>
"""
