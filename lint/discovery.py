"""Which files a run checks: paths named on the command line, and the articles found by walking folders.

A folder in a real repository holds more than articles: a README, a licence,
package manifests, the baseline artlint itself wrote, files .gitignore
ignores.  Walking a folder skips those, as ruff and ESLint do; a file named on
the command line is always checked (a pre-commit hook names files), except a
.json that is not an article at all (no headline and no body), which is
skipped with a note instead of failing the run.
"""
from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .parsers import DEFAULT_MAX_BYTES, FORMATS, open_regular

ARTICLE_SUFFIXES = tuple(FORMATS) + (".markdown", ".jsonl")

# Files and folders that are not articles, skipped when a folder is walked (`exclude` in config replaces
# this list, `extend-exclude` adds to it).  The names are GitHub's community-health files
# (docs.github.com, "Creating a default community health file"), the licence and changelog names
# choosealicense.com and keepachangelog.com use, and the manifests and dependency folders of npm,
# Composer, Deno, TypeScript and Python.  Matched case-insensitively, at any depth.
DEFAULT_EXCLUDE: tuple[str, ...] = (
    "README*", "CHANGELOG*", "CHANGES*", "HISTORY*", "NEWS.md", "LICENSE*", "LICENCE*", "COPYING*", "NOTICE*",
    "AUTHORS*", "CONTRIBUTORS*", "CONTRIBUTING*", "CODE_OF_CONDUCT*", "SECURITY*", "SUPPORT*", "GOVERNANCE*",
    "CODEOWNERS", "package.json", "package-lock.json", "npm-shrinkwrap.json", "composer.json", "bower.json",
    "deno.json", "tsconfig.json", "jsconfig.json", "renovate.json", "requirements*.txt", "constraints*.txt",
    "node_modules/", "vendor/", "__pycache__/", "site-packages/", "venv/",
)

Unit = tuple[str, "str | None", "str | None"]  # (path or path:line, problem, JSON Lines text)

_ARTICLE_KEYS = {"headline", "title", "body"}  # title is the parser's alias of headline (parsers/meta.py)
ARTLINT_OUTPUT = "skipped: written by artlint (a baseline or report), not an article"
_SNIFF_LIMIT = 5 * 1024 * 1024  # larger files go to the reader, which reports the size limit


@dataclass(frozen=True)
class Walk:
    """How folders are walked: globs from the command line, and whether .gitignore counts.

    config is the run's fixed Config, if any; otherwise each walked folder's
    own config (artlint.toml found upward) gives exclude, extend-exclude and
    respect-gitignore.
    """

    exclude: tuple[str, ...] = ()  # --exclude: relative to the working directory
    respect_gitignore: bool | None = None  # --no-respect-gitignore: False; None: the config's setting
    config: object | None = None  # a config.Config


@dataclass(frozen=True)
class _Globs:
    """The exclude patterns of a walk, compiled: names matched at any depth, and paths under their base folder."""

    anywhere: re.Pattern[str] | None  # patterns without '/': a file or folder name at any depth
    anchored: tuple[tuple[Path, re.Pattern[str]], ...]  # patterns with '/': relative to their base folder

    def skips(self, root: Path, parts: tuple[str, ...], is_dir: bool = False) -> bool:
        """Whether the file (or folder) at root/parts, or a folder on its way, is excluded."""
        last = len(parts) - 1
        if self.anywhere is not None:
            for i, part in enumerate(parts):
                if self.anywhere.fullmatch(part + ("/" if i < last or is_dir else "")):
                    return True
        for base, regex in self.anchored:
            try:
                rel = (root.absolute() / Path(*parts)).relative_to(base).parts
            except ValueError:
                continue
            for i in range(1, len(rel) + 1):
                if regex.fullmatch("/".join(rel[:i]) + ("/" if i < len(rel) or is_dir else "")):
                    return True
        return False


