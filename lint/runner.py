"""Checking files: expand paths, resolve each file's config and rules, parse, run, collect."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import config as config_mod
from .document import Document
from .engine import run
from .env import Env
from .errors import ArtlintError, InputError
from .parsers import FORMATS, parse, read
from .report import FileResult, Report
from .rules import Rule
from .text import sentences, word_count

ARTICLE_SUFFIXES = tuple(FORMATS) + (".markdown",)


def expand(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """(path, error) for every article named or found under a directory, sorted within each."""
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                str(f) for f in p.rglob("*")
                if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                yield raw, "directory has no articles (.txt .md .markdown .html .htm .json)"
            for f in found:
                yield f, None
        elif p.exists():
            yield raw, None
        else:
            yield raw, "no such file or directory"


def reference_date(doc: Document, fallback: dt.date | None) -> dt.date | None:
    """The article's published date when it has one, else the configured date."""
    published = doc.meta.get("published")
    if isinstance(published, str):
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass
    return fallback


def metrics(doc: Document) -> dict[str, float | int]:
    body = list(doc.blocks_in(("body",)))
    n_sentences = sum(len(sentences(b.text)) for b in body)
    n_words = sum(word_count(b.text) for b in body)
    return {
        "words": n_words,
        "sentences": n_sentences,
        "paragraphs": len(body),
        "images": len(doc.images),
    }


@dataclass
class Runner:
    """Checks files with one fixed config, or with each file's discovered config."""

    config: config_mod.Config | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rules_paths: tuple[str, ...] = ()
    fail_on: str | None = None
    reference: dt.date | None = None
    grammar: object | None = None
    _rules: dict[object, list[Rule]] = field(default_factory=dict)
    _configs: dict[Path, config_mod.Config] = field(default_factory=dict)  # per run, by directory

    def config_for(self, path: str) -> config_mod.Config:
        if self.config is not None:
            base = self.config
        else:
            folder = Path("." if path == "-" else path).resolve().parent
            if folder not in self._configs:
                found = config_mod.find_config_file(folder)
                self._configs[folder] = config_mod.load_file(found) if found else config_mod.Config()
            base = self._configs[folder]
        return base.with_cli(self.select, self.ignore, self.rules_paths, self.fail_on, self.reference)

    def rules_for(self, cfg: config_mod.Config) -> list[Rule]:
        key = repr(cfg)  # by value: each file gets its own Config, and overrides hold dicts
        if key not in self._rules:
            self._rules[key] = config_mod.active_rules(cfg)
        return self._rules[key]

    def check_source(self, text: str, path: str, fmt: str | None = None, cfg: config_mod.Config | None = None) -> FileResult:
        cfg = cfg or self.config_for(path)
        try:
            rules = self.rules_for(cfg)
            doc = parse(text, path, fmt)
            env = Env(today=reference_date(doc, cfg.reference_date), grammar=self.grammar)
            findings = run(doc, rules, env)
        except InputError as error:
            return FileResult(path, fmt, error=error.message, source=text)
        return FileResult(path, doc.format, findings, metrics(doc), source=text)

    def check_file(self, path: str, stdin_text: str | None = None, fmt: str | None = None) -> FileResult:
        try:
            cfg = self.config_for(path)
            if path == "-":
                text = stdin_text or ""
                if not text.strip():
                    return FileResult("-", fmt, error="empty input on stdin")
            else:
                text = read(path, cfg.max_file_size)
        except InputError as error:
            return FileResult(path, error=error.message)
        return self.check_source(text, path, fmt, cfg)

    def check_paths(self, paths: Iterable[str], stdin_text: str | None = None, fmt: str | None = None) -> Report:
        report = Report(fail_on=(self.fail_on or (self.config.fail_on if self.config else None) or "warning"))
        for path, problem in expand(paths):
            if problem:
                report.files.append(FileResult(path, error=problem))
                continue
            result = self.check_file(path, stdin_text, fmt)
            report.files.append(result)
        if report.files and not self.fail_on and not self.config:
            # With discovered configs, the first checked file's config decides fail-on.
            first = next((r.path for r in report.files if not r.error), None)
            if first:
                try:
                    report.fail_on = self.config_for(first).fail_on
                except ArtlintError:
                    pass
        return report
