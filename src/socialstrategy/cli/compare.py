"""``socialstrategy diff OLD NEW``: what changed between two plans, in words.

Like ``diff``: exit 0 when the plans are the same, 1 when they differ, 2 when one cannot
be read (a clear line naming the file or revision, no traceback).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

import click

from socialstrategy.cli._common import EXIT_USAGE, language, say
from socialstrategy.cli._group import cli
from socialstrategy.errors import InvalidStrategyError, StrategyIOError
from socialstrategy.files import load
from socialstrategy.i18n import Text
from socialstrategy.model.diff import FORMATS, diff, render
from socialstrategy.storage import StoreURLError, open_store

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy
    from socialstrategy.storage import Store

EXIT_DIFFERENT: Final = 1
_NOT_A_REVISION: Final = Text(
    nl="{spec}: geen plan-id of plan-id@versie (bijvoorbeeld welzijn-oost@3)",
    en="{spec}: no plan id or plan id@revision (for example welzijn-oost@3)",
)


class _UnusableError(Exception):
    """A plan that cannot be compared; its lines say why."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@cli.command(name="diff")
@click.argument("old")
@click.argument("new")
@click.option(
    "--store",
    "url",
    default=None,
    help="Compare revisions in this store (a folder, sqlite:///… or postgresql://…): "
    "OLD and NEW are then ID@REVISION, or ID for the plan as it is now.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default="text",
    show_default=True,
    help="Text for people, JSON for machines, Markdown for a review document.",
)
@click.pass_context
def diff_command(ctx: click.Context, old: str, new: str, url: str | None, fmt: str) -> None:
    """Say what changed from OLD to NEW (two strategy files, or two revisions in a store).

    Exits 0 when they are the same, 1 when they differ, 2 when one cannot be read.
    """
    lang = language(ctx)
    try:
        if url is None:
            before, after = _file(old, lang), _file(new, lang)
        else:
            before, after = _revisions(ctx, url, old, new, lang)
    except _UnusableError as exc:
        for line in exc.lines:
            click.echo(line, err=True)
        ctx.exit(EXIT_USAGE)
    differences = diff(before, after)
    click.echo(render(differences, fmt, lang), nl=False)
    if differences:
        ctx.exit(EXIT_DIFFERENT)


def _file(path: str, lang: Language) -> Strategy:
    try:
        return load(Path(path))
    except InvalidStrategyError as exc:
        raise _UnusableError(list(exc.lines(lang))) from None
    except StrategyIOError as exc:
        raise _UnusableError([exc.describe(lang)]) from None


def _revisions(
    ctx: click.Context, url: str, old: str, new: str, lang: Language
) -> tuple[Strategy, Strategy]:
    try:
        store = open_store(url)
    except StoreURLError as exc:
        raise _UnusableError([exc.describe(lang)]) from None
    try:
        return _revision(ctx, store, old, lang), _revision(ctx, store, new, lang)
    finally:
        store.close()


def _revision(ctx: click.Context, store: Store, spec: str, lang: Language) -> Strategy:
    """The plan *spec* names: ``ID@REVISION``, or ``ID`` for the draft as it is now."""
    draft_id, _, number = spec.partition("@")
    if number and not number.isdigit():
        say(_NOT_A_REVISION, ctx, err=True, spec=spec)
        raise _UnusableError([])
    try:
        if number:
            return store.open_revision(draft_id, int(number)).strategy
        return store.open(draft_id).strategy
    except InvalidStrategyError as exc:
        raise _UnusableError([f"{spec}: {line}" for line in exc.lines(lang)]) from None
    except StrategyIOError as exc:
        raise _UnusableError([exc.describe(lang)]) from None
    except ValueError:  # not a draft id at all
        say(_NOT_A_REVISION, ctx, err=True, spec=spec)
        raise _UnusableError([]) from None


__all__ = ["diff_command"]
