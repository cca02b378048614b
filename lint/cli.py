"""The artlint command line (click).  Wiring only: the work happens in runner, config, formatters."""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

import click

from . import __version__
from .errors import ArtlintError, UsageError
from .formatters import FORMATS
from .parsers import decode
from .report import EXIT_CODES
from .settings import FAIL_ON, Settings
from .textsafe import printable

if TYPE_CHECKING:  # imported lazily at run time: a cold start pays only for what it uses
    from collections.abc import Iterator

    from .adopt.writes import Inputs
    from .report import FileResult, Report
    from .runner import Runner



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


def _write_output(text: str, output: str | None, inputs: Inputs | None, hard_links: bool = False) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from .adopt.writes import write_text

    write_text(output, text, inputs=inputs, what="report", hard_links=hard_links)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="artlint")
def main() -> None:
    """artlint: an editorial quality linter for entertainment news articles."""


@main.command(help=f"""Check articles (files, folders, or - for stdin) and report what needs an editor's eye.

    {EXIT_CODES}

    No write (-o, --write-baseline, --fix) ever lands on a file being checked;
    each goes through a new temporary file in the same folder and one rename,
    keeps the file's mode and writes through symlinks.  --fix refuses read-only
    files, hard-linked files (see --allow-hard-links) and files edited since
    they were checked, and rewrites the right line of a JSON Lines archive.
    """)
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to FILE instead of stdout.")
@click.option("--select", multiple=True, help="Run only these rules or families (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rules or families (comma-separated, repeatable).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file instead of discovery.")
@click.option("--rules", "rules_paths", multiple=True, type=click.Path(), help="House rule file or folder (repeatable).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest severity that exits 1 [default: warning].")
@click.option("--reference-date", help="Judge past and future against this date (YYYY-MM-DD, or 'today').")
@click.option("--stdin-format", type=click.Choice(["txt", "md", "html", "json"]), default="txt", show_default=True, help="Format of text read from '-'.")
@click.option("--kind", help="Profile for articles whose metadata names no kind (film, series, music, celebrity, general).")
@click.option("--languagetool", metavar="URL", help="LanguageTool server for grammar and spelling: a URL, 'local' or 'off'.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), help="Report only findings this baseline does not record.")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False), help="Record the current findings as a baseline and exit 0.")
@click.option("--diff-base", metavar="REV", help="Report only findings on lines added or changed since this git revision.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (rules marked fixable), then report what is left.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the safe fixes as a unified diff instead of applying them.")
@click.option("--allow-hard-links", "hard_links", is_flag=True,
              help="Let --fix, -o and --write-baseline rewrite a file that has several hard links, in place so "
                   "every link sees it (without this, such files are refused, as are read-only ones).")
@click.option("--statistics", is_flag=True, help="End with a count of findings per rule.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, help="Worker processes (0: one per core).")
@click.option("--no-progress", is_flag=True, help="Never show the progress bar (it shows only on a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Only the finding lines and the summary, no source excerpts.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip matching files and folders when walking folders (repeatable; adds to the config's).")
@click.option("--respect-gitignore/--no-respect-gitignore", default=None, help="Skip files .gitignore ignores when walking a folder in a git work tree [default: on].")
def check(**params: Any) -> None:
    """artlint check: the options become one Settings object (their names are its fields)."""
    try:
        _check(_settings(params))
    except ArtlintError as error:
        _fail(error)


def _settings(params: dict[str, Any]) -> Settings:
    """click's values as one Settings: lists split on commas, the reference date read, everything a tuple."""
    values = dict(params)
    for name in ("select", "ignore", "exclude"):
        values[name] = _split(values[name])
    values["paths"] = tuple(values["paths"])
    values["rules_paths"] = tuple(values["rules_paths"])
    values["reference_date"] = _reference(values["reference_date"])
    return Settings(**values)


def _check(settings: Settings) -> None:
    """The check command's work, from one Settings object; exits with report.exit_code's code."""
    from .config import load_file
    from .formatters import get
    from .report import exit_code, worst_severity
    from .runner import Runner

    s = settings
    config = load_file(s.config_path) if s.config_path else None
    runner = Runner(config=config, settings=s)
    # Fail fast on a broken config or rule file (found for the working directory when none is given).
    runner.rules_for(runner.config_for(next((p for p in s.paths if p != "-"), "./-") if config is None else "-"))
    if (s.fix or s.show_diff) and s.reads_stdin:
        raise UsageError("--fix and --diff work on files, not on stdin")
    files = runner.files(s.paths)  # the one walk: what is checked, and what the writes keep away from
    inputs = _guard_writes(s, files)
    stdin_text = _read_stdin() if s.reads_stdin else None
    stdin_format = s.stdin_format if s.reads_stdin else None
    workers = s.jobs or (os.cpu_count() or 1)
    progress = not s.no_progress and sys.stderr.isatty() and os.environ.get("CI") is None
    fail_on = runner.report_fail_on(s.paths, files)
    results = _with_progress(runner.iter_results(s.paths, stdin_text, stdin_format, workers, files), progress)
    if s.streams:
        sys.exit(_stream_jsonl(runner, results, fail_on, s, inputs))
    report = runner.report(list(results), fail_on)
    _notes(runner)
    narrow = _narrowing(s.diff_base, s.baseline_path)
    narrow(report)
    refused = 0
    if s.fix or s.show_diff:  # after narrowing: --fix applies exactly the fixes the report shows
        refused = _fix(runner, report, s.show_diff, s.hard_links, narrow)
    for r in report.errors:
        click.echo(f"artlint: error: {printable(r.path)}: {printable(r.error or '')}", err=True)
    if s.write_baseline:
        from .adopt.baseline import write

        count = write(report, s.write_baseline, inputs)
        click.echo(f"Wrote a baseline of {count} finding{'s' if count != 1 else ''} to {s.write_baseline}.", err=True)
        sys.exit(exit_code(report.fail_on, len(report.errors), None, refused))  # findings do not fail this run
    colour = s.output is None and _use_colour(sys.stdout)
    _write_output(get(s.fmt)(report, colour=colour, quiet=s.quiet), s.output, inputs, s.hard_links)
    if s.statistics:
        click.echo(_statistics(report), err=s.fmt != "text" and s.output is None, nl=False)
    sys.exit(exit_code(report.fail_on, len(report.errors), worst_severity(report.findings), refused))


def _guard_writes(s: Settings, files: list[tuple[str, str | None]]) -> Inputs | None:
    """The files the run's writes (-o, --write-baseline) must keep away from, each write checked before any work
    (a refused write costs nothing); None when the run writes neither, without importing the safe-write module."""
    if not (s.output or s.write_baseline):
        return None
    from .adopt.writes import Inputs, refuse_inputs

    inputs = Inputs.of([*s.paths, *(p for p, problem in files if not problem)])
    for target, what in ((s.output, "report"), (s.write_baseline, "baseline")):
        if target:
            refuse_inputs(target, inputs, what)
    return inputs


def _read_stdin() -> str:
    """stdin as the files are read: bytes that are not UTF-8 are an input error (exit 2), not replaced."""

    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text-only stream (an embedding host): it has already decoded
        return sys.stdin.read()
    return decode(raw.read(), "-")


def _with_progress(results: Any, show: bool) -> Any:
    """Pass results through, drawing 'artlint: N files checked' on stderr when it is a terminal."""
    n = 0
    for n, result in enumerate(results, 1):
        if show and (n < 50 or n % 25 == 0):
            click.echo(f"\rartlint: {n} files checked", err=True, nl=False)
        yield result
    if show and n:
        click.echo(f"\rartlint: {n} files checked", err=True)


def _stream_jsonl(runner: Runner, results: Iterator[FileResult], fail_on: str, settings: Settings,
                  inputs: Inputs | None) -> int:
    """JSON Lines written as results arrive: an archive run holds one article at a time, not the whole report."""
    from contextlib import ExitStack, nullcontext

    from .adopt.writes import open_atomic
    from .formatters.jsonl import line
    from .report import exit_code, worst_severity

    errors, worst = 0, None
    with ExitStack() as stack:
        stream: IO[str] = stack.enter_context(
            open_atomic(settings.output, inputs=inputs, what="report", hard_links=settings.hard_links)
            if settings.output else nullcontext(sys.stdout))
        for result in results:
            stream.write(line(result))
            if result.error:
                click.echo(f"artlint: error: {printable(result.path)}: {printable(result.error)}", err=True)
                errors += 1
            worst = worst_severity(result.findings, worst)
        _notes(runner)
    return exit_code(fail_on, errors, worst)


def _notes(runner: Runner) -> None:
    """One stderr line per file left out of the run (a .json that is not an article)."""
    for note in runner.notes:
        click.echo(f"artlint: note: {note}", err=True)


def _statistics(report: Report) -> str:
    """Findings per rule, most frequent first: ruff's --statistics."""
    from collections import Counter

    counts = Counter(f.rule_id for f in report.findings)
    if not counts:
        return ""
    width = max(len(str(n)) for n in counts.values())
    return "\n" + "".join(f"{n:>{width}}  {rule}\n" for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _narrowing(diff_base: str | None, baseline_path: str | None) -> Callable[[Report], None]:
    """What --diff-base and --baseline keep of a report, as one step to apply to fresh results too."""
    baseline = None
    if baseline_path:
        from .adopt.baseline import load

        baseline = load(baseline_path)

    def narrow(report: Report) -> None:
        if diff_base:
            from .adopt.gitdiff import restrict

            restrict(report, diff_base)
        if baseline is not None:
            from .adopt.baseline import apply

            apply(report, baseline)

    return narrow


def _fix(runner: Runner, report: Report, show_diff: bool, hard_links: bool, narrow: Callable[[Report], None]) -> int:
    """Apply (or show) the safe fixes, then re-check the fixed files; the number of files refused."""
    from .adopt.fixer import fix_results
    from .report import Report

    done = fix_results(report.files, write=not show_diff, hard_links=hard_links)
    for diff in done.diffs:
        click.echo(diff, nl=False)
    for problem in done.errors:
        click.echo(f"artlint: error: {problem}", err=True)
    if not show_diff and done.recheck:
        fresh = Report([runner.check_unit(unit) for unit in done.recheck.values()])
        narrow(fresh)
        for i, result in zip(done.recheck, fresh.files):
            report.files[i] = result
    if not show_diff:
        n = len(done.written)
        click.echo(f"Fixed {n} file{'s' if n != 1 else ''}.", err=True)
    return len(done.errors)


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
    from contextlib import nullcontext

    from .adopt import audit as audit_mod
    from .adopt.writes import Inputs, open_atomic, refuse_inputs
    from .config import Config, load_file
    from .report import exit_code
    from .runner import Runner

    try:
        config = load_file(config_path) if config_path else Config()
        runner = Runner(config=config, settings=Settings(select=_split(select), ignore=_split(ignore)))
        runner.rules_for(runner.config_for("-"))  # a broken config fails here, not on every worker
        named = audit_mod.sources(sources)  # a missing folder fails here, before any output is opened
        files = runner.files(named)  # the one walk: what is checked, and what the writes keep away from
        inputs = Inputs.of([*named, *(p for p, problem in files if not problem)])
        for target, what in ((output, "results"), (summary_path, "summary")):
            if target:  # before the cluster starts: a refused write costs nothing and truncates nothing
                refuse_inputs(target, inputs, what)
        with open_atomic(output, inputs=inputs, what="results") if output else nullcontext(sys.stdout) as stream:
            summary = audit_mod.run(sources, runner, stream, scheduler, workers or (os.cpu_count() or 2), files)
        for path, problem in summary.problems:
            click.echo(f"artlint: error: {path}: {problem}", err=True)
        click.echo(audit_mod.write_summary(summary, summary_path, inputs), err=True, nl=False)
    except ArtlintError as error:
        _fail(error)
    sys.exit(exit_code("never", summary.errors))  # an audit reports findings; only unreadable articles fail it


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "kinds"]), default="text", show_default=True,
              help="markdown: the README's rule table; kinds: ARCHITECTURE.md's table of kinds and their code.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Show the rules this config runs.")
