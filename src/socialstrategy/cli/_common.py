"""What every command shares: the language flag, messages, and finding and loading
strategy files (``-`` is stdin, shown as ``<stdin>``)."""

from __future__ import annotations

import datetime as dt
import errno
import math
import os
import stat
import sys
from typing import TYPE_CHECKING, Final

import attrs
import click

from socialstrategy.errors import InvalidStrategyError, SocialStrategyError, StrategyIOError
from socialstrategy.files import MAX_BYTES, loads, read_regular
from socialstrategy.files.access import FOLDER, SPECIAL, check_size, is_folder, os_problem
from socialstrategy.files.jsonfile import loads_json
from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text
from socialstrategy.model import Strategy
from socialstrategy.model._fields import FIRST_DAY, LAST_DAY

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from socialstrategy.scoring.trend import History


EXIT_INVALID: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERNAL: Final = 3

#: The path that means stdin (as an input) or stdout (as an output), and the name
#: stdin goes by in messages.
STDIO: Final = "-"
STDIN_NAME: Final = "<stdin>"

_NO_FILES = Text(nl="geen .toml-bestanden gevonden in {path}", en="no .toml files found in {path}")


def language(ctx: click.Context) -> Language:
    value = ctx.find_root().params.get("lang") or DEFAULT_LANGUAGE
    return "en" if value == "en" else "nl"


def say(text: Text, ctx: click.Context, *, err: bool = False, **params: object) -> None:
    click.echo(text.get(language(ctx)).format(**params), err=err)


def strategy_files(paths: Iterable[Path], ctx: click.Context) -> Iterator[Path]:
    """Files as given; folders expanded to the .toml files in them, sorted."""
    for path in paths:
        if is_folder(path):
            found = sorted(path.glob("*.toml"))
            if not found:
                say(_NO_FILES, ctx, err=True, path=path)
            yield from found
        else:
            yield path


def is_stdio(path: Path | str) -> bool:
    """Whether *path* is ``-``: stdin as an input, stdout as an output."""
    return str(path) == STDIO


def shown_name(path: Path | str) -> str:
    """The name of an input in messages: ``<stdin>`` for ``-``."""
    return STDIN_NAME if is_stdio(path) else str(path)


def read_input(path: Path) -> bytes:
    """The bytes of one input: a regular file, or stdin for ``-`` (within the same size
    limit, read one byte past it to know)."""
    if not is_stdio(path):
        return read_regular(path, file=str(path))
    try:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    except OSError as exc:
        raise StrategyIOError(STDIN_NAME, os_problem(exc)) from None
    check_size(len(data), STDIN_NAME)
    return data


def write_stdout(data: bytes) -> None:
    """*data* as it is on stdout (a PDF piped on), after any text written before it."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def is_json(data: bytes, name: str) -> bool:
    """Whether an input is JSON: a ``.json`` file, or stdin that starts like JSON (TOML
    cannot start with ``{``); TOML otherwise."""
    return name.lower().endswith(".json") or (name == STDIN_NAME and data.lstrip()[:1] == b"{")


def parse(data: bytes, name: str) -> Strategy:
    """The strategy in *data*, JSON or TOML (:func:`is_json`)."""
    return loads_json(data, file=name) if is_json(data, name) else loads(data, file=name)


@attrs.frozen
class Loaded:
    """One input: its name, its strategy or why there is none, and its TOML text (to
    find the line of a finding; empty when it could not be read or is JSON)."""

    name: str
    strategy: Strategy | None
    error: InvalidStrategyError | StrategyIOError | None
    text: str


def read_each(paths: Iterable[Path]) -> Iterator[Loaded]:
    """Each of *paths* read and parsed (``-``: stdin), errors kept, never raised."""
    for path in paths:
        name = shown_name(path)
        try:
            data = read_input(path)
        except (InvalidStrategyError, StrategyIOError) as exc:
            yield Loaded(name, None, exc, "")
            continue
        text = "" if is_json(data, name) else data.decode("utf-8-sig", errors="replace")
        try:
            loaded = Loaded(name, parse(data, name), None, text)
        except (InvalidStrategyError, StrategyIOError) as exc:
            loaded = Loaded(name, None, exc, text)
        yield loaded


def error_lines(error: InvalidStrategyError | StrategyIOError, language: Language) -> list[str]:
    """The lines that say why an input cannot be used: each problem (file, line, field
    path, what is wrong), or the one reason it cannot be read."""
    if isinstance(error, StrategyIOError):
        return [error.describe(language)]
    return error.lines(language)


def load_each(
    paths: Iterable[Path], language: Language, *, err: bool = True
) -> Iterator[tuple[Path, Strategy | None]]:
    """Each of *paths* with its strategy, or with None when it cannot be used: then its
    problems are reported first (:func:`error_lines`), on stderr, or stdout when *err*
    is false."""
    paths = list(paths)
    for path, loaded in zip(paths, read_each(paths), strict=True):
        if loaded.error is not None:
            for line in error_lines(loaded.error, language):
                click.echo(line, err=err)
        yield path, loaded.strategy


def history_of(path: Path) -> History | None:
    """The history the folder store *path* sits in keeps of it (its adopted and reviewed
    revisions), or None: stdin, a file with no history kept, or one that cannot be read.
    Only reads: a plan file is never written or logged by asking."""
    if is_stdio(path):
        return None
    # Here, not at the top: the stores are imported only for a plan that has a history.
    from socialstrategy.workspace import Workspace  # noqa: PLC0415

    found = Workspace.beside(path)
    if found is None:
        return None
    space, draft_id = found
    try:
        return space.past(draft_id)
    except (SocialStrategyError, OSError):
        return None


def iso_date(_: click.Context, __: click.Parameter, value: str | None) -> dt.date | None:
    """A ``--today`` option's value as a date (click callback)."""
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-11-23") from None
    # The dates a strategy may hold: scoring counts years on from today, and no plan
    # is made for the year 1 or 9999.
    if not FIRST_DAY <= day <= LAST_DAY:
        raise click.BadParameter(
            f"{value!r} lies outside {FIRST_DAY.year}..{LAST_DAY.year}"
        ) from None
    return day


def percentage(_: click.Context, __: click.Parameter, value: float | None) -> float | None:
    """A score threshold (click callback): 0 to 100; nan would let every score pass."""
    if value is not None and not (math.isfinite(value) and 0 <= value <= 100):
        raise click.BadParameter(f"{value} is not a score from 0 to 100")
    return value


_IS_INPUT = Text(
    nl="dit is een van de invoerbestanden; kies een ander uitvoerbestand",
    en="this is one of the input files; choose another output file",
)


def output_problem(target: Path, inputs: Iterable[Path] = ()) -> Text | None:
    """Why *target* must not be written, or None: a folder where a file belongs, a
    device, pipe or socket, a path too long, or one of the *inputs* (through any link).
    Refused before writing: an export must never replace the strategy it came from.
    """
    try:
        info = target.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        # Anything else (no permission, a file where a folder belongs) the write reports.
        return os_problem(exc) if exc.errno == errno.ENAMETOOLONG else None
    except ValueError:  # a NUL character: the write reports it
        return None
    if stat.S_ISDIR(info.st_mode):
        return FOLDER
    if not stat.S_ISREG(info.st_mode):
        return SPECIAL
    for source in inputs:
        try:
            if os.path.samestat(info, source.stat()):
                return _IS_INPUT
        except (OSError, ValueError):
            continue
    return None
