"""Strings of the start step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "start.current": Text("Je werkt aan: {title}", "You are working on: {title}"),
    "start.continue": Text("Verder met dit plan", "Continue with this plan"),
    "start.close": Text("Ander plan kiezen", "Choose another plan"),
    "start.tab.resume": Text("Verder werken", "Resume"),
    "start.tab.example": Text("Voorbeeld", "Example"),
    "start.tab.sector": Text("Nieuw voor een sector", "New for a sector"),
    "start.tab.upload": Text("Bestand openen", "Open a file"),
    "start.resume.choose": Text("Plan in de werkmap", "Plan in the workspace"),
    "start.resume.open": Text("Openen", "Open"),
    "start.resume.placeholder": Text("Kies een plan", "Choose a plan"),
    "start.example.placeholder": Text("Kies een voorbeeld", "Choose an example"),
    "start.sector.placeholder": Text("Kies de sector", "Choose the sector"),
    "start.resume.item": Text(
        "{title} · {id} · gewijzigd {changed}", "{title} · {id} · changed {changed}"
    ),
    "start.resume.unreadable": Text("(kan niet worden gelezen)", "(cannot be read)"),
    "start.resume.none": Text(
        "Er staan nog geen plannen in de werkmap.", "There are no plans in the workspace yet."
    ),
    "start.example.choose": Text("Voorbeeldstrategie", "Example strategy"),
    "start.example.open": Text("Begin met een kopie", "Start from a copy"),
    "start.example.help": Text(
        "Je werkt in een kopie; het voorbeeld zelf blijft ongewijzigd.",
        "You work in a copy; the example itself stays unchanged.",
    ),
    "start.sector.choose": Text("Sector", "Sector"),
    "start.sector.name": Text("Naam van de organisatie", "Name of the organisation"),
    "start.sector.create": Text("Maak het plan", "Create the plan"),
    "start.sector.help": Text(
        "Het plan begint met wat voor de sector geldt: primaire processen, financiers,"
        " verwijzers, medezeggenschap en waarschijnlijke incidenten.",
        "The plan starts with what holds for the sector: primary processes, funders,"
        " referrers, participation bodies and likely incidents.",
    ),
    "start.upload.label": Text("Strategiebestand (.toml)", "Strategy file (.toml)"),
    "start.upload.browse": Text("Bestand kiezen", "Choose file"),
    "start.upload.limit": Text("Tot {mb} MB per bestand · TOML", "Up to {mb} MB per file · TOML"),
    "start.upload.open": Text("Open dit bestand", "Open this file"),
    "start.upload.invalid": Text(
        "Dit bestand is geen geldige strategie; er is niets opgeslagen:",
        "This file is not a valid strategy; nothing was saved:",
    ),
    "start.upload.too_large": Text(
        "Dit bestand is te groot (maximaal {limit} MiB).",
        "This file is too large (at most {limit} MiB).",
    ),
    "start.opened": Text("Geopend: {title}", "Opened: {title}"),
    "start.unavailable": Text(
        "De opslag van de plannen is nu niet bereikbaar. Er is niets verloren gegaan:"
        " probeer het over een minuut opnieuw, of meld het bij de beheerder van de planner.",
        "The plans' storage cannot be reached right now. Nothing has been lost: try again"
        " in a minute, or tell the planner's administrator.",
    ),
    "start.saved_where": Text(
        "Elke wijziging wordt direct bewaard. Bewaar de link van deze pagina: daarmee kom"
        " je terug bij dit plan, ook na het sluiten van je browser.",
        "Every change is saved at once. Keep this page's link: it brings you back to this"
        " plan, even after closing your browser.",
    ),
}
