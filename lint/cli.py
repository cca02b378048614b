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
from .parsers import decode
from .textsafe import printable

if TYPE_CHECKING:  # imported lazily at run time: a cold start pays only for what it uses
    from .adopt.writes import Inputs
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


def _inputs(paths: tuple[str, ...] | list[str]) -> Inputs:
    """Every file a run reads, folders walked, for the writes to keep away from."""
    from .adopt.writes import Inputs
    from .runner import expand

    return Inputs.of([*paths, *(p for p, problem in expand(paths) if not problem)])


def _write_output(text: str, output: str | None, inputs: Inputs, hard_links: bool = False) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from .adopt.writes import write_text

    write_text(output, text, inputs=inputs, what="report", hard_links=hard_links)


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
@click.option("--allow-hard-links", "hard_links", is_flag=True,
              help="Let --fix, -o and --write-baseline rewrite a file that has several hard links, in place so "
                   "every link sees it (without this, such files are refused, as are read-only ones).")
@click.option("--statistics", is_flag=True, help="End with a count of findings per rule.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, help="Worker processes (0: one per core).")
@click.option("--no-progress", is_flag=True, help="Never show the progress bar (it shows only on a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Only the finding lines and the summary, no source excerpts.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip matching files and folders when walking folders (repeatable; adds to the config's).")
@click.option("--respect-gitignore/--no-respect-gitignore", default=None, help="Skip files .gitignore ignores when walking a folder in a git work tree [default: on].")
def check(paths: tuple[str, ...], fmt: str, output: str | None, select: tuple[str, ...], ignore: tuple[str, ...],
          config_path: str | None, rules_paths: tuple[str, ...], fail_on: str | None, reference_date: str | None,
          stdin_format: str, kind: str | None, languagetool: str | None, baseline_path: str | None,
          write_baseline: str | None, diff_base: str | None, fix: bool, show_diff: bool, hard_links: bool,
          statistics: bool, jobs: int, no_progress: bool, quiet: bool, exclude: tuple[str, ...],
          respect_gitignore: bool | None) -> None:
    """Check articles (files, folders, or - for stdin) and report what needs an editor's eye.

    Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
    2 usage, config or input errors, or a file --fix refused to rewrite.

    No write (-o, --write-baseline, --fix) ever lands on a file being checked;
    each goes through a new temporary file in the same folder and one rename,
    keeps the file's mode and writes through symlinks.  --fix refuses read-only
    files, hard-linked files (see --allow-hard-links) and files edited since
    they were checked, and rewrites the right line of a JSON Lines archive.
    """
    from .adopt.writes import refuse_inputs
    from .config import load_file
    from .formatters import get
    from .runner import Runner

    try:
        config = load_file(config_path) if config_path else None
        runner = Runner(config=config, select=_split(select), ignore=_split(ignore), rules_paths=rules_paths,
                        fail_on=fail_on, reference=_reference(reference_date), kind=kind, languagetool=languagetool,
                        exclude=_split(exclude), respect_gitignore=respect_gitignore)
        if config is None:
            # Fail fast on a broken config or rule file found for the working directory.
            runner.rules_for(runner.config_for(next((p for p in paths if p != "-"), "./-")))
        else:
            runner.rules_for(runner.config_for("-"))
        if (fix or show_diff) and "-" in paths:
            raise UsageError("--fix and --diff work on files, not on stdin")
        inputs = _inputs(paths) if output or write_baseline else None
        if output and inputs is not None:  # before any work: a refused write costs nothing
            refuse_inputs(output, inputs, "report")
        if write_baseline and inputs is not None:
            refuse_inputs(write_baseline, inputs, "baseline")
        stdin_text = _read_stdin() if "-" in paths else None
        workers = jobs or (os.cpu_count() or 1)
        progress = not no_progress and sys.stderr.isatty() and os.environ.get("CI") is None
        if fmt == "jsonl" and not (fix or show_diff or diff_base or baseline_path or write_baseline or statistics):
            sys.exit(_stream_jsonl(runner, paths, stdin_text, stdin_format, workers, output, progress, hard_links,
                                   inputs))
        from .report import Report

        report = Report(fail_on=runner.report_fail_on(paths))
        results = runner.iter_results(paths, stdin_text, stdin_format if "-" in paths else None, workers)
        report.files.extend(_with_progress(results, progress))
        _notes(runner)
        narrow = _narrowing(diff_base, baseline_path)
        narrow(report)
        refused = 0
        if fix or show_diff:  # after narrowing: --fix applies exactly the fixes the report shows
            refused = _fix(runner, report, show_diff, hard_links, narrow)
        for r in report.errors:
            click.echo(f"artlint: error: {printable(r.path)}: {printable(r.error or '')}", err=True)
        if write_baseline:
            from .adopt.baseline import write

            count = write(report, write_baseline, inputs)
            click.echo(f"Wrote a baseline of {count} finding{'s' if count != 1 else ''} to {write_baseline}.", err=True)
            sys.exit(2 if report.errors or refused else 0)
        stream = sys.stdout
        colour = output is None and _use_colour(stream)
        _write_output(get(fmt)(report, colour=colour, quiet=quiet), output, inputs or _inputs(()), hard_links)
        if statistics:
            click.echo(_statistics(report), err=fmt != "text" and output is None, nl=False)
    except ArtlintError as error:
        _fail(error)
    sys.exit(2 if refused else report.exit_code())


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


def _stream_jsonl(runner: Runner, paths: tuple[str, ...], stdin_text: str | None, stdin_format: str, workers: int,
                  output: str | None, progress: bool, hard_links: bool, inputs: Inputs | None) -> int:
    """JSON Lines written as results arrive: an archive run holds one article at a time, not the whole report."""
    from contextlib import ExitStack, nullcontext

    from .adopt.writes import open_atomic
    from .findings import Severity
    from .formatters.jsonl import line

    fail_on = runner.report_fail_on(paths)
    threshold = None if fail_on == "never" else Severity.parse(fail_on)
    code = 0
    with ExitStack() as stack:
        stream: IO[str] = stack.enter_context(
            open_atomic(output, inputs=inputs, what="report", hard_links=hard_links)
            if output else nullcontext(sys.stdout))
        results = runner.iter_results(paths, stdin_text, stdin_format if "-" in paths else None, workers)
        for result in _with_progress(results, progress):
            stream.write(line(result))
            if result.error:
                click.echo(f"artlint: error: {printable(result.path)}: {printable(result.error)}", err=True)
                code = 2
            elif code == 0 and threshold is not None and any(f.severity >= threshold for f in result.findings):
                code = 1
        _notes(runner)
    return code


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
    from .adopt.writes import open_atomic, refuse_inputs
    from .config import Config, load_file
    from .runner import Runner

    try:
        config = load_file(config_path) if config_path else Config()
        runner = Runner(config=config, select=_split(select), ignore=_split(ignore))
        runner.rules_for(runner.config_for("-"))  # a broken config fails here, not on every worker
        inputs = _inputs(audit_mod.sources(sources))  # a missing folder fails here, before any output is opened
        for target, what in ((output, "results"), (summary_path, "summary")):
            if target:  # before the cluster starts: a refused write costs nothing and truncates nothing
                refuse_inputs(target, inputs, what)
        with open_atomic(output, inputs=inputs, what="results") if output else nullcontext(sys.stdout) as stream:
            summary = audit_mod.run(sources, runner, stream, scheduler, workers or (os.cpu_count() or 2))
        for path, problem in summary.problems:
            click.echo(f"artlint: error: {path}: {problem}", err=True)
        click.echo(audit_mod.write_summary(summary, summary_path, inputs), err=True, nl=False)
    except ArtlintError as error:
        _fail(error)
    sys.exit(2 if summary.errors else 0)


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