@click.option("--all", "show_all", is_flag=True, help="Include rules that are off by default.")
def rules_cmd(fmt: str, config_path: str | None, show_all: bool) -> None:
    """List the rules: id, severity, kind and summary."""
    from .config import active_rules, bundled_rules, load_file
    from .docs import kinds_markdown, rules_json, rules_markdown, rules_table

    try:
        rules = active_rules(load_file(config_path)) if config_path else list(bundled_rules())
    except ArtlintError as error:
        _fail(error)
    if fmt == "json":
        click.echo(json.dumps(rules_json(rules), indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(rules_markdown(rules), nl=False)
    elif fmt == "kinds":
        click.echo(kinds_markdown(list(bundled_rules())), nl=False)
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

    from .adopt.writes import write_text

    path = Path(target)
    if path.exists() and not force:
        _fail(ArtlintError("already exists; use --force to overwrite it", target))
    try:
        write_text(target, STARTER, what="config")
    except ArtlintError as error:
        _fail(error)
    click.echo(f"Wrote {path}")


@main.command("test-rules")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-v", "--verbose", is_flag=True, help="List passing examples too.")
def test_rules(paths: tuple[str, ...], verbose: bool) -> None:
    """Run the examples of house rules: fail examples must fire, pass examples must not."""
    from .examples import run_examples
    from .rule_files import load_paths

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
