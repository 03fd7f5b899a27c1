"""Score reports as text for a terminal: one strategy in full, or a table of many."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Catalogue, Language, Text
from socialstrategy.scoring import AREA_WEIGHTS, Level

if TYPE_CHECKING:
    from socialstrategy.model import Strategy
    from socialstrategy.scoring import Report
    from socialstrategy.scoring.trend import Change, Comparison

T = Catalogue(
    {
        "overall": Text(
            "Totaalscore {score}/100 · volwassenheidsniveau {level}: {name}",
            "Overall score {score}/100 · maturity level {level}: {name}",
        ),
        "capped": Text("(begrensd: {reason})", "(capped: {reason})"),
        "area": Text("Gebied", "Area"),
        "score": Text("Score", "Score"),
        "weight": Text("Gewicht", "Weight"),
        "findings": Text("Bevindingen", "Findings"),
        "points": Text("−{points} punten", "−{points} points"),
        "next": Text("Volgende stap", "Next step"),
        "none": Text("Geen bevindingen: alles op orde.", "No findings: all in order."),
        "file": Text("Bestand", "File"),
        "organisation": Text("Organisatie", "Organisation"),
        "level": Text("Niveau", "Level"),
        "invalid": Text("ongeldig", "invalid"),
        "accepted": Text(
            "Geaccepteerd ({count}): tellen niet mee in de score",
            "Accepted ({count}): not counted in the score",
        ),
        "reason": Text("reden: {reason}", "reason: {reason}"),
        "until": Text("tot en met {date}", "until {date}"),
        "since": Text(
            "Sinds de vastgestelde versie {number} ({date})",
            "Since adopted version {number} ({date})",
        ),
        "then": Text("Toen", "Then"),
        "now": Text("Nu", "Now"),
        "change": Text("Verschil", "Change"),
        "overall_row": Text("Totaalscore", "Overall score"),
    }
)


def _table(rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def report_text(strategy: Strategy, report: Report, language: Language) -> str:
    """The full report of one strategy."""
    title = strategy.meta.title or strategy.organisation.name
    lines = [title, "=" * len(title)]
    overall = T(
        "overall",
        language,
        score=round(report.overall),
        level=report.maturity.level,
        name=report.maturity.name.get(language),
    )
    if report.capped is not None:
        overall += " " + T("capped", language, reason=report.capped.get(language))
    lines.append(overall)
    lines.append("")
    rows = [
        [T("area", language), T("score", language), T("weight", language), T("findings", language)]
    ]
    for area, area_score in report.areas.items():
        rows.append(
            [
                area.label(language),
                f"{round(area_score.score)}",
                f"{AREA_WEIGHTS[area]}",
                f"{len(area_score.findings)}",
            ]
        )
    lines += _table(rows, right={1, 2, 3})
    if not report.findings:
        lines += ["", T("none", language)]
    for level in Level:
        found = report.by_level(level)
        if not found:
            continue
        lines += ["", f"{level.label(language)} ({len(found)})"]
        for f in found:
            points = T("points", language, points=fmt.number(f.points, language, digits=1))
            lines.append(f"  {f.code} {f.path}: {f.message.get(language)} ({points})")
            lines.append(f"      → {f.fix.get(language)}")
    if report.accepted:
        lines += ["", T("accepted", language, count=len(report.accepted))]
        for accepted in report.accepted:
            f, acceptance = accepted.finding, accepted.acceptance
            lines.append(f"  {f.code} {f.path}: {f.message.get(language)}")
            why = [T("reason", language, reason=acceptance.reason)]
            if acceptance.until is not None:
                why.append(T("until", language, date=fmt.long_date(acceptance.until, language)))
            lines.append("      " + "; ".join(why))
    if report.next_step is not None:
        step = report.next_step
        lines += ["", f"{T('next', language)}: {step.fix.get(language)}"]
        lines.append(f"  ({step.code} {step.path}: {step.message.get(language)})")
    return "\n".join(lines) + "\n"


def _moved(change: Change, language: Language) -> list[str]:
    direction = change.direction
    return [
        f"{round(change.before)}",
        f"{round(change.now)}",
        f"{direction.arrow} {direction.label(language)}",
    ]


def since_text(comparison: Comparison, language: Language) -> str:
    """The score now against the last adopted version: overall and per area, each with
    an arrow and a word (after :func:`report_text`)."""
    baseline = comparison.baseline
    heading = T(
        "since",
        language,
        number=baseline.number,
        date=fmt.long_date(baseline.saved_on, language),
    )
    rows = [
        [T("area", language), T("then", language), T("now", language), T("change", language)],
        [T("overall_row", language), *_moved(comparison.overall, language)],
    ]
    rows += [[area.label(language), *_moved(c, language)] for area, c in comparison.areas.items()]
    return "\n".join(["", heading, *_table(rows, right={1, 2})]) + "\n"


def summary_text(rows: list[tuple[str, Strategy | None, Report | None]], language: Language) -> str:
    """One line per strategy file: score, level, counts per level, next step."""
    table = [
        [
            T("file", language),
            T("organisation", language),
            T("score", language),
            T("level", language),
            *(level.label(language) for level in Level),
            T("next", language),
        ]
    ]
    for name, strategy, report in rows:
        if strategy is None or report is None:
            table.append([name, f"({T('invalid', language)})", "", "", "", "", "", ""])
            continue
        step = report.next_step
        table.append(
            [
                name,
                strategy.organisation.name,
                f"{round(report.overall)}",
                f"{report.maturity.level} {report.maturity.name.get(language)}",
                *(str(len(report.by_level(level))) for level in Level),
                f"{step.code} {step.title.get(language)}" if step else "",
            ]
        )
    return "\n".join(_table(table, right={2, 4, 5, 6})) + "\n"
