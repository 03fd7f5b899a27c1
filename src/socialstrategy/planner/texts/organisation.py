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
    "org.governance": Text("Wie stelt vast, wie praat mee", "Who adopts, who has a say"),
    "org.governance.help": Text(
        "Hiernaar richten de adviezen zich: wie de richtlijn vaststelt, of er een OR of PVT"
        " adviseert en of er een cliëntenraad is. Laat je een keuze leeg, dan volgt die uit"
        " sector en omvang.",
        "The advice follows these: who adopts the guideline, whether a works council or"
        " staff representation advises, and whether there is a client council. A choice"
        " left empty follows from the sector and size.",
    ),
    "org.governance.assumed": Text(
        "Afleiden uit sector en omvang: {assumed}", "Follow sector and size: {assumed}"
    ),
    "org.adopted_by": Text("Wie stelt beleid vast?", "Who adopts policy?"),
    "org.adopted_by.help": Text(
        "Bij een maatschap of huisartsenpraktijk de partners, bij een kleine organisatie de"
        " directie, bij een grote zorginstelling de raad van bestuur.",
        "In a partnership or GP practice the partners, in a small organisation the"
        " management, in a large care institution the board of directors.",
    ),
    "org.staff_representation": Text("Medezeggenschap medewerkers", "Staff participation"),
    "org.staff_representation.help": Text(
        "Een ondernemingsraad is verplicht vanaf 50 medewerkers; van 10 tot 50 kan er een"
        " personeelsvertegenwoordiging (PVT) zijn (Wet op de ondernemingsraden).",
        "A works council is required from 50 employees; from 10 to 50 there may be a staff"
        " representation (Works Councils Act).",
    ),
    "org.client_participation": Text("Medezeggenschap cliënten", "Client participation"),
    "org.client_participation.help": Text(
        "De Wmcz 2018 vraagt een cliëntenraad waar meer dan 10 mensen zorg verlenen (in de"
        " eerstelijnszorg meer dan 25 per praktijk). Een patiëntenpanel of spreekuur is een"
        " andere vorm.",
        "The Wmcz 2018 asks for a client council where more than 10 people give care (in"
        " first-line care more than 25 per practice). A patient panel or open hour is"
        " another form.",
    ),
    "org.example": Text(
        "**{name}** ({sector}) legt deze primaire processen vast: {processes}.",
        "**{name}** ({sector}) records these primary processes: {processes}.",
    ),
}
