"""Commands on strategy files: ``validate``, ``new`` and ``schema``."""

from __future__ import annotations

from pathlib import Path

import click

from socialstrategy.cli._common import (
    EXIT_INVALID,
    EXIT_USAGE,
    error_lines,
    is_stdio,
    language,
    output_problem,
    read_each,
    say,
    strategy_files,
)
from socialstrategy.cli._group import cli
from socialstrategy.cli.output import Diagnostic, emit, load_error, output_format_option
from socialstrategy.files import dump, dumps, schema_text
from socialstrategy.files.access import is_regular
from socialstrategy.i18n import Text
from socialstrategy.model import new_strategy
from socialstrategy.vocab import Sector

_OK = Text(nl="geldig", en="valid")
_SUMMARY = Text(
    nl="{total} bestand(en) gecontroleerd, {bad} ongeldig",
    en="{total} file(s) checked, {bad} invalid",
)
_WRITTEN = Text(nl="geschreven: {path}", en="written: {path}")
_REFUSED = Text(nl="{path}: kan hier niet schrijven: {why}", en="{path}: cannot write here: {why}")
_EXISTS = Text(
    nl="{path} bestaat al; kies een andere naam of gebruik --force",
    en="{path} exists already; choose another name or use --force",
)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print only problems.")
@output_format_option()
@click.pass_context
def validate(
    ctx: click.Context, paths: tuple[Path, ...], quiet: bool, output_format: str | None
) -> None:
    """Check strategy files (or folders of them; - reads stdin): one line per problem.

    Exits 0 when every file is valid, 1 otherwise.
    """
    lang = language(ctx)
    total = bad = 0
    found: list[Diagnostic] = []
    # The problems go to stdout: they are what this command is asked for.
    for loaded in read_each(strategy_files(paths, ctx)):
        total += 1
        if loaded.error is not None:
            bad += 1
            if output_format in {"json", "github"}:
                found += load_error(loaded.error, lang, loaded.text)
            else:
                for line in error_lines(loaded.error, lang):
                    click.echo(line)
        elif not quiet and output_format in {None, "text"}:
            click.echo(f"{loaded.name}: {_OK.get(lang)}")
    if output_format in {"json", "github"}:
        emit(found, output_format)
    if not quiet or bad:
        say(_SUMMARY, ctx, err=True, total=total, bad=bad)
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
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    help="Write to this file (default, or -: stdout).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.pass_context
def new(ctx: click.Context, sector: str, name: str, output: Path | None, force: bool) -> None:
    """Start a new strategy file for a sector."""
    strategy = new_strategy(Sector.parse(sector), name, language=language(ctx))
    if output is None or is_stdio(output):
        click.echo(dumps(strategy), nl=False)
        return
    lang = language(ctx)
    why = output_problem(output)  # a folder or a device is refused even with --force
    if why is not None:
        say(_REFUSED, ctx, err=True, path=output, why=why.get(lang))
        ctx.exit(EXIT_USAGE)
    if is_regular(output) and not force:
        say(_EXISTS, ctx, err=True, path=output)
        ctx.exit(EXIT_USAGE)
    dump(strategy, output)
    say(_WRITTEN, ctx, err=True, path=output)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of strategy files."""
    click.echo(schema_text(), nl=False)
