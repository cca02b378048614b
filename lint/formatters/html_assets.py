"""The HTML report's inline style sheet, script and family colours (one file, no network)."""
from __future__ import annotations

# Okabe & Ito's palette ("Color Universal Design", jfly.uni-koeln.de/color), chosen to stay apart for
# readers with any common colour-vision deficiency; families beyond its eight get greys and are told
# apart by their label too.  tests/formatters/test_html.py checks the distances under simulated
# protanopia, deuteranopia and tritanopia.
FAMILY_COLOURS = {
    "hype": "#D55E00",         # vermillion
    "credits": "#E69F00",      # orange
    "promo": "#CC79A7",        # reddish purple
    "dates": "#0072B2",        # blue
    "names": "#009E73",        # bluish green
    "attribution": "#56B4E9",  # sky blue
    "schema": "#F0E442",       # yellow
    "readability": "#000000",  # black: drawn as an underline and a margin bar, never as a fill
    "grammar": "#777777",
    "suppression": "#BBBBBB",
}
OTHER_COLOUR = "#999999"

SCORE_BANDS = ((85, "good", "#009E73"), (60, "fair", "#E69F00"), (0, "poor", "#D55E00"))

CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#f6f6f4}
main{max-width:1320px;margin:0 auto;padding:1rem 1.5rem}
h1.title{font-size:1.4rem} h2{font-size:1.05rem;margin:0;word-break:break-all;font-family:ui-monospace,monospace}
.summary{color:#555}
table.index{border-collapse:collapse;margin:1rem 0;width:100%;background:#fff}
.index th,.index td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
.article{background:#fff;border:1px solid #ddd;border-radius:6px;margin:1.5rem 0;padding:1rem}
.article>header{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
.score{font-weight:700;font-size:1.15rem;border-radius:4px;padding:.05rem .5rem;color:#fff;background:var(--band)}
.score.band-fair{color:#222}
.why{color:#555;font-size:.8rem;margin:.25rem 0 0}
.profile,.counts,.skipped{color:#555;font-size:.9rem}
.metrics{display:flex;gap:1.5rem;flex-wrap:wrap;margin:.5rem 0}
.metrics div{display:flex;flex-direction:column} .metrics dt{font-size:.75rem;color:#666} .metrics dd{margin:0;font-weight:600}
.first{border:1px solid #e3d9b8;background:#fffbea;border-radius:4px;padding:.4rem .8rem;margin:.5rem 0;font-size:.9rem}
.first h3{margin:.1rem 0;font-size:.95rem} .first ol{margin:.2rem 0;padding-left:1.4rem}
.filters{display:flex;gap:.75rem;flex-wrap:wrap;font-size:.85rem;margin:.5rem 0;align-items:center}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}
.reader{font:17px/1.65 Georgia,'Times New Roman',serif;max-width:44rem}
.reader .b{margin:0 0 .8rem;padding-left:.6rem;border-left:4px solid transparent}
.reader .b[data-margin]{border-left-color:var(--m)}
.reader h1.b-headline{font:700 1.7rem/1.25 Georgia,serif;margin:0 0 .6rem;padding-bottom:.5rem;border-bottom:3px double #333}
.reader .b-dek{font-size:1.1rem;color:#444;font-style:italic}
.reader h3.b-subheading{font-size:1.1rem;margin-top:1rem}
.reader blockquote.b-quote{margin-left:1rem;color:#333;font-style:italic}
.reader .b-caption,.reader .b-credit,.reader .b-image-text{font:.85rem/1.4 system-ui,sans-serif;color:#555;margin:-.4rem 0 .8rem}
.reader .b-image-text{background:#eee;padding:.6rem;margin-top:.4rem}
.reader .b-promo{background:#f4f4f4}
.reader .kind{font:600 .65rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#888;margin-right:.3rem}
.reader .whole{font:.85rem system-ui,sans-serif;color:#555}
table.meta{font:.8rem system-ui,sans-serif;border-collapse:collapse;margin-top:1rem}
.meta caption{text-align:left;font-weight:600;color:#666}
.meta th,.meta td{border:1px solid #e2e2e2;padding:.15rem .4rem;text-align:left;vertical-align:top}
.meta th{color:#666;font-weight:500}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:13px/1.55 ui-monospace,monospace;margin:0;display:none}
.article.show-source pre.text{display:block} .article.show-source .reader{display:none}
mark.hl{background:color-mix(in srgb,var(--c) 28%,transparent);border-bottom:2px solid var(--c);cursor:pointer;color:inherit}
mark.hl.sev-error{border-bottom-width:3px;border-bottom-style:double}
mark.hl.wide{background:none;border-bottom:2px dotted var(--c)}
mark.hl.active{outline:3px solid var(--c);background:color-mix(in srgb,var(--c) 45%,transparent)}
.article.hide-marks mark.hl.off{background:none;border-bottom:none;cursor:text;outline:none}
.panel{font-size:.9rem;max-height:85vh;overflow:auto}
.detail{border:1px solid #ccc;border-radius:4px;padding:.5rem;margin-bottom:.5rem;background:#fffbe6;min-height:2.5rem}
.panel ul{list-style:none;padding:0;margin:.25rem 0}
.finding{border-top:1px solid #eee;padding:.3rem 0}
.finding.off{display:none}
.goto{background:none;border:0;padding:0;cursor:pointer;text-align:left;font:inherit;color:inherit}
.copy,.toggle{font-size:.75rem;border:1px solid #bbb;border-radius:3px;background:#f8f8f8;cursor:pointer;padding:0 .4rem}
.sev{font-size:.75rem;text-transform:uppercase;font-weight:700}
.sev-error .sev,.sev.error{color:#b00} .sev-warning .sev,.sev.warning{color:#8a5a00} .sev-info .sev{color:#06a}
.loc{color:#888} .sug{color:#444;font-style:italic} .msg{margin:.1rem 0}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:middle}
.count{background:#eee;border-radius:8px;padding:0 .4rem;font-size:.8rem}
"""

JS = """
document.querySelectorAll('section.article').forEach(function(sec){
  var detail = sec.querySelector('.detail');
  function view(){ return sec.classList.contains('show-source') ? sec.querySelector('pre.text') : sec.querySelector('.reader') || sec.querySelector('pre.text'); }
  function show(id){
    sec.querySelectorAll('mark.hl.active').forEach(function(m){m.classList.remove('active');});
    var sel = 'mark.hl[data-finding="'+id+'"]';
    var marks = view().querySelectorAll(sel);
    if(!marks.length && sec.querySelector('pre.text').querySelector(sel)){ sec.classList.add('show-source'); marks = view().querySelectorAll(sel); }
    marks.forEach(function(m){m.classList.add('active');});
    if(marks.length){ marks[0].scrollIntoView({block:'center'}); detail.textContent = marks[0].title; }
  }
  sec.querySelectorAll('button.goto').forEach(function(b){
    b.addEventListener('click', function(){ show(b.dataset.target); });
  });
  sec.querySelectorAll('mark.hl').forEach(function(m){
    m.addEventListener('click', function(ev){ ev.stopPropagation(); show(m.dataset.finding); });
  });
  var toggle = sec.querySelector('button.toggle');
  if(toggle){ toggle.addEventListener('click', function(){
    sec.classList.toggle('show-source');
    toggle.textContent = sec.classList.contains('show-source') ? 'show article' : 'show source';
  }); }
  sec.querySelectorAll('button.copy').forEach(function(b){
    b.addEventListener('click', function(){
      var text = b.dataset.copy, done = function(){ b.textContent = 'copied'; };
      if(navigator.clipboard && window.isSecureContext){ navigator.clipboard.writeText(text).then(done, fallback); } else { fallback(); }
      function fallback(){
        var area = document.createElement('textarea'); area.value = text; document.body.appendChild(area);
        area.select(); try { document.execCommand('copy'); done(); } catch(e) {} area.remove();
      }
    });
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
