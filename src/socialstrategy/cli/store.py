"""``socialstrategy store import | export | list``: moving plans between a folder of TOML
files and a store (a folder, SQLite or PostgreSQL), byte for byte."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Final

import click

from socialstrategy.cli._common import EXIT_INVALID, EXIT_USAGE, language, say
from socialstrategy.cli._group import cli
from socialstrategy.errors import InvalidStrategyError, StrategyIOError
from socialstrategy.files.access import is_folder
from socialstrategy.i18n import Text
from socialstrategy.storage import (
    STORE_VAR,
    Outcome,
    StoreUnavailableError,
    StoreURLError,
    configured_url,
    export,
    import_file,
    importable,
    open_store,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.storage import Store

_NOT_A_FOLDER: Final = Text(nl="{path} is geen map", en="{path} is not a folder")
_NOT_AN_ID: Final = Text(
    nl="{file}: overgeslagen, de naam is geen plan-id (kleine letters, cijfers en -)",
    en="{file}: skipped, the name is no plan id (lower-case letters, digits and -)",
)
_DONE: Final = {
    Outcome.ADDED: Text(nl="toegevoegd: {id}", en="added: {id}"),
    Outcome.REPLACED: Text(
        nl="vervangen (nieuwe versie): {id}", en="replaced (new revision): {id}"
    ),
    Outcome.UNCHANGED: Text(
        nl="al aanwezig, ongewijzigd: {id}", en="already there, unchanged: {id}"
    ),
    Outcome.TAKEN: Text(
        nl="{id}: overgeslagen, staat al in de opslag met een andere inhoud (--replace vervangt)",
        en="{id}: skipped, already in the store with other contents (--replace replaces it)",
    ),
}
_IMPORTED: Final = Text(
    nl="{count} van {total} plannen staan nu in {store}",
    en="{count} of {total} plans are now in {store}",
)
_EXPORTED: Final = Text(
    nl="{count} plannen geschreven naar {path}", en="{count} plans written to {path}"
)
_NONE: Final = Text(nl="geen plannen in {store}", en="no plans in {store}")

store_option = click.option(
    "--store",
    "url",
    envvar=STORE_VAR,
    default=configured_url,
    show_default=f"${STORE_VAR}, else ./workspace",
    help="Where the plans are: a folder, sqlite:///file.db or postgresql://…",
)
organisation_option = click.option(
    "--organisation",
    default=None,
    help="Only this organisation's plans (a database keeps several).",
)
format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Text for people, JSON for machines.",
)


@cli.group(name="store")
def store_group() -> None:
    """Move plans between folders and stores (folder, SQLite, PostgreSQL)."""


def _run(ctx: click.Context, url: str, work: Callable[[Store], None]) -> None:
    """Open the store *url* names and do *work* with it; a bad URL or an unreachable
    database is one clear line and an exit code."""
    lang = language(ctx)
    try:
        store = open_store(url)
    except StoreURLError as exc:
        click.echo(exc.describe(lang), err=True)
        ctx.exit(EXIT_USAGE)
    try:
        work(store)
    except StoreUnavailableError as exc:
        click.echo(exc.text.get(lang) + (f": {exc.reason}" if exc.reason else ""), err=True)
        ctx.exit(EXIT_INVALID)
    finally:
        store.close()


@store_group.command(name="import")
@click.argument("folder", type=click.Path(path_type=Path))
@store_option
@organisation_option
@click.option("--replace", is_flag=True, help="Replace plans already there (as a new revision).")
@click.option("--author", default="", help="Who the revisions are recorded as.")
@click.pass_context
def import_command(
    ctx: click.Context,
    *,
    folder: Path,
    url: str,
    organisation: str | None,
    replace: bool,
    author: str,
) -> None:
    """Put every plan file (*.toml) of FOLDER into the store, byte for byte."""
    lang = language(ctx)
    if not is_folder(folder):
        say(_NOT_A_FOLDER, ctx, err=True, path=folder)
        ctx.exit(EXIT_USAGE)
    good, bad = importable(folder)
    for file in bad:
        say(_NOT_AN_ID, ctx, err=True, file=file.name)
    failed = bool(bad)

    def work(store: Store) -> None:
        nonlocal failed
        count = 0
        for file in good:
            try:
                done = import_file(
                    store, file, author=author, organisation=organisation or "", replace=replace
                )
            except InvalidStrategyError as exc:
                failed = True
                for line in exc.lines(lang):
                    click.echo(line, err=True)
                continue
            except StrategyIOError as exc:
                if isinstance(exc, StoreUnavailableError):
                    raise
                failed = True
                click.echo(exc.describe(lang), err=True)
                continue
            except ValueError as exc:  # a folder store holds one organisation's plans
                failed = True
                click.echo(f"{file.name}: {exc}", err=True)
                continue
            if done.outcome is Outcome.TAKEN:
                failed = True
                say(_DONE[done.outcome], ctx, err=True, id=done.draft_id)
            else:
                count += 1
                say(_DONE[done.outcome], ctx, id=done.draft_id)
        total = len(good) + len(bad)
        say(_IMPORTED, ctx, count=count, total=total, store=store.describe().get(lang))

    _run(ctx, url, work)
    if failed:
        ctx.exit(EXIT_INVALID)


@store_group.command(name="export")
@store_option
@organisation_option
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write the plan files into (made when missing).",
)
@click.pass_context
def export_command(ctx: click.Context, url: str, organisation: str | None, output: Path) -> None:
    """Write every plan of the store into a folder as <id>.toml, byte for byte."""

    def work(store: Store) -> None:
        written = list(export(store, output, organisation))
        say(_EXPORTED, ctx, count=len(written), path=output)

    _run(ctx, url, work)


@store_group.command(name="list")
@store_option
@organisation_option
@format_option
@click.pass_context
def list_command(ctx: click.Context, url: str, organisation: str | None, fmt: str) -> None:
    """List the plans in the store, the most recently changed first."""
    lang = language(ctx)

    def work(store: Store) -> None:
        found = store.summaries(organisation)
        if fmt == "json":
            rows = [
                {
                    "id": s.id,
                    "title": s.title,
                    "organisation": s.organisation,
                    "modified": dt.datetime.fromtimestamp(s.modified, dt.timezone.utc).isoformat(),
                }
                for s in found
            ]
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not found:
            say(_NONE, ctx, store=store.describe().get(lang))
            return
        width = max(len(s.id) for s in found)
        for s in found:
            when = dt.datetime.fromtimestamp(s.modified).strftime("%Y-%m-%d %H:%M")
            org = f"  [{s.organisation}]" if s.organisation else ""
            click.echo(f"{s.id:<{width}}  {when}  {s.title}{org}")

    _run(ctx, url, work)
