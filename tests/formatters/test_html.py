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
