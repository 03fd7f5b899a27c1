"""What every command shares: the language flag, messages, and finding and loading
strategy files."""

from __future__ import annotations

import datetime as dt
import errno
import math
import os
import stat
from typing import TYPE_CHECKING, Final

import click

from socialstrategy.errors import InvalidStrategyError, StrategyIOError
from socialstrategy.files import load
from socialstrategy.files.access import FOLDER, SPECIAL, is_folder, os_problem
from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text
from socialstrategy.model._fields import FIRST_DAY, LAST_DAY

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from pathlib import Path

    from socialstrategy.model import Strategy

EXIT_INVALID: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERNAL: Final = 3

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


def load_each(
    paths: Iterable[Path],
    language: Language,
    *,
    err: bool = True,
    loader: Callable[[Path], Strategy] = load,
) -> Iterator[tuple[Path, Strategy | None]]:
    """Each of *paths* with its strategy, or with None when it cannot be used: then its
    problems are reported first, one line each (file, line, field path, what is wrong),
    or the one reason it cannot be read. On stderr, or stdout when *err* is false.
    """
    for path in paths:
        try:
            strategy = loader(path)
        except InvalidStrategyError as exc:
            for line in exc.lines(language):
                click.echo(line, err=err)
        except StrategyIOError as exc:
            click.echo(exc.describe(language), err=err)
        else:
            yield path, strategy
            continue
        yield path, None


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
