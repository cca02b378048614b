"""Checking files: expand paths, resolve each file's config and rules, parse, run, collect."""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import config as config_mod
from .checks.contribution import Plan
from .discovery import ARTICLE_SUFFIXES, Unit, Walk, expand, expand_units, units_of
from .document import Document
from .engine import run
from .env import Env
from .errors import ArtlintError, InputError
from .parsers import parse, read
from .report import FileResult, Report
from .rules import Rule
from .settings import Settings
from .textsafe import one_line

__all__ = ["ARTICLE_SUFFIXES", "Runner", "Unit", "expand", "expand_units", "metrics", "reference_date"]

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
    n_sentences = sum(len(b.sentence_spans) for b in body)
    n_words = sum(b.word_total for b in body)
    return {
        "words": n_words,
        "sentences": n_sentences,
        "paragraphs": len(body),
        "images": len(doc.images),
    }


@dataclass
class Runner:
    """Checks files with one fixed config, or with each file's discovered config, under one run's settings."""

    config: config_mod.Config | None = None
    settings: Settings = field(default_factory=Settings)
    grammar: object | None = None  # a GrammarClient to use instead of connecting (tests, library callers)
    _rules: dict[object, tuple[list[Rule], Plan]] = field(default_factory=dict)  # active rules and their plan, by config
    _grammar: dict[tuple[str | None, str], tuple[object | None, str]] = field(default_factory=dict)
    # configs with the settings merged in, once per run: by directory, or under None for the fixed config
    _configs: dict[Path | None, config_mod.Config] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # files left out of the run, and why

    def walk(self) -> Walk:
        return Walk(self.settings.exclude, self.settings.respect_gitignore, self.config)

    def config_for(self, path: str) -> config_mod.Config:
        """The config that governs this file, with the command-line settings merged in."""
        # stdin's config is found from the working directory, as a file's is from its own folder
        folder = None if self.config is not None else Path("./-" if path == "-" else path).resolve().parent
        if folder not in self._configs:
            base = self.config if folder is None else config_mod.discover_folder(folder)
            assert base is not None
            self._configs[folder] = base.with_settings(self.settings)
        return self._configs[folder]

    def rules_for(self, cfg: config_mod.Config) -> list[Rule]:
        return self._active(cfg)[0]

    def _active(self, cfg: config_mod.Config) -> tuple[list[Rule], Plan]:
        """The config's active rules, and what their kinds ask of the run besides their checks (once per config)."""
        key = repr(cfg)  # by value: each file gets its own Config, and overrides hold dicts
        if key not in self._rules:
            rules = config_mod.active_rules(cfg)
            self._rules[key] = (rules, Plan.of(rules))
        return self._rules[key]

    def check_source(self, text: str, path: str, fmt: str | None = None, cfg: config_mod.Config | None = None) -> FileResult:
        """One article's result: its findings, or the one error that stopped it (never an exception)."""
        try:
            return self._check_source(text, path, fmt, cfg)
        except ArtlintError as error:  # a user's mistake (input, config, house rule): the message says what to fix
            return FileResult(path, fmt, error=one_line(error.message), source=text)
        except RecursionError:
            return FileResult(path, fmt, error="nested too deeply to check; this is a bug in artlint: please "
                                               "report it with the file", source=text)
        except MemoryError:
            return FileResult(path, fmt, error="ran out of memory checking this file", source=text)
        except Exception as error:  # a bug must cost one file, not the run
            return FileResult(path, fmt, error=one_line(f"internal error ({type(error).__name__}: {error}); this is a "
                                                        "bug in artlint: please report it with the file"), source=text)

    def _check_source(self, text: str, path: str, fmt: str | None, cfg: config_mod.Config | None) -> FileResult:
        cfg = cfg or self.config_for(path)
        try:
            rules, plan = self._active(cfg)
            doc = parse(text, path, fmt)
            grammar, grammar_off = self.grammar_for(cfg) if plan.uses_grammar else (None, "")
            env = Env(today=reference_date(doc, cfg.reference_date), grammar=grammar, grammar_off=grammar_off,
                      kind=cfg.kind, profiles=cfg.profiles, memo={})
            findings = run(doc, rules, env)
        except InputError as error:
            return FileResult(path, fmt, error=error.message, source=text)
        ignored = set(cfg.ignore)  # a rule's sub-ids (LanguageTool's) name a finding, not a rule file
        findings = [f for f in findings if f.rule_id not in ignored]
        result = FileResult(path, doc.format, findings, metrics(doc), source=text)
        for added in plan.describe(doc, env):  # metrics, profile and skip notes, from the kinds that ran
            result.metrics.update(added.metrics)
            if added.profile is not None:
                result.profile = dict(added.profile)
            result.skipped.extend(dict(note) for note in added.skipped)
        return result

    def grammar_for(self, cfg: config_mod.Config) -> tuple[object | None, str]:
        """The LanguageTool client for this config, connected once per run."""
        if self.grammar is not None:
            return self.grammar, ""
        from .clients.languagetool import connect, setting

        key = (setting(self.settings.languagetool, cfg.languagetool), cfg.language)
        if key not in self._grammar:
            self._grammar[key] = connect(*key)
        return self._grammar[key]

    def check_file(self, path: str, stdin_text: str | None = None, fmt: str | None = None) -> FileResult:
        try:
            cfg = self.config_for(path)
            if path == "-":
                text = stdin_text or ""
                if not text.strip():
                    return FileResult("-", fmt, error="empty input on stdin")
            else:
                text = read(path, cfg.max_file_size)
        except ArtlintError as error:  # the file, or the config found for its folder
            return FileResult(path, error=one_line(error.message))
        except Exception as error:  # e.g. a config file the TOML reader fails on in a way it should not
            return FileResult(path, error=one_line(f"internal error ({type(error).__name__}: {error}); this is a "
                                                   "bug in artlint: please report it"))
        return self.check_source(text, path, fmt, cfg)

    def check_unit(self, unit: Unit, stdin_text: str | None = None, fmt: str | None = None) -> FileResult:
        """One article: a file, stdin, or one line of a JSON Lines archive."""
        path, problem, line_text = unit
        if problem:
            return FileResult(path, error=one_line(problem))
        if line_text is not None:
            try:
                cfg = self.config_for(path.rsplit(":", 1)[0])
            except ArtlintError as error:
                return FileResult(path, error=one_line(error.message))
            return self.check_source(line_text, path, "json", cfg)
        return self.check_file(path, stdin_text, fmt)

    def files(self, paths: Iterable[str]) -> list[tuple[str, str | None]]:
        """(path, problem) for every file the run checks, folders walked once with this run's settings.

        Pass the list on to iter_results and report_fail_on, and use it for the
        files a write must keep away from, so no folder is walked twice.
        """
        return list(expand(paths, self.walk(), self.notes))

    def iter_results(self, paths: Iterable[str], stdin_text: str | None = None, fmt: str | None = None,
                     jobs: int = 1, files: list[tuple[str, str | None]] | None = None) -> Iterator[FileResult]:
        """Results in a fixed order (the order of the paths, each folder sorted), however many processes run."""
        paths = list(paths)
        units = list(units_of(self.files(paths) if files is None else files))
        if jobs <= 1 or len(units) < 2 * jobs or "-" in paths:
            for unit in units:
                yield self.check_unit(unit, stdin_text, fmt)
            return
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(self,)) as pool:
            yield from pool.map(_work, units, chunksize=max(1, min(64, len(units) // (jobs * 8))))

    def check_paths(self, paths: Iterable[str], stdin_text: str | None = None, fmt: str | None = None,
                    jobs: int = 1) -> Report:
        paths = list(paths)
        files = self.files(paths)
        fail_on = self.report_fail_on(paths, files)
        return self.report(list(self.iter_results(paths, stdin_text, fmt, jobs, files)), fail_on)

    def report(self, files: list[FileResult], fail_on: str) -> Report:
        """A Report of these results that carries the rules they ran under, house rules included."""
        return Report(files, fail_on, self.rules_ran(files))

    def rules_ran(self, files: Iterable[FileResult]) -> tuple[Rule, ...]:
        """Every rule these files were checked with, one per id (the first config's wins), in a fixed order.

        Worker processes load their own rules; the configs here are the same
        ones (discovered once per folder), so this costs one lookup per folder.
        """
        # one file per folder stands for it (configs are per folder); "-" for the fixed config, or stdin's
        folders = {"-" if self.config is not None or r.path == "-" else os.path.dirname(r.path): r.path
                   for r in files}
        found: dict[str, Rule] = {}
        for folder in sorted(folders):
            try:
                rules = self.rules_for(self.config_for(folders[folder]))
            except ArtlintError:  # that file's result already carries the error
                continue
            for rule in rules:
                found.setdefault(rule.id, rule)
        return tuple(sorted(found.values(), key=lambda r: r.id))

    def report_fail_on(self, paths: Iterable[str], files: list[tuple[str, str | None]] | None = None) -> str:
        """--fail-on, else the given config's; with discovered configs, the first article's decides."""
        if self.settings.fail_on:
            return self.settings.fail_on
        if self.config:
            return self.config.fail_on
        for path, problem in expand(paths, self.walk()) if files is None else files:
            if not problem and path != "-":
                try:
                    return self.config_for(path).fail_on
                except ArtlintError:
                    break
        return "warning"


_WORKER: Runner | None = None


def _init_worker(runner: Runner) -> None:
    global _WORKER  # one Runner per worker process: rules are loaded and compiled once there
    _WORKER = runner


def _work(unit: Unit) -> FileResult:
    assert _WORKER is not None
    return _WORKER.check_unit(unit)

