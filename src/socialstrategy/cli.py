"""The command line: ``socialstrategy validate | new | schema``.

Every error the library raises on purpose is presented here, in one place, as lines
on standard error with an exit code; no traceback reaches a user.

Exit codes: 0 all is well, 1 a strategy is invalid, 2 the command was used wrongly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, NoReturn

import click

from socialstrategy.errors import InvalidStrategyError, StrategyIOError
from socialstrategy.files import dump, dumps, load, schema_text
from socialstrategy.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, Text
from socialstrategy.model import new_strategy
from socialstrategy.vocab import Sector

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

EXIT_INVALID: Final = 1
EXIT_INTERNAL: Final = 3

_INTERNAL = Text(
    nl="interne fout in socialstrategy ({error}); meld dit aan de ontwikkelaars"
    " (SOCIALSTRATEGY_DEBUG=1 toont de details)",
    en="internal error in socialstrategy ({error}); please report it"
    " (SOCIALSTRATEGY_DEBUG=1 shows the details)",
)
_OK = Text(nl="geldig", en="valid")
_SUMMARY = Text(
    nl="{total} bestand(en) gecontroleerd, {bad} ongeldig",
    en="{total} file(s) checked, {bad} invalid",
)
_NO_FILES = Text(nl="geen .toml-bestanden gevonden in {path}", en="no .toml files found in {path}")
_WRITTEN = Text(nl="geschreven: {path}", en="written: {path}")
_EXISTS = Text(
    nl="{path} bestaat al; kies een andere naam of gebruik --force",
    en="{path} exists already; choose another name or use --force",
)


def _language(ctx: click.Context) -> Language:
    value = ctx.find_root().params.get("lang") or DEFAULT_LANGUAGE
    return "en" if value == "en" else "nl"


def _say(text: Text, ctx: click.Context, *, err: bool = False, **params: object) -> None:
    click.echo(text.get(_language(ctx)).format(**params), err=err)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=DEFAULT_LANGUAGE,
    envvar="SOCIALSTRATEGY_LANG",
    show_default=True,
    help="Language of messages and new files (nl or en).",
)
@click.version_option(package_name="socialstrategy")
def cli(lang: str) -> None:
    """Social media strategies for care and welfare: think first, then act."""


def _strategy_files(paths: Iterable[Path], ctx: click.Context) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("*.toml"))
            if not found:
                _say(_NO_FILES, ctx, err=True, path=path)
            yield from found
        else:
            yield path


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print only problems.")
@click.pass_context
def validate(ctx: click.Context, paths: tuple[Path, ...], quiet: bool) -> None:
    """Check strategy files (or folders of them): one line per problem.

    Exits 0 when every file is valid, 1 otherwise.
    """
    language = _language(ctx)
    total = bad = 0
    for path in _strategy_files(paths, ctx):
        total += 1
        try:
            load(path)
        except InvalidStrategyError as exc:
            bad += 1
            for line in exc.lines(language):
                click.echo(line)
        except StrategyIOError as exc:
            bad += 1
            click.echo(exc.describe(language))
        else:
            if not quiet:
                click.echo(f"{path}: {_OK.get(language)}")
    if not quiet or bad:
        _say(_SUMMARY, ctx, err=True, total=total, bad=bad)
    if bad or total == 0:
        ctx.exit(EXIT_INVALID)


@cli.command()
@click.option(
    "--sector",
    type=click.Choice(Sector.codes()),
    default=Sector.OTHER.code,
    show_default=True,
    help="Start from this sector's preset: processes, funders, councils, scenarios.",
)
@click.option("--name", default="", help="Name of the organisation.")
@click.option(
    "--output", "-o", type=click.Path(path_type=Path), help="Write to this file (default: stdout)."
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.pass_context
def new(ctx: click.Context, sector: str, name: str, output: Path | None, force: bool) -> None:
    """Start a new strategy file for a sector."""
    strategy = new_strategy(Sector.parse(sector), name, language=_language(ctx))
    if output is None:
        click.echo(dumps(strategy), nl=False)
        return
    if output.exists() and not force:
        _say(_EXISTS, ctx, err=True, path=output)
        ctx.exit(2)
    dump(strategy, output)
    _say(_WRITTEN, ctx, err=True, path=output)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of strategy files."""
    click.echo(schema_text(), nl=False)


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point of the ``socialstrategy`` console script."""
    try:
        cli.main(args=argv, prog_name="socialstrategy", standalone_mode=True)
    except StrategyIOError as exc:  # e.g. writing a new file into a missing folder
        click.echo(exc.describe(_env_language()), err=True)
        sys.exit(EXIT_INVALID)
    except Exception as exc:
        # A bug of ours: one line and an exit code, never a traceback, unless debugging.
        if os.environ.get("SOCIALSTRATEGY_DEBUG"):
            raise
        click.echo(
            _INTERNAL.get(_env_language()).format(error=f"{type(exc).__name__}: {exc}"), err=True
        )
        sys.exit(EXIT_INTERNAL)
    sys.exit(0)


def _env_language() -> Language:
    return "en" if os.environ.get("SOCIALSTRATEGY_LANG") == "en" else "nl"
