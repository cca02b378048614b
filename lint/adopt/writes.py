"""Safe writes: every file artlint writes (reports, baselines, audit results, fixed articles) goes through here.

A write never lands on a file being checked: the target is compared with every
input, after folders are walked, by resolved path and by inode.  It goes to a
unique temporary file in the target's folder (mkstemp: O_EXCL and a random
name, so a planted symlink is never followed), which then replaces the target
in one rename, so a reader sees the old file or the new one and a failure
leaves the old one whole.  The target's mode is kept; a symlink is written
through to its target and stays a symlink.  Read-only files are refused, not
rewritten, and so are files with several hard links, since a rename would
split them (unless the caller allows hard links: then the file is rewritten in
place, so every name sees the change).  A fix passes the snapshot of the file
it read, and the write is refused when the file has changed since.
"""
from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import ArtlintError


class WriteError(ArtlintError):
    """A write artlint refused or could not make; the message names the file and says why."""


@dataclass(frozen=True)
class Snapshot:
    """A file as it was read: size, modification time and a hash of its bytes."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: str, data: bytes | None = None) -> Snapshot:
        """The file's snapshot now; data, when given, are the bytes just read from it."""
        st = os.stat(path)
        if data is None:
            data = Path(path).read_bytes()
        return cls(st.st_size, st.st_mtime_ns, hashlib.blake2b(data, digest_size=16).hexdigest())


@dataclass(frozen=True)
class Inputs:
    """The files a run checks, by resolved path and by (device, inode)."""

    paths: frozenset[str]
    inodes: frozenset[tuple[int, int]]

    @classmethod
    def of(cls, files: Iterable[str]) -> Inputs:
        paths, inodes = set(), set()
        for f in files:
            if f == "-":
                continue
            paths.add(os.path.realpath(f))
            try:
                st = os.stat(f)
            except OSError:
                continue
            inodes.add((st.st_dev, st.st_ino))
        return cls(frozenset(paths), frozenset(inodes))

    def holds(self, target: str) -> bool:
        if os.path.realpath(target) in self.paths:
            return True
        try:
            st = os.stat(target)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in self.inodes


def refuse_inputs(target: str, inputs: Inputs, what: str) -> None:
    """Raise WriteError when target is, or resolves to, a file being checked."""
    if inputs.holds(target):
        raise WriteError(f"refusing to overwrite a file being checked with the {what}", target)


def write_text(target: str, text: str, *, inputs: Inputs | None = None, what: str = "output",
               expected: Snapshot | None = None, hard_links: bool = False) -> None:
    """Write text (UTF-8) to target safely; see the module docstring for what is refused."""
    with open_atomic(target, inputs=inputs, what=what, expected=expected, hard_links=hard_links) as handle:
        handle.write(text)


@contextmanager
def open_atomic(target: str, *, inputs: Inputs | None = None, what: str = "output",
                expected: Snapshot | None = None, hard_links: bool = False) -> Iterator[IO[str]]:
    """A text handle whose contents replace target when the block ends without an error."""
    if inputs is not None:
        refuse_inputs(target, inputs, what)
    real = os.path.realpath(target)  # a symlink is written through: the link stays, its target changes
    existing = _existing(target, real, hard_links)
    if existing is not None and existing.st_nlink > 1:
        with _in_place(target, real, expected) as handle:
            yield handle
        return
    folder = os.path.dirname(real) or "."
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(real)}.", suffix=".artlint")
    except OSError as error:
        raise WriteError(f"cannot write: {error.strerror}", target) from None
    try:
        os.fchmod(fd, stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _unchanged(target, real, expected)
        os.replace(tmp, real)
    except BaseException as error:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise WriteError(f"cannot write: {error.strerror}", target) from None
        raise


def _existing(target: str, real: str, hard_links: bool) -> os.stat_result | None:
    """The target's stat when it exists; WriteError when it must not be rewritten."""
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise WriteError(f"cannot write: {error.strerror}", target) from None
    if not stat.S_ISREG(st.st_mode):
        raise WriteError("refusing to write: not a regular file", target)
    if not st.st_mode & 0o222:  # by mode, not os.access: root may write anything, a read-only file still says no
        raise WriteError("refusing to write a read-only file", target)
    if st.st_nlink > 1 and not hard_links:
        raise WriteError(f"refusing to write a file with {st.st_nlink} hard links (a rewrite would split them; "
                         "--allow-hard-links rewrites it in place)", target)
    return st


@contextmanager
def _in_place(target: str, real: str, expected: Snapshot | None) -> Iterator[IO[str]]:
    """Hard links allowed: write the text aside, then copy it into the same inode, so every link sees it."""
    buffer = tempfile.SpooledTemporaryFile(mode="w+", encoding="utf-8", newline="")  # noqa: SIM115
    with buffer:
        yield buffer
        buffer.seek(0)
        _unchanged(target, real, expected)
        try:
            with open(real, "r+", encoding="utf-8", newline="") as handle:
                handle.truncate(0)
                handle.write(buffer.read())
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise WriteError(f"cannot write: {error.strerror}", target) from None


def _unchanged(target: str, real: str, expected: Snapshot | None) -> None:
    if expected is None:
        return
    try:
        now: Snapshot | None = Snapshot.of(real)
    except OSError:
        now = None  # removed or replaced by something unreadable: changed all the same
    if now != expected:
        raise WriteError("changed since it was read; not rewritten (run artlint again)", target)


def _umask() -> int:
    """The process umask: set and restored at once, since reading it means setting it."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
