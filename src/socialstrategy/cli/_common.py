"""What every command shares: the language flag, messages, and finding strategy files."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import click

from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

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
        if path.is_dir():
            found = sorted(path.glob("*.toml"))
            if not found:
                say(_NO_FILES, ctx, err=True, path=path)
            yield from found
        else:
            yield path


def iso_date(_: click.Context, __: click.Parameter, value: str | None) -> dt.date | None:
    """A ``--today`` option's value as a date (click callback)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-11-23") from None
