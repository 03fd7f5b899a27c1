"""``socialstrategy export``: reports, board packs, progress reports, guidelines, crisis
cards, drill cards and the consent register (also as CSV, ``--document consent --format
csv``); and two files of the whole plan, whatever ``--document``: its dates as a calendar
(``--format ics``) and the action plan as an Excel workbook (``--format xlsx``).

One file in, one file out (``-o`` names it, or a folder to put it in; ``-o -`` writes
it to stdout, also a PDF or Word file: pipe it on); several files or a folder in, one
file per strategy in the ``-o`` folder. ``-`` as the input reads a strategy (TOML or
JSON) from stdin. Without ``-o`` each export is written next to its strategy file (from
stdin: in the current folder). Names are safe whatever the organisation is
called: ``zorggroep-de-linde-rapport.pdf``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from socialstrategy.cli._common import (
    EXIT_INVALID,
    EXIT_USAGE,
    history_of,
    is_stdio,
    iso_date,
    language,
    load_each,
    output_problem,
    say,
    strategy_files,
    write_stdout,
)
from socialstrategy.cli._group import cli
from socialstrategy.export import DOCUMENTS, MEDIA, PLAN_FILES, TABLES, export, formats
from socialstrategy.export.names import file_name
from socialstrategy.extras import require
from socialstrategy.files import atomic_write
from socialstrategy.files.access import is_folder
from socialstrategy.i18n import LANGUAGES, Language, Text

_WRITTEN = Text(nl="geschreven: {path}", en="written: {path}")
_CANNOT_WRITE = Text(nl="{path}: kan niet schrijven: {error}", en="{path}: cannot write: {error}")
_NOT_A_FOLDER = Text(
    nl="{path} is een bestand; geef bij meerdere strategieën een map op met -o",
    en="{path} is a file; give a folder with -o for several strategies",
)
_UNAVAILABLE = Text(
    nl="formaat {fmt} is niet beschikbaar: {error}", en="format {fmt} is not available: {error}"
)
_NOT_A_TABLE = Text(
    nl="formaat csv is er alleen voor: {tables} (--document {first})",
    en="format csv is only for: {tables} (--document {first})",
)
_SUMMARY = Text(
    nl="{written} bestand(en) geschreven, {bad} strategie(ën) ongeldig",
    en="{written} file(s) written, {bad} strategy file(s) invalid",
)


_ONE_TO_STDOUT = Text(
    nl="-o - schrijft één export naar stdout; geef bij meerdere strategieën een map op",
    en="-o - writes one export to stdout; give a folder for several strategies",
)
_REFUSED = Text(
    nl="{path}: wordt niet overschreven: {why}", en="{path}: will not be overwritten: {why}"
)


def _refuse(ctx: click.Context, target: Path, inputs: list[Path]) -> None:
    """Stop with a usage error when *target* must not be written (see output_problem)."""
    why = output_problem(target, inputs)
    if why is not None:
        lang = language(ctx)
        click.echo(_REFUSED.get(lang).format(path=target, why=why.get(lang)), err=True)
        ctx.exit(EXIT_USAGE)


@cli.command(name="export")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(MEDIA)),
    default="pdf",
    show_default=True,
    help="Markdown, HTML, PDF, Word, the strategy itself as JSON, CSV (consent register),"
    " the plan's dates as a calendar for Outlook and Google (ics) or the action plan for"
    " Excel (xlsx).",
)
@click.option(
    "--document",
    type=click.Choice(list(DOCUMENTS)),
    default="report",
    show_default=True,
    help="The full report, the board pack, the progress report for the board, the employee"
    " guideline, the crisis card, the crisis drill cards or the consent register for the"
    " privacy officer.",
)
@click.option(
    "--lang",
    "doc_lang",
    type=click.Choice(LANGUAGES),
    help="Language of the document (default: the global --lang).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    help="A file for one strategy (-: stdout), a folder for several (default: next to each input).",
)
@click.option(
    "--today",
    callback=iso_date,
    help="Score and date as on this day (YYYY-MM-DD) instead of today.",
)
@click.pass_context
def export_command(  # noqa: PLR0917 - click passes every option as an argument
    ctx: click.Context,
    paths: tuple[Path, ...],
    fmt: str,
    document: str,
    doc_lang: str | None,
    output: Path | None,
    today: dt.date | None,
) -> None:
    """Export strategies as a document: a report, board pack, progress report, guideline
    or crisis card; or as a calendar of their dates (ics) or their action plan for Excel
    (xlsx).

    Exits 0 when every strategy was exported, 1 when a strategy was invalid or a file
    could not be written, 2 when an output would replace an input file, a folder or a
    device.
    """
    lang: Language = "en" if (doc_lang or language(ctx)) == "en" else "nl"
    if fmt != "json":  # the strategy as JSON is the core's; every other format is not
        require("export")
    files, several = _inputs(ctx, paths, fmt, document, output)
    day = today or dt.date.today()
    used: set[Path] = set()
    written = bad = 0
    for path, strategy in load_each(files, lang):
        if strategy is None:
            bad += 1
            continue
        try:
            data = export(
                strategy,
                fmt,
                language=lang,
                document=document,
                today=day,
                history=history_of(path),  # where the plan's folder keeps its revisions
            )
        except ImportError as exc:
            click.echo(_UNAVAILABLE.get(lang).format(fmt=fmt, error=exc), err=True)
            ctx.exit(EXIT_INVALID)
        if output is not None and is_stdio(output):
            write_stdout(data)
            written += 1
            continue
        name = file_name(
            strategy, document, fmt, lang, fallback="strategie" if is_stdio(path) else path.stem
        )
        target = _target(path, name, output, several=several, used=used)
        _refuse(ctx, target, files)
        if _save(target, data, lang):
            written += 1
        else:
            bad += 1
    if several:
        click.echo(_SUMMARY.get(lang).format(written=written, bad=bad), err=True)
    if bad or not files:
        ctx.exit(EXIT_INVALID)


def _inputs(
    ctx: click.Context, paths: tuple[Path, ...], fmt: str, document: str, output: Path | None
) -> tuple[list[Path], bool]:
    """The strategy files to export, and whether there are several (so *output* must be
    a folder); exits on a format the document has not or an output that would replace
    an input, before anything is read or written."""
    if fmt not in formats(document) and fmt not in PLAN_FILES:
        tables = sorted(TABLES)
        say(_NOT_A_TABLE, ctx, err=True, tables=", ".join(tables), first=tables[0])
        ctx.exit(EXIT_USAGE)
    files = list(strategy_files(paths, ctx))
    several = len(files) > 1 or any(is_folder(p) for p in paths)
    if output is not None and is_stdio(output):
        if several:
            say(_ONE_TO_STDOUT, ctx, err=True)
            ctx.exit(EXIT_USAGE)
    elif output is not None and not is_folder(output):
        if several and output_problem(output) is None and output.is_file():
            say(_NOT_A_FOLDER, ctx, err=True, path=output)
            ctx.exit(EXIT_USAGE)
        _refuse(ctx, output, files)
    return files, several


def _save(target: Path, data: bytes, lang: Language) -> bool:
    """Write one export and say so; whether it was written (if not, say why)."""
    try:
        if target.parent != Path():
            target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, data)
    except OSError as exc:
        click.echo(_CANNOT_WRITE.get(lang).format(path=target, error=exc.strerror or exc), err=True)
        return False
    click.echo(_WRITTEN.get(lang).format(path=target), err=True)
    return True


def _target(path: Path, name: str, output: Path | None, *, several: bool, used: set[Path]) -> Path:
    """Where one export goes; a second strategy of the same name gets ``-2``, ``-3``…"""
    if output is None:
        folder = path.parent
    elif several or is_folder(output):
        folder = output
    else:
        used.add(output)
        return output
    target = folder / name
    stem, suffix = target.stem, target.suffix
    number = 2
    while target in used:
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    used.add(target)
    return target