def _translate(glob: str) -> tuple[str, bool]:
    """A glob as a regex body, and whether it is anchored (holds a '/' other than a trailing one)."""
    dir_only = glob.endswith("/")
    core = glob.strip("/") if not glob.startswith("./") else glob[2:].strip("/")
    anchored = "/" in core or glob.startswith(("/", "./"))
    out, i = [], 0
    while i < len(core):
        if core.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif core.startswith("**", i):
            out.append(".*")
            i += 2
        elif core[i] == "*":
            out.append("[^/]*")
            i += 1
        elif core[i] == "?":
            out.append("[^/]")
            i += 1
        elif core[i] == "[" and "]" in core[i + 2:]:
            j = core.index("]", i + 2)
            body = core[i + 1 : j]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]")
            i = j + 1
        else:
            out.append(re.escape(core[i]))
            i += 1
    # A folder pattern matches the folder (written with a trailing '/'); a plain pattern matches either.
    return "".join(out) + ("/" if dir_only else "/?"), anchored


def compile_globs(patterns: Iterable[tuple[str, Path]]) -> _Globs:
    """(glob, base folder) pairs as one matcher; matching ignores case."""
    anywhere: list[str] = []
    anchored: list[tuple[Path, re.Pattern[str]]] = []
    for glob, base in patterns:
        body, is_anchored = _translate(glob)
        if is_anchored:
            anchored.append((base.absolute(), re.compile(body, re.IGNORECASE)))
        else:
            anywhere.append(body)
    combined = re.compile("|".join(f"(?:{b})" for b in anywhere), re.IGNORECASE) if anywhere else None
    return _Globs(combined, tuple(anchored))


def _settings(root: Path, walk: Walk) -> tuple[_Globs, bool]:
    """The exclusions and the gitignore setting for one walked folder."""
    from . import config as config_mod

    cfg = walk.config
    if cfg is None:
        cfg = config_mod.discover_folder(root.resolve())
    assert isinstance(cfg, config_mod.Config)
    base = Path(cfg.path).parent if cfg.path else Path.cwd()
    listed = DEFAULT_EXCLUDE if cfg.exclude is None else cfg.exclude
    patterns = [(g, base) for g in (*listed, *cfg.extend_exclude)] + [(g, Path("/") if os.path.isabs(g) else Path.cwd()) for g in walk.exclude]
    gitignore = cfg.respect_gitignore if walk.respect_gitignore is None else walk.respect_gitignore
    return compile_globs(patterns), gitignore


def _git_listing(root: Path) -> list[str] | None:
    """Files under root that git does not ignore (tracked, or untracked and not ignored); None outside git."""
    import subprocess  # only when a folder is walked: a one-file run does not pay for it

    try:
        done = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                              capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return [p for p in done.stdout.decode("utf-8", "surrogateescape").split("\0") if p]


def _walk(root: Path, globs: _Globs) -> Iterator[tuple[str, ...]]:
    for folder, dirs, files in os.walk(root):
        rel = Path(folder).relative_to(root).parts
        dirs[:] = [d for d in dirs if not d.startswith(".") and not globs.skips(root, (*rel, d), is_dir=True)]
        for name in files:
            yield (*rel, name)


def walk_folder(root: Path, walk: Walk = Walk()) -> list[str]:
    """The articles under a folder, sorted: hidden, excluded and git-ignored files left out."""
    globs, gitignore = _settings(root, walk)
    listing = _git_listing(root) if gitignore else None
    candidates = (tuple(p.split("/")) for p in listing) if listing is not None else _walk(root, globs)
    found = []
    for parts in candidates:
        if (Path(parts[-1]).suffix.lower() not in ARTICLE_SUFFIXES or any(p.startswith(".") for p in parts)
                or globs.skips(root, parts)):
            continue
        path = root.joinpath(*parts)
        if path.is_file() and not _artlint_output(path):
            found.append(str(path))
    return sorted(found)


