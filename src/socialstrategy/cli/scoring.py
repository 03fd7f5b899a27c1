"""Commands on scores: ``score`` and ``rules``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import click

from socialstrategy.cli._common import (
    EXIT_INVALID,
    error_lines,
    history_of,
    iso_date,
    language,
    percentage,
    read_each,
    strategy_files,
)
from socialstrategy.cli._group import cli
from socialstrategy.cli.console import report_text, since_text, summary_text
from socialstrategy.cli.output import (
    Diagnostic,
    Locator,
    chosen_format,
    emit,
    finding,
    load_error,
    output_format_option,
)
from socialstrategy.files.access import is_folder
from socialstrategy.scoring import RULES, Report, score
from socialstrategy.scoring.docs import rules_markdown
from socialstrategy.scoring.trend import Comparison, compare

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy

Row = tuple[str, "Strategy | None", "Report | None"]


@cli.command(name="score")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default=None,
    help="text: the same as --output-format text; json: the full score report (scores,"
    " level, findings), an array with one object per file.",
)
@output_format_option(alias="fmt")
@click.option(
    "--fail-under",
    type=float,
    callback=percentage,
    help="Exit 1 when any strategy scores below this (for a consultant's own CI).",
)
@click.option(
    "--today", callback=iso_date, help="Score as on this date (YYYY-MM-DD) instead of today."
)
@click.pass_context
def score_command(  # noqa: PLR0917 - click passes every option as an argument
    ctx: click.Context,
    paths: tuple[Path, ...],
    fmt: str | None,
    output_format: str | None,
    fail_under: float | None,
    today: dt.date | None,
) -> None:
    """Score strategies (- reads stdin): one file in full, several (or a folder) as a
    summary table; or every finding as JSON or GitHub annotations (--output-format)."""
    lang = language(ctx)
    # --format json is the score report, not the findings: it is not an alias.
    chosen = (
        "report"
        if fmt == "json" and output_format is None
        else chosen_format(output_format, "text" if fmt == "text" else None)
    )
    files = list(strategy_files(paths, ctx))
    single = len(files) == 1 and not any(is_folder(p) for p in paths)
    # The change since the last adopted version: in the score report, and under one file's.
    since = chosen == "report" or (chosen == "text" and single)
    scored = _score_each(files, chosen, lang, today, fail_under, since=since)
    _show(scored, chosen, single, lang)
    if scored.failed or not files:
        ctx.exit(EXIT_INVALID)


@attrs.define
class _Scored:
    """What scoring the files gave: a row per file, the findings as diagnostics (for
    JSON and GitHub output), and whether any file was invalid or under the bar."""

    rows: list[Row] = attrs.Factory(list)
    found: list[Diagnostic] = attrs.Factory(list)
    failed: bool = False
    #: The score now against the last adopted version, by row, for a file whose folder
    #: keeps its history and that was adopted.
    since: dict[int, Comparison] = attrs.Factory(dict)


def _score_each(
    files: list[Path],
    chosen: str,
    lang: Language,
    today: dt.date | None,
    bar: float | None,
    *,
    since: bool = False,
) -> _Scored:
    out = _Scored()
    diagnostics = chosen in {"json", "github"}
    for path, loaded in zip(files, read_each(files), strict=True):
        if loaded.strategy is None:
            out.failed = True
            out.rows.append((loaded.name, None, None))
            if loaded.error is not None and diagnostics:
                out.found += load_error(loaded.error, lang, loaded.text)
            elif loaded.error is not None:
                for line in error_lines(loaded.error, lang):
                    click.echo(line, err=True)
            continue
        report = score(loaded.strategy, today=today)
        out.failed = out.failed or (bar is not None and report.overall < bar)
        history = history_of(path) if since else None
        comparison = compare(report, history.scored) if history is not None else None
        if comparison is not None:
            out.since[len(out.rows)] = comparison
        out.rows.append((loaded.name, loaded.strategy, report))
        if diagnostics:
            out.found += _diagnostics(loaded.name, loaded.text, report, lang)
    return out


def _show(scored: _Scored, chosen: str, single: bool, lang: Language) -> None:
    rows = scored.rows
    if chosen == "report":
        click.echo(json.dumps(_json(rows, scored.since), ensure_ascii=False, indent=2))
    elif chosen in {"json", "github"}:
        emit(scored.found, chosen)
    elif single and rows[0][1] is not None and rows[0][2] is not None:
        click.echo(report_text(rows[0][1], rows[0][2], lang), nl=False)
        if 0 in scored.since:
            click.echo(since_text(scored.since[0], lang), nl=False)
    elif rows:
        click.echo(summary_text(rows, lang), nl=False)


def _diagnostics(name: str, text: str, report: Report, lang: Language) -> list[Diagnostic]:
    """Every finding, then every accepted one, at the line of its part."""
    locate = Locator(text)
    out = [finding(f, name, lang, locate) for f in report.findings]
    out += [finding(a.finding, name, lang, locate, accepted=a) for a in report.accepted]
    return out


def _json(rows: list[Row], since: dict[int, Comparison]) -> list[dict[str, Any]]:
    """The score report of each file: always an array, one object per file; a file with
    an adopted version in its history also says how it scores against it."""
    out = []
    for index, (name, _, report) in enumerate(rows):
        item = {"file": name, "valid": report is not None, **(report.to_dict() if report else {})}
        if index in since:
            item["since_adopted"] = since[index].to_dict()
        out.append(item)
    return out


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default=None,
    help="A list (text), or the Markdown reference in both languages.",
)
@output_format_option(alias="fmt")
@click.pass_context
def rules(ctx: click.Context, fmt: str | None, output_format: str | None) -> None:
    """List every scoring rule with its level, message and fix."""
    if fmt == "markdown":
        if output_format not in {None, "text"}:
            raise click.UsageError("--format markdown and --output-format ask for different output")
        click.echo(rules_markdown(), nl=False)
        return
    chosen = chosen_format(output_format, fmt)
    lang = language(ctx)
    if chosen != "text":
        emit(_rule_diagnostics(lang), chosen)
        return
    for rule in RULES.values():
        title, message, fix = rule.reference()
        click.echo(
            f"{rule.code}  {rule.area.label(lang)} · {rule.level.label(lang)} · {title.get(lang)}"
        )
        click.echo(f"    {message.get(lang)}")
        click.echo(f"    → {fix.get(lang)}")


def _rule_diagnostics(lang: Language) -> list[Diagnostic]:
    """Each rule as a record like a finding's, about no file."""
    out = []
    for rule in RULES.values():
        title, message, fix = rule.reference()
        out.append(
            Diagnostic(
                file=None,
                code=rule.code,
                level=rule.level.code,
                message=message.get(lang),
                fix=fix.get(lang),
                notice=True,
                extra={
                    "symbol": rule.symbol,
                    "title": title.get(lang),
                    "area": rule.area.code,
                    "weight": rule.weight,
                    "source": rule.source,
                },
            )
        )
    return out
