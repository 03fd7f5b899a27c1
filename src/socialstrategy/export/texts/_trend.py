"""Strings of the score trend (``trend.``): the plan's score now against its last
adopted revision, per area, and the adopted and reviewed revisions."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "trend.heading": Text("Scoreverloop", "Score trend"),
    "trend.since": Text(
        "De score van nu naast die van versie {revision}, vastgesteld op {date}.",
        "The score now beside that of revision {revision}, adopted on {date}.",
    ),
    "trend.none": Text(
        "Er is nog geen vastgestelde versie om de score mee te vergelijken. De totaalscore"
        " is nu {score}/100, volwassenheidsniveau {level} van 5: {name}.",
        "There is no adopted revision to compare the score with yet. The overall score is"
        " {score}/100 now, maturity level {level} of 5: {name}.",
    ),
    "trend.area": Text("Onderdeel", "Area"),
    "trend.adopted": Text("Vastgesteld", "Adopted"),
    "trend.now": Text("Nu", "Now"),
    "trend.change": Text("Verschil", "Change"),
    "trend.overall": Text("Totaalscore", "Overall score"),
    "trend.level": Text("Volwassenheidsniveau", "Maturity level"),
    "trend.move": Text("{arrow} {word}", "{arrow} {word}"),
    "trend.revisions": Text("Vastgestelde en besproken versies", "Adopted and reviewed revisions"),
    "trend.revisions.date": Text("Datum", "Date"),
    "trend.revisions.revision": Text("Versie", "Revision"),
    "trend.revisions.kind": Text("Soort", "Kind"),
    "trend.revisions.overall": Text("Totaalscore", "Overall score"),
    "trend.revisions.level": Text("Niveau", "Level"),
    "trend.revisions.adopted": Text("vastgesteld", "adopted"),
    "trend.revisions.review": Text("ter bespreking", "in review"),
    # The board pack's compact form under "Waar staan we?": a line and three bullets.
    "trend.compact": Text(
        "Sinds versie {revision}, vastgesteld op {date}: totaalscore {before} → {now}"
        " ({move}), volwassenheidsniveau {level_before} → {level_now} ({level_move}).",
        "Since revision {revision}, adopted on {date}: overall score {before} → {now}"
        " ({move}), maturity level {level_before} → {level_now} ({level_move}).",
    ),
    "trend.compact.group": Text("{arrow} {word}: {areas}", "{arrow} {word}: {areas}"),
    "trend.compact.area": Text("{area} ({before} → {now})", "{area} ({before} → {now})"),
    "trend.compact.rest": Text("de andere {count} onderdelen", "the other {count} areas"),
    "trend.compact.all": Text("alle onderdelen", "every area"),
}
