"""Commands on scores: ``score`` and ``rules``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from socialstrategy.cli._common import (
    EXIT_INVALID,
    iso_date,
    language,
    load_each,
    percentage,
    strategy_files,
)
from socialstrategy.cli._group import cli
from socialstrategy.cli.console import report_text, summary_text
from socialstrategy.files.access import is_folder
from socialstrategy.scoring import RULES, Report, score
from socialstrategy.scoring.docs import rules_markdown

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.model import Strategy


@cli.command(name="score")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Text for people, JSON for machines.",
)
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
def score_command(
    ctx: click.Context,
    paths: tuple[Path, ...],
    fmt: str,
    fail_under: float | None,
    today: dt.date | None,
) -> None:
    """Score strategies: one file in full, several (or a folder) as a summary table."""
    lang = language(ctx)
    files = list(strategy_files(paths, ctx))
    single = len(files) == 1 and not any(is_folder(p) for p in paths)
    rows: list[tuple[str, Strategy | None, Report | None]] = []
    failed = False
    for path, strategy in load_each(files, lang):
        if strategy is None:
            failed = True
            rows.append((str(path), None, None))
            continue
        report = score(strategy, today=today)
        if fail_under is not None and report.overall < fail_under:
            failed = True
        rows.append((str(path), strategy, report))
    if fmt == "json":
        click.echo(json.dumps(_json(rows, single), ensure_ascii=False, indent=2))
    elif single and rows[0][1] is not None and rows[0][2] is not None:
        click.echo(report_text(rows[0][1], rows[0][2], lang), nl=False)
    elif rows:
        click.echo(summary_text(rows, lang), nl=False)
    if failed or not files:
        ctx.exit(EXIT_INVALID)


def _json(rows: list[tuple[str, Strategy | None, Report | None]], single: bool) -> Any:
    items = [
        {"file": name, "valid": report is not None, **(report.to_dict() if report else {})}
        for name, _, report in rows
    ]
    return items[0] if single and items else items


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="A list, or the Markdown reference in both languages.",
)
@click.pass_context
def rules(ctx: click.Context, fmt: str) -> None:
    """List every scoring rule with its level, message and fix."""
    if fmt == "markdown":
        click.echo(rules_markdown(), nl=False)
        return
    lang = language(ctx)
    for rule in RULES.values():
        title, message, fix = rule.reference()
        click.echo(
            f"{rule.code}  {rule.area.label(lang)} · {rule.level.label(lang)} · {title.get(lang)}"
        )
        click.echo(f"    {message.get(lang)}")
        click.echo(f"    → {fix.get(lang)}")
