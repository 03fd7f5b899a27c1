"""What the file layer agrees to read and write: regular files, within the size limit.

Every strategy read (the TOML and JSON loaders, the command line, the planner's
workspace) goes through :func:`read_regular`. A FIFO would block a reader for ever,
``/dev/zero`` would fill the memory, and a size taken from ``stat`` says nothing about
a file that grows while it is read: so the type is checked before opening (a FIFO is
never opened), again on the open descriptor, and reading stops one chunk past ``MAX_BYTES``.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Final

from socialstrategy.errors import FileTooLargeError, Problem, StrategyIOError
from socialstrategy.i18n import Text

#: Largest strategy file accepted (16 MiB): a hundred times the largest example still fits.
MAX_BYTES: Final = 16 * 1024 * 1024

#: Read in whole chunks (some kernel files refuse reads of odd sizes): past the limit,
#: at most one chunk more is read before the file is refused.
_CHUNK: Final = 64 * 1024
# O_NONBLOCK: opening a FIFO swapped in after the check returns at once instead of
# waiting for a writer; on a regular file it changes nothing. Not every platform has it.
_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)

NOT_FOUND: Final = Text(nl="bestand niet gevonden", en="file not found")
FOLDER: Final = Text(nl="dit is een map, geen bestand", en="this is a folder, not a file")
SPECIAL: Final = Text(
    nl="dit is geen gewoon bestand (maar een apparaat, pipe of socket)",
    en="this is not a regular file (but a device, pipe or socket)",
)
NOT_A_PATH: Final = Text(nl="dit is geen geldig pad", en="this is not a valid path")
TOO_LONG: Final = Text(
    nl="het pad of een naam erin is te lang voor het bestandssysteem",
    en="the path, or a name in it, is too long for the file system",
)


def whole_file(
    nl: str, en: str, *, line: int | None = None, column: int | None = None
) -> list[Problem]:
    """The one problem of a file that cannot be read as a strategy at all (no field
    path), as the list an :class:`InvalidStrategyError` carries."""
    return [Problem(path="", line=line, column=column, text=Text(nl=nl, en=en))]


def check_size(size: int, file: str | None) -> None:
    """Raise :class:`FileTooLargeError` when *size* bytes exceed :data:`MAX_BYTES`."""
    if size > MAX_BYTES:
        limit = MAX_BYTES // (1024 * 1024)
        mib = size / 1024 / 1024
        raise FileTooLargeError(
            whole_file(
                f"bestand is te groot ({mib:.1f} MiB, maximaal {limit} MiB)",
                f"file is too large ({mib:.1f} MiB, at most {limit} MiB)",
            ),
            file=file,
        )


def os_problem(exc: OSError, *, writing: bool = False) -> Text:
    """What went wrong with a path, in both languages, naming the cause."""
    if isinstance(exc, FileNotFoundError) and not writing:  # writing: a folder is missing
        return NOT_FOUND
    if isinstance(exc, IsADirectoryError):
        return FOLDER
    if exc.errno == errno.ENAMETOOLONG:
        return TOO_LONG
    reason = exc.strerror or type(exc).__name__
    if writing:
        return Text(nl=f"kan niet schrijven: {reason}", en=f"cannot write: {reason}")
    return Text(nl=f"kan niet lezen: {reason}", en=f"cannot read: {reason}")


def _refuse(mode: int) -> Text | None:
    if stat.S_ISDIR(mode):
        return FOLDER
    if not stat.S_ISREG(mode):
        return SPECIAL
    return None


def read_regular(path: str | os.PathLike[str], *, file: str | None = None) -> bytes:
    """The bytes of the regular file at *path* (symbolic links followed).

    Raises :class:`StrategyIOError` for a missing, unreadable or non-regular file (a
    folder, FIFO, device or socket) and :class:`FileTooLargeError` past
    :data:`MAX_BYTES`; *file* is the name errors show (default: *path*).
    """
    name = file if file is not None else os.fspath(path)
    try:
        refused = _refuse(Path(path).stat().st_mode)  # before opening: a FIFO is never opened
        if refused is not None:
            raise StrategyIOError(name, refused)
        fd = os.open(path, _FLAGS)
    except StrategyIOError:
        raise
    except OSError as exc:
        raise StrategyIOError(name, os_problem(exc)) from None
    except ValueError:  # a NUL character in the path
        raise StrategyIOError(name, NOT_A_PATH) from None
    try:
        info = os.fstat(fd)
        refused = _refuse(info.st_mode)  # swapped for something else since the check
        if refused is not None:
            raise StrategyIOError(name, refused)
        check_size(info.st_size, name)
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_BYTES:  # the file may grow, or say it is empty (/proc)
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        check_size(total, name)
        return b"".join(chunks)
    except StrategyIOError:
        raise
    except OSError as exc:
        raise StrategyIOError(name, os_problem(exc)) from None
    finally:
        os.close(fd)


def is_regular(path: str | os.PathLike[str]) -> bool:
    """Whether *path* is a regular file (links followed); False for any error."""
    try:
        return stat.S_ISREG(Path(path).stat().st_mode)
    except (OSError, ValueError):
        return False


def is_folder(path: str | os.PathLike[str]) -> bool:
    """Whether *path* is a folder (links followed); False for any error, such as a
    path too long for the file system (``Path.is_dir`` raises for that one)."""
    try:
        return stat.S_ISDIR(Path(path).stat().st_mode)
    except (OSError, ValueError):
        return False
