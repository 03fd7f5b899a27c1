"""Strings of the engagement step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "engagement.example": Text(
        "Bij **{org}** is de kartrekker {owner}. {structural}\n\nActiviteiten:\n{activities}",
        "At **{org}** the topic is kept on the agenda by {owner}."
        " {structural}\n\nActivities:\n{activities}",
    ),
    "engagement.who": Text("Wie houdt het op de agenda?", "Who keeps it on the agenda?"),
    "engagement.owner": Text("Kartrekker", "Lead"),
    "engagement.owner.help": Text(
        "Eén persoon die mediagebruik blijvend onder de aandacht brengt, vragen verzamelt en"
        " het gesprek op gang houdt. Iedereen blijft zelf verantwoordelijk.",
        "One person who keeps media use in view, gathers questions and keeps the"
        " conversation going. Everyone stays responsible themselves.",
    ),
    "engagement.structural": Text("Zo blijft het structureel", "How it stays structural"),
    "engagement.structural.help": Text(
        "Waar komt het vast terug: het teamoverleg, het zorgplan, de risico-inventarisatie,"
        " {client_voice}? Geen eenmalig project.",
        "Where does it come back as a matter of course: team meetings, the care plan, the"
        " risk inventory, {client_voice}? Not a one-off project.",
    ),
    "engagement.activities": Text("Activiteiten", "Activities"),
    "engagement.activities.intro": Text(
        "Een kick-off, stellingen zonder oordeel, een demonstratie door een digivaardige"
        " {client}, kletskaarten, een gesprek met {client_voice}, teams die zelf in gesprek"
        " gaan. Kies er een om te bewerken, of voeg er een toe.",
        "A kick-off, statements without judgement, a demonstration by a digitally skilled"
        " {client}, conversation cards, a session with {client_voice}, teams holding their"
        " own sessions. Choose one to edit, or add one.",
    ),
    "engagement.pick": Text("Activiteit", "Activity"),
    "engagement.title": Text("Wat gebeurt er?", "What happens?"),
    "engagement.kind": Text("Soort activiteit", "Kind of activity"),
    "engagement.rhythm": Text("Hoe vaak", "How often"),
    "engagement.rhythm.help": Text(
        "Een activiteit die terugkomt houdt het onderwerp levend; eenmalig is een begin.",
        "An activity that recurs keeps the topic alive; once is a start.",
    ),
    "engagement.planned": Text("Gepland op", "Planned for"),
    "engagement.planned.help": Text(
        "Wanneer het (voor het eerst) plaatsvindt.", "When it takes place (for the first time)."
    ),
    "engagement.audiences": Text("Met wie", "With whom"),
    "engagement.organiser": Text("Wie organiseert het", "Who organises it"),
    "engagement.outcome": Text("Wat levert het op?", "What does it bring?"),
    "engagement.outcome.help": Text(
        "Wat er uitkwam (vragen, afspraken, verbeterpunten) of wat het moet opleveren.",
        "What came out of it (questions, agreements, improvements) or what it should bring.",
    ),
}