def _artlint_output(path: Path) -> bool:
    """An HTML report that artlint wrote into the folder it checks (its generator tag comes first)."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    return b'<meta name="generator" content="artlint' in head


def not_an_article(path: str) -> str | None:
    """Why a .json file is no article (an object with no headline and no body), or None to check it.

    Anything the parser should judge (malformed JSON, a list, a file too large
    or unreadable) is left to it, so its error reaches the user.
    """
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > _SNIFF_LIMIT:
            return None
        with open(path, "rb") as handle:
            value = json.loads(handle.read().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(value, dict):
        return None
    if value.get("tool") == "artlint" or (isinstance(value.get("tool"), dict) and value["tool"].get("name") == "artlint"):
        return ARTLINT_OUTPUT
    if not _ARTICLE_KEYS & {str(k).lower() for k in value}:
        return "skipped: not an article (a JSON object with no headline and no body)"
    return None


def expand(paths: Iterable[str], walk: Walk = Walk(),
           notes: list[str] | None = None) -> Iterator[tuple[str, str | None]]:
    """(path, error) for every article named or found under a folder, sorted within each folder.

    A .json that is not an article is left out, with a line in notes when given.
    """
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        p = Path(raw)
        if p.is_dir():
            found = walk_folder(p, walk)
            if not found and walk.respect_gitignore is not False and walk_folder(p, Walk(walk.exclude, False, walk.config)):
                yield raw, "every article in this directory is ignored by .gitignore (--no-respect-gitignore checks them)"
            elif not found:
                yield raw, "directory has no articles (.txt .md .markdown .html .htm .json .jsonl)"
            for f in found:
                why = not_an_article(f) if f.lower().endswith(".json") else None
                if why is None:
                    yield f, None
                elif notes is not None and why != ARTLINT_OUTPUT:  # its own baseline in the folder is expected
                    notes.append(f"{f}: {why}")
        elif p.exists():
            why = not_an_article(raw) if raw.lower().endswith(".json") else None
            if why is None:
                yield raw, None
            elif notes is not None:
                notes.append(f"{raw}: {why}")
        else:
            yield raw, "no such file or directory"


def expand_units(paths: Iterable[str], walk: Walk = Walk(), notes: list[str] | None = None) -> Iterator[Unit]:
    """Articles to check: files, with JSON Lines archives opened into one unit per line."""
    return units_of(expand(paths, walk, notes))


def units_of(files: Iterable[tuple[str, str | None]]) -> Iterator[Unit]:
    """The units of files already found by expand(): a folder is walked once per run, not per use."""
    for path, problem in files:
        if problem or not path.lower().endswith(".jsonl"):
            yield path, problem, None
        else:
            yield from _jsonl_units(path)


def _jsonl_units(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Unit]:
    """One unit per line of an archive; a line too long or not UTF-8 is that line's error, not the file's."""
    try:
        with open_regular(path) as handle:
            n = 0
            while True:
                raw = handle.readline(max_bytes + 1)
                if not raw:
                    return
                n += 1
                where = f"{path}:{n}"
                if len(raw) > max_bytes and not raw.endswith(b"\n"):
                    while raw and not raw.endswith(b"\n"):  # skip the rest of the line without holding it
                        raw = handle.readline(max_bytes + 1)
                    yield where, f"line is over the {max_bytes:,}-byte limit (max-file-size)", None
                    continue
                try:
                    line = raw.decode("utf-8").lstrip("\ufeff").rstrip("\r\n")
                except UnicodeDecodeError as error:
                    yield where, f"not UTF-8 text (bad byte 0x{raw[error.start]:02x} at byte {error.start})", None
                    continue
                if line.strip():
                    yield where, None, line
    except InputError as error:
        yield path, f"cannot read JSON Lines: {error.message}", None
    except OSError as error:
        yield path, f"cannot read JSON Lines: {error.strerror}", None