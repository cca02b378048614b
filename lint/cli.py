"""The artlint command line (click).  Wiring only: the work happens in runner, config, formatters."""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from . import __version__
from .errors import ArtlintError, UsageError
from .parsers import decode
from .textsafe import printable

if TYPE_CHECKING:  # imported lazily at run time: a cold start pays only for what it uses
    from .report import Report
    from .runner import Runner

FORMAT_NAMES = ("text", "json", "jsonl", "sarif", "github", "junit", "html")  # lint/formatters/, one module each


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for raw in values for v in raw.split(",") if v.strip())


def _fail(error: ArtlintError) -> None:
    click.echo(f"artlint: error: {printable(str(error))}", err=True)
    sys.exit(error.exit_code)


def _reference(value: str | None) -> dt.date | None:
    if value is None:
        return None
    if value == "today":
        return dt.date.today()  # only when the user asks for the wall clock
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD or 'today')") from None


def _use_colour(stream: Any) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def _refuse_input(target: Path, inputs: list[str]) -> None:
    for p in inputs:
        if p != "-" and Path(p).exists() and Path(p).resolve() == target.resolve():
            raise ArtlintError(f"refusing to overwrite the input file {p} with the report")


def _write_output(text: str, output: str | None, inputs: list[str]) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    target = Path(output)
    _refuse_input(target, inputs)
    tmp = target.with_name(f".{target.name}.artlint-tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as error:
        raise ArtlintError(f"cannot write report: {error.strerror}", output) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="artlint")
