"""Strings of the report's progress parts: measurements per indicator, action updates."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "report.progress.chart": Text("Voortgang: {kpi}", "Progress: {kpi}"),
    "report.progress.updates": Text("Voortgang van de acties", "Progress of the actions"),
    "report.progress.overdue": Text("over de deadline", "overdue"),
    "report.progress.date": Text("Datum", "Date"),
    "report.progress.note": Text("Stand van zaken", "Where it stands"),
}
