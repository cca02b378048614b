"""The HTML report: self-contained, escaped, and working in a real headless Chromium."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from artlint import check_text
from artlint.formatters import get
from artlint.report import Report
from conftest import FIXTURES

HOSTILE = ("A <script>alert(1)</script> headline\n\nThe cinematic masterpiece <img src=x onerror=alert(2)> opens "
           "</textarea> in July 2024.\n\nJoin Our Telegram Channel\n")


def _report(*texts: tuple[str, str]) -> Report:
    files = [check_text(t, config={"ignore": ["grammar"]}, path=p).files[0] for p, t in texts]
    return Report(files)


def test_report_is_self_contained_and_escapes_article_text() -> None:
    page = get("html")(_report(("hostile.txt", HOSTILE)))
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "</textarea>" not in page.replace("&lt;/textarea&gt;", "")
    assert page.count("<script>") == 1  # ours, and only ours
    assert not re.search(r"""(?:src|href)=["']?https?://""", page)  # no CDN, no network


def test_every_finding_has_a_highlight() -> None:
    report = _report(("seed.txt", (FIXTURES / "seed.txt").read_text(encoding="utf-8")))
    page = get("html")(report)
    ids = set(re.findall(r'<mark class="hl[^"]*" data-finding="([^"]+)"', page))
    assert len(ids) == len(report.findings)


def _browser():  # type: ignore[no-untyped-def]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("no chromium/chromedriver on this machine (bash scripts/setup installs them as root on Debian)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


