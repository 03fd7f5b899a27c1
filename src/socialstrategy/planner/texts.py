"""Every string the planner shows, in Dutch and English."""

from __future__ import annotations

from socialstrategy.i18n import Catalogue, Text

T = Catalogue(
    {
        "app.title": Text("Sociale-mediastrategie", "Social media strategy"),
        "app.language": Text("Taal", "Language"),
        "overview.page": Text("Overzicht", "Overview"),
        "overview.intro": Text(
            "Eerst denken, dan doen: een sociale-mediastrategie begint bij de primaire"
            " processen van de organisatie, niet bij de kanalen.",
            "Think first, then act: a social media strategy starts from the organisation's"
            " primary processes, not from the channels.",
        ),
        "overview.choose": Text("Strategie", "Strategy"),
        "overview.workspace": Text("Werkmap: {path}", "Workspace: {path}"),
        "overview.empty": Text(
            "Er staan nog geen strategiebestanden (.toml) in de werkmap {path}.",
            "There are no strategy files (.toml) in the workspace {path} yet.",
        ),
        "overview.invalid": Text(
            "Dit bestand is geen geldige strategie:", "This file is not a valid strategy:"
        ),
        "overview.sector": Text("Sector", "Sector"),
        "overview.revision": Text("Versie", "Revision"),
        "overview.next_review": Text("Volgende evaluatie", "Next review"),
        "overview.none": Text("niet gepland", "not planned"),
        "overview.processes": Text("Processen", "Processes"),
        "overview.goals": Text("Doelen", "Goals"),
        "overview.audiences": Text("Doelgroepen", "Audiences"),
        "overview.channels": Text("Kanalen", "Channels"),
        "overview.actions": Text("Actieplan", "Action plan"),
        "overview.col.name": Text("Naam", "Name"),
        "overview.col.kind": Text("Soort", "Kind"),
        "overview.col.title": Text("Titel", "Title"),
        "overview.col.serves": Text("Dient processen", "Serves processes"),
        "overview.col.reaches": Text("Bereikt doelgroepen", "Reaches audiences"),
        "overview.col.owner": Text("Eigenaar", "Owner"),
        "overview.col.due": Text("Deadline", "Due"),
        "overview.col.status": Text("Status", "Status"),
        "overview.nothing": Text("Nog niets vastgelegd.", "Nothing recorded yet."),
    }
)
