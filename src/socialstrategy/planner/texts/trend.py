"""Strings of the score trend on the review step, and its line in the sidebar."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "trend.title": Text("Scoreverloop", "Score trend"),
    "trend.intro": Text(
        "De score van elke versie die het bestuur heeft vastgesteld of die ter bespreking"
        " lag, zoals die op de dag van opslaan was.",
        "The score of every version the board adopted or that was in review, as it was on"
        " the day it was saved.",
    ),
    "trend.empty": Text(
        "Het scoreverloop begint zodra het bestuur het plan vaststelt. Vanaf dan zie je"
        " hier per onderdeel of het plan beter of minder scoort dan de vastgestelde versie.",
        "The score trend starts once the board adopts the plan. From then on you see here,"
        " per part, whether the plan scores better or worse than the adopted version.",
    ),
    "trend.rounds": Text(
        "Versies die ter bespreking lagen ({count})", "Versions that were in review ({count})"
    ),
    "trend.against": Text(
        "**Nu tegenover vastgestelde versie {number}** ({date})",
        "**Now against adopted version {number}** ({date})",
    ),
    "trend.col.part": Text("Onderdeel", "Part"),
    "trend.col.version": Text("Versie {number}", "Version {number}"),
    "trend.col.now": Text("Nu", "Now"),
    "trend.col.change": Text("Verschil", "Change"),
    "trend.row.overall": Text("Totaalscore", "Overall score"),
    "trend.row.level": Text("Niveau", "Level"),
    "trend.row.date": Text("Datum", "Date"),
    "trend.row.kind": Text("Soort", "Kind"),
    "trend.kind.adopted": Text("vastgesteld", "adopted"),
    "trend.kind.review": Text("ter bespreking", "in review"),
    "trend.change": Text("{arrow} {word} ({delta})", "{arrow} {word} ({delta})"),
    "trend.same": Text("= gelijk", "= unchanged"),
    "trend.versions": Text(
        "Alle vastgestelde en besproken versies ({count})",
        "All adopted and reviewed versions ({count})",
    ),
    "trend.versions.intro": Text(
        "Per versie de totaalscore, het niveau en de score per onderdeel.",
        "Per version the overall score, the level and the score per part.",
    ),
    "panel.trend": Text(
        "{arrow} {word} dan vastgestelde versie {number} ({before} → {now})",
        "{arrow} {word} than adopted version {number} ({before} → {now})",
    ),
    "panel.trend.same": Text(
        "= gelijk aan vastgestelde versie {number} ({before})",
        "= the same as adopted version {number} ({before})",
    ),
}