def test_report_in_a_real_browser(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    seed = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    report = _report(("seed.txt", seed), ("hostile.txt", HOSTILE))
    page = tmp_path / "report.html"
    page.write_text(get("html")(report), encoding="utf-8")
    browser = _browser()
    try:
        browser.get(page.as_uri())
        alerts = browser.execute_script("return window.__alerted || null")
        assert alerts is None
        sections = browser.find_elements(By.CSS_SELECTOR, "section.article")
        assert len(sections) == 2
        for section, result in zip(sections, report.files):
            ids = {m.get_attribute("data-finding") for m in section.find_elements(By.CSS_SELECTOR, "mark.hl")}
            assert len(ids) == len(result.findings)
        seed_section = sections[0]
        button = seed_section.find_element(By.CSS_SELECTOR, "button.goto")
        target = button.get_attribute("data-target")
        button.click()
        active = seed_section.find_elements(By.CSS_SELECTOR, "mark.hl.active")
        assert active and all(m.get_attribute("data-finding") == target for m in active)
        assert seed_section.find_element(By.CSS_SELECTOR, ".detail").text.startswith(
            active[0].get_attribute("data-family"))
        hype = seed_section.find_element(By.CSS_SELECTOR, 'input.ff[value="hype"]')
        hype.click()
        hidden = [li for li in seed_section.find_elements(By.CSS_SELECTOR, 'li.finding[data-family="hype"]')]
        assert hidden and all(not li.is_displayed() for li in hidden)
        credits = seed_section.find_elements(By.CSS_SELECTOR, 'li.finding[data-family="credits"]')
        assert credits and all(li.is_displayed() for li in credits)
        browser.save_screenshot(str(tmp_path / "report.png"))
        assert (tmp_path / "report.png").stat().st_size > 10_000
        out = Path(__file__).resolve().parents[1] / "screenshots"
        out.mkdir(exist_ok=True)
        shutil.copy(tmp_path / "report.png", out / "html-report.png")
    finally:
        browser.quit()


# --- the report as an editor sees it -------------------------------------------------------------------------

FORMATS = ("txt", "md", "html", "json")
HEADLINE = "‘Escape’ starring Lee Je Hoon and Koo Kyo Hwan"


def _fixture_report(fmt: str) -> Report:
    text = (FIXTURES / f"seed.{fmt}").read_text(encoding="utf-8")
    return check_text(text, format=fmt, config={"ignore": ["grammar"]}, path=f"tests/fixtures/seed.{fmt}")


def _reader(page: str) -> str:
    return page.split('<div class="reader">', 1)[1].split('<pre class="text">', 1)[0]


def _strip_tags(fragment: str) -> str:
    import html as html_mod

    return html_mod.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.mark.parametrize("fmt", FORMATS)
def test_article_is_rendered_as_a_reader_sees_it(fmt: str) -> None:
    page = get("html")(_fixture_report(fmt))
    reader = _reader(page)
    headline = re.search(r'<h1 class="b b-headline"[^>]*>(.*?)</h1>', reader)
    assert headline and _strip_tags(headline[1]).startswith(HEADLINE)
    # no markup, front matter, Markdown syntax or JSON keys in the reader view
    for raw in ("&lt;p", "&lt;h1", "---", "# ‘Escape’", '"headline":', "&amp;lsquo;", "application/ld+json"):
        assert raw not in reader, raw
    # the promo line and the vague credit are marked on exactly their words
    marked = {(m[1], _strip_tags(m[2])) for m in re.finditer(
        r'<mark class="hl[^"]*" data-finding="[^"]+" data-family="([a-z]+)"[^>]*>((?:(?!</mark>).)*)</mark>', reader)}
    assert ("promo", "Join Our Telegram Channel") in marked
    assert ("credits", "Google") in marked
    if fmt != "txt":
        assert '<table class="meta"><caption>metadata</caption><tr><th>headline</th>' in reader


def test_whole_sentence_findings_are_underlined_not_filled() -> None:
    text = ("Film opens\n\n" + "The long sentence that goes on " * 8 + "and ends here.\n\n"
            "Join Our Telegram Channel\n")
    report = check_text(text, config={"select": ["readability/long-sentence", "promo"]}, path="long.txt")
    page = get("html")(report)
    reader = _reader(page)
    assert re.search(r'<p class="b b-paragraph" data-margin="1" style="--m:#000000" title="readability/long-sentence: ', reader)
    assert re.search(r'<mark class="hl wide sev-info" data-finding="[^"]+" data-family="readability"', reader)
    assert re.search(r'<mark class="hl sev-warning" data-finding="[^"]+" data-family="promo"', reader)


def test_score_band_and_explanation() -> None:
    report = _fixture_report("txt")
    seed, score = get("html")(report), report.files[0].score
    assert score < 60  # the seed is poor, whatever the exact figure of today's rules
    assert '<span class="score band-poor" style="--band:#D55E00" title="quality score (poor): 100 × e^(−d/5)' in seed
    assert f">{score}/100</span>" in seed and f"Score {score}/100 (poor; 85 and up: good, 60–84: fair, below 60: poor)" in seed
    clean = get("html")(check_text("Film opens\n\nThe film opens on July 3, 2024 in Seoul.\n", config={"select": ["promo"]}))
    assert '<span class="score band-good" style="--band:#009E73"' in clean and ">100/100</span>" in clean


def test_one_word_count_everywhere() -> None:
    report = _fixture_report("txt")
    words = report.files[0].metrics["words"]
    density = next(f for f in report.findings if f.rule_id == "hype/density")
    assert words == 329 and f" in {words} words " in density.message
    assert f"<dt>words (body)</dt><dd>{words}</dd>" in get("html")(report)


def test_fix_these_first_lists_errors_then_warnings_by_family() -> None:
    page = get("html")(_fixture_report("txt"))
    block = page.split('<div class="first"><h3>Fix these first</h3><ol>', 1)[1].split("</ol>", 1)[0]
    rows = [_strip_tags(li) for li in re.findall(r"<li>(.*?)</li>", block)]
    assert [row.split(":")[0] for row in rows] == [
        "error credits", "warning hype", "warning names", "warning dates", "warning promo"]
    assert rows[1].startswith("warning hype: 25 × hype/puffery, 2 × hype/clickbait-headline, 1 × hype/unsupported-headline")


def test_copied_suppression_comment_silences_the_finding() -> None:
    seed = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    report = _report(("seed.txt", seed))
    page = get("html")(report)
    promo = next(f for f in report.findings if f.rule_id == "promo/reader-call")
    comment = "<!-- artlint-disable-next-line promo/reader-call -- reason -->"
    assert f'data-copy="{comment.replace("<", "&lt;").replace(">", "&gt;")}">copy suppression comment</button>' in page
    lines = seed.split("\n")
    lines.insert(promo.location.line - 1, comment)
    again = _report(("seed.txt", "\n".join(lines)))
    assert "promo/reader-call" not in {f.rule_id for f in again.findings}
    assert "suppression/unused" not in {f.rule_id for f in again.findings}
    json_page = get("html")(_fixture_report("json"))
    assert 'data-copy="[rules.&quot;promo/reader-call&quot;]\nenabled = false\n">copy config override</button>' in json_page


def _linear(srgb: str) -> list[float]:
    out = []
    for i in (1, 3, 5):
        c = int(srgb[i : i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


# Machado, Oliveira & Fernandes (2009) simulation matrices at severity 1.0, applied to linear RGB.
_CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def test_family_colours_stay_apart_for_colour_blind_readers() -> None:
    from artlint.formatters.html import FAMILY_COLOURS

    marked = ["hype", "credits", "promo", "dates", "names", "attribution", "schema", "readability"]
    assert len({FAMILY_COLOURS[f] for f in marked}) == len(marked)
    for vision, matrix in [("normal", ((1, 0, 0), (0, 1, 0), (0, 0, 1))), *_CVD.items()]:
        labs = {}
        for fam in marked:
            rgb = _linear(FAMILY_COLOURS[fam])
            sim = [max(0.0, min(1.0, sum(m * c for m, c in zip(row, rgb)))) for row in matrix]
            labs[fam] = _lab(sim)
        for i, a in enumerate(marked):
            for b in marked[i + 1:]:
                distance = sum((p - q) ** 2 for p, q in zip(labs[a], labs[b])) ** 0.5
                assert distance >= 10, (vision, a, b, round(distance, 1))
    # the two the issue found alike, hype red and attribution brown, now differ in lightness and hue
    assert FAMILY_COLOURS["hype"] == "#D55E00" and FAMILY_COLOURS["attribution"] == "#56B4E9"


def test_each_input_format_in_a_real_browser(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    out = Path(__file__).resolve().parents[1] / "screenshots"
    out.mkdir(exist_ok=True)
    browser = _browser()
    try:
        for fmt in FORMATS:
            report = _fixture_report(fmt)
            page = tmp_path / f"seed-{fmt}.html"
            page.write_text(get("html")(report), encoding="utf-8")
            browser.get(page.as_uri())
            section = browser.find_element(By.CSS_SELECTOR, "section.article")
            reader = section.find_element(By.CSS_SELECTOR, ".reader")
            source = section.find_element(By.CSS_SELECTOR, "pre.text")
            assert reader.is_displayed() and not source.is_displayed()
            headline = reader.find_element(By.CSS_SELECTOR, "h1.b-headline")
            assert headline.text.startswith(HEADLINE)
            paragraph = reader.find_element(By.CSS_SELECTOR, "p.b-paragraph")
            size = "return parseFloat(getComputedStyle(arguments[0]).fontSize)"
            assert browser.execute_script(size, headline) > 1.4 * browser.execute_script(size, paragraph)
            promo = reader.find_element(By.CSS_SELECTOR, 'mark.hl[data-family="promo"]')
            assert promo.text == "Join Our Telegram Channel"
            fill = "return getComputedStyle(arguments[0]).backgroundColor"
            assert browser.execute_script(fill, promo) != "rgba(0, 0, 0, 0)"
            for wide in reader.find_elements(By.CSS_SELECTOR, "mark.hl.wide"):  # underlined, never filled
                assert browser.execute_script(fill, wide) == "rgba(0, 0, 0, 0)"
                assert browser.execute_script("return getComputedStyle(arguments[0]).borderBottomStyle", wide) == "dotted"
            assert section.find_element(By.CSS_SELECTOR, ".score").text == f"{report.files[0].score}/100"
            copy = section.find_element(By.CSS_SELECTOR, "li.finding button.copy")
            copy.click()  # the clipboard answers asynchronously: wait for the label, do not race it
            WebDriverWait(browser, 10).until(lambda _, button=copy: button.text == "copied")
            browser.save_screenshot(str(out / f"html-report-{fmt}.png"))
            section.find_element(By.CSS_SELECTOR, "button.toggle").click()
            assert source.is_displayed() and not reader.is_displayed()
            ids = {m.get_attribute("data-finding") for m in section.find_elements(By.CSS_SELECTOR, "pre.text mark.hl")}
            assert len(ids) == len(report.findings)
    finally:
        browser.quit()
