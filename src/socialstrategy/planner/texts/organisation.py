"""Strings of the organisation step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "org.section": Text("Onderdeel", "Part"),
    "org.section.organisation": Text(
        "Organisatie en belanghebbenden", "Organisation and stakeholders"
    ),
    "org.section.processes": Text("Processen en rollen", "Processes and roles"),
    "org.section.document": Text("Het plan als document", "The plan as a document"),
    "org.document": Text("Het document", "The document"),
    "org.title": Text("Titel van de strategie", "Title of the strategy"),
    "org.author": Text("Opgesteld door", "Written by"),
    "org.revision": Text("Versie", "Revision"),
    "org.last_reviewed": Text("Laatst herzien", "Last reviewed"),
    "org.next_review": Text("Volgende herziening", "Next review"),
    "org.next_review.help": Text(
        "Sociale media veranderen snel: herzie de strategie minstens jaarlijks.",
        "Social media change fast: review the strategy at least yearly.",
    ),
    "org.organisation": Text("De organisatie", "The organisation"),
    "org.name": Text("Naam", "Name"),
    "org.sector": Text("Sector", "Sector"),
    "org.employees": Text("Aantal medewerkers", "Number of employees"),
    "org.locations": Text("Aantal locaties", "Number of locations"),
    "org.region": Text("Werkgebied", "Region"),
    "org.mission": Text("Missie of kerntaak", "Mission or core task"),
    "org.processes": Text("Processen", "Processes"),
    "org.processes.help": Text(
        "Primaire processen zijn de zorg zelf (intake, wonen, behandeling, nazorg);"
        " ondersteunende processen helpen daarbij (werving, communicatie). Doelen koppel je"
        " aan deze processen.",
        "Primary processes are the care itself (intake, living, treatment, aftercare);"
        " supporting processes help (recruitment, communication). Goals are linked to these"
        " processes.",
    ),
    "org.col.name": Text("Naam", "Name"),
    "org.col.kind": Text("Soort", "Kind"),
    "org.col.description": Text("Omschrijving", "Description"),
    "org.roles": Text("Rollen", "Roles"),
    "org.roles.help": Text(
        "De rollen die in dit plan iets doen: webcare, woordvoering, bestuur,"
        " privacyfunctionaris, teamleiders. Het crisisplan en de scholing verwijzen ernaar.",
        "The roles that do something in this plan: webcare, spokesperson, board, privacy"
        " officer, team leaders. The crisis plan and training refer to them.",
    ),
    "org.stakeholders": Text(
        "Financiers, verwijzers en medezeggenschap", "Funders, referrers and participation"
    ),
    "org.funders": Text("Financiers", "Funders"),
    "org.referrers": Text("Verwijzers", "Referrers"),
    "org.bodies": Text("Medezeggenschap", "Participation bodies"),
    "org.example": Text(
        "**{name}** ({sector}) legt deze primaire processen vast: {processes}.",
        "**{name}** ({sector}) records these primary processes: {processes}.",
    ),
}