def main() -> None:
    """artlint: an editorial quality linter for entertainment news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to FILE instead of stdout.")
@click.option("--select", multiple=True, help="Run only these rules or families (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rules or families (comma-separated, repeatable).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file instead of discovery.")
@click.option("--rules", "rules_paths", multiple=True, type=click.Path(), help="House rule file or folder (repeatable).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), help="Lowest severity that exits 1 [default: warning].")
@click.option("--reference-date", help="Judge past and future against this date (YYYY-MM-DD, or 'today').")
@click.option("--stdin-format", type=click.Choice(["txt", "md", "html", "json"]), default="txt", show_default=True, help="Format of text read from '-'.")
@click.option("--kind", help="Profile for articles whose metadata names no kind (film, series, music, celebrity, general).")
@click.option("--languagetool", metavar="URL", help="LanguageTool server for grammar and spelling: a URL, 'local' or 'off'.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), help="Report only findings this baseline does not record.")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False), help="Record the current findings as a baseline and exit 0.")
@click.option("--diff-base", metavar="REV", help="Report only findings on lines added or changed since this git revision.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (rules marked fixable), then report what is left.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the safe fixes as a unified diff instead of applying them.")
@click.option("--statistics", is_flag=True, help="End with a count of findings per rule.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, help="Worker processes (0: one per core).")
@click.option("--no-progress", is_flag=True, help="Never show the progress bar (it shows only on a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Only the finding lines and the summary, no source excerpts.")
def check(paths: tuple[str, ...], fmt: str, output: str | None, select: tuple[str, ...], ignore: tuple[str, ...],
          config_path: str | None, rules_paths: tuple[str, ...], fail_on: str | None, reference_date: str | None,
          stdin_format: str, kind: str | None, languagetool: str | None, baseline_path: str | None,
          write_baseline: str | None, diff_base: str | None, fix: bool, show_diff: bool, statistics: bool,
          jobs: int, no_progress: bool, quiet: bool) -> None:
    """Check articles (files, folders, or - for stdin) and report what needs an editor's eye.

    Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
    2 usage, config or input errors.
    """
    from .config import load_file
    from .formatters import get
    from .runner import Runner

    try:
        config = load_file(config_path) if config_path else None
        runner = Runner(config=config, select=_split(select), ignore=_split(ignore), rules_paths=rules_paths,
                        fail_on=fail_on, reference=_reference(reference_date), kind=kind, languagetool=languagetool)
        if config is None:
            # Fail fast on a broken config or rule file found for the working directory.
            runner.rules_for(runner.config_for(next((p for p in paths if p != "-"), "./-")))
        else:
            runner.rules_for(runner.config_for("-"))
        if (fix or show_diff) and "-" in paths:
            raise UsageError("--fix and --diff work on files, not on stdin")
        stdin_text = decode(sys.stdin.buffer.read(), "-") if "-" in paths else None  # bad bytes: exit 2, one line
        workers = jobs or (os.cpu_count() or 1)
        progress = not no_progress and sys.stderr.isatty() and os.environ.get("CI") is None
        if fmt == "jsonl" and not (fix or show_diff or diff_base or baseline_path or write_baseline or statistics):
            sys.exit(_stream_jsonl(runner, paths, stdin_text, stdin_format, workers, output, progress))
        from .report import Report

        report = Report(fail_on=runner.report_fail_on(paths))
        results = runner.iter_results(paths, stdin_text, stdin_format if "-" in paths else None, workers)
        report.files.extend(_with_progress(results, progress))
        if fix or show_diff:
            report = _fix(runner, report, show_diff)
        if diff_base:
            from .adopt.gitdiff import restrict

            restrict(report, diff_base)
        if baseline_path:
            from .adopt.baseline import apply, load

            apply(report, load(baseline_path))
        for r in report.errors:
            click.echo(f"artlint: error: {printable(r.path)}: {printable(r.error)}", err=True)
        if write_baseline:
            from .adopt.baseline import write

            count = write(report, write_baseline)
            click.echo(f"Wrote a baseline of {count} finding{'s' if count != 1 else ''} to {write_baseline}.", err=True)
            sys.exit(2 if report.errors else 0)
        stream = sys.stdout
        colour = output is None and _use_colour(stream)
        _write_output(get(fmt)(report, colour=colour, quiet=quiet), output, list(paths))
        if statistics:
            click.echo(_statistics(report), err=fmt != "text" and output is None, nl=False)
    except ArtlintError as error:
        _fail(error)
    sys.exit(report.exit_code())


def _with_progress(results: Any, show: bool) -> Any:
    """Pass results through, drawing 'artlint: N files checked' on stderr when it is a terminal."""
    n = 0
    for n, result in enumerate(results, 1):
        if show and (n < 50 or n % 25 == 0):
            click.echo(f"\rartlint: {n} files checked", err=True, nl=False)
        yield result
    if show and n:
        click.echo(f"\rartlint: {n} files checked", err=True)


def _stream_jsonl(runner: Runner, paths: tuple[str, ...], stdin_text: str | None, stdin_format: str, workers: int,
                  output: str | None, progress: bool) -> int:
    """JSON Lines written as results arrive: an archive run holds one article at a time, not the whole report."""
    import tempfile

    from .formatters.jsonl import line
    from .findings import Severity

    fail_on = runner.report_fail_on(paths)
    threshold = None if fail_on == "never" else Severity.parse(fail_on)
    code = 0
    target = Path(output) if output else None
    stream: TextIO
    if target is not None:
        _refuse_input(target, list(paths))
        fd, tmp = tempfile.mkstemp(dir=target.resolve().parent, prefix=f".{target.name}.")
        stream = os.fdopen(fd, "w", encoding="utf-8")
    else:
        stream = sys.stdout
    try:
        results = runner.iter_results(paths, stdin_text, stdin_format if "-" in paths else None, workers)
        for result in _with_progress(results, progress):
            stream.write(line(result))
            if result.error:
                click.echo(f"artlint: error: {printable(result.path)}: {printable(result.error)}", err=True)
                code = 2
            elif code == 0 and threshold is not None and any(f.severity >= threshold for f in result.findings):
                code = 1
    finally:
        if target is not None:
            stream.close()
            os.replace(tmp, target)
    return code


def _statistics(report: Report) -> str:
    """Findings per rule, most frequent first: ruff's --statistics."""
    from collections import Counter

    counts = Counter(f.rule_id for f in report.findings)
    if not counts:
        return ""
    width = max(len(str(n)) for n in counts.values())
    return "\n" + "".join(f"{n:>{width}}  {rule}\n" for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _fix(runner: Runner, report: Report, show_diff: bool) -> Report:
    """Apply (or show) the safe fixes, then re-check the fixed files so the report shows what is left."""
    from .adopt.fixer import apply_fixes, unified_diff, write_atomically

    changed = 0
    for i, r in enumerate(report.files):
        if r.error or r.source is None or not any(f.fix is not None for f in r.findings):
            continue
        fixed, applied = apply_fixes(r.source, r.findings, r.format)
        if not applied or fixed == r.source:
            continue
        if show_diff:
            click.echo(unified_diff(r.path, r.source, fixed), nl=False)
            continue
        with open(r.path, "rb") as handle:  # the text was read without its byte-order mark; keep it on disk
            bom = handle.read(3) == b"\xef\xbb\xbf"
        write_atomically(r.path, ("\ufeff" if bom else "") + fixed)
        changed += 1
        report.files[i] = runner.check_file(r.path)
    if not show_diff:
        click.echo(f"Fixed {changed} file{'s' if changed != 1 else ''}.", err=True)
    return report


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler to use (tcp://host:8786); default: a local cluster.")
@click.option("--dask", "local", is_flag=True, help="Start a local Dask cluster (the default when no --scheduler).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Workers for the local cluster (default: cores).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="JSON Lines results file (default: stdout).")
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False), help="Also write the summary JSON here.")
@click.option("--select", multiple=True, help="Run only these rules or families.")
@click.option("--ignore", multiple=True, help="Skip these rules or families.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file for every article.")
def audit(sources: tuple[str, ...], scheduler: str | None, local: bool, workers: int | None, output: str | None,
          summary_path: str | None, select: tuple[str, ...], ignore: tuple[str, ...], config_path: str | None) -> None:
    """Audit an archive on a Dask cluster: folders, globs or JSON Lines files in, JSON Lines results out.

    Prints a summary (articles, findings per rule, the worst articles) on stderr.
    """
    from .adopt import audit as audit_mod
    from .config import Config, load_file
    from .runner import Runner

    try:
        config = load_file(config_path) if config_path else Config()
        runner = Runner(config=config, select=_split(select), ignore=_split(ignore))
        runner.rules_for(runner.config_for("-"))  # a broken config fails here, not on every worker
        if output:
            _refuse_input(Path(output), list(sources))
        stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
        try:
            summary = audit_mod.run(sources, runner, stream, scheduler, workers or (os.cpu_count() or 2))
        finally:
            if output:
                stream.close()
        click.echo(audit_mod.write_summary(summary, summary_path), err=True, nl=False)
    except ArtlintError as error:
        _fail(error)
    sys.exit(2 if summary.errors else 0)


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Show the rules this config runs.")
@click.option("--all", "show_all", is_flag=True, help="Include rules that are off by default.")
def rules_cmd(fmt: str, config_path: str | None, show_all: bool) -> None:
    """List the rules: id, severity, kind and summary."""
    from .config import active_rules, bundled_rules, load_file
    from .docs import rules_json, rules_markdown, rules_table

    try:
        rules = active_rules(load_file(config_path)) if config_path else list(bundled_rules())
    except ArtlintError as error:
        _fail(error)
    if fmt == "json":
        click.echo(json.dumps(rules_json(rules), indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(rules_markdown(rules), nl=False)
    else:
        click.echo(rules_table(rules, show_all), nl=False)


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Explain a rule: what it catches, why, and its failing and passing examples."""
    from .config import bundled_rules
    from .docs import explain_text

    rules = {r.id: r for r in bundled_rules()}
    if rule_id not in rules:
        family = [r for r in rules if r.startswith(rule_id + "/")]
        hint = f"; rules in that family: {', '.join(family)}" if family else " (see 'artlint rules')"
        _fail(ArtlintError(f"unknown rule {rule_id!r}{hint}"))
    click.echo(explain_text(rules[rule_id]), nl=False)


@main.command()
@click.argument("name", type=click.Choice(["article", "rule", "config", "report"]))
def schema(name: str) -> None:
    """Print one of artlint's JSON Schemas."""
    from .resources import schema_text

    click.echo(schema_text(name), nl=False)


@main.command()
@click.option("--path", "target", default="artlint.toml", show_default=True, type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(target: str, force: bool) -> None:
    """Write a commented starter artlint.toml."""
    from .config import STARTER

    path = Path(target)
    if path.exists() and not force:
        _fail(ArtlintError("already exists; use --force to overwrite it", target))
    path.write_text(STARTER, encoding="utf-8")
    click.echo(f"Wrote {path}")


@main.command("test-rules")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-v", "--verbose", is_flag=True, help="List passing examples too.")
def test_rules(paths: tuple[str, ...], verbose: bool) -> None:
    """Run the examples of house rules: fail examples must fire, pass examples must not."""
    from .examples import run_examples
    from .rules import load_paths

    try:
        rules = load_paths(paths)
    except ArtlintError as error:
        _fail(error)
    failures = total = 0
    from .config import bundled_rules

    pool = [*bundled_rules(), *rules]
    for rule in rules:
        for result in run_examples(rule, pool):
            total += 1
            short = result.text.replace("\n", " ")[:70]
            if not result.ok:
                failures += 1
                why = "did not fire" if result.expect == "fail" else "fired: " + "; ".join(
                    f.message for f in result.findings if f.rule_id == rule.id)
                click.echo(f"FAIL {rule.id} [{result.expect}] {short!r}: {why}")
            elif verbose:
                click.echo(f"ok   {rule.id} [{result.expect}] {short!r}")
    click.echo(f"{total - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
