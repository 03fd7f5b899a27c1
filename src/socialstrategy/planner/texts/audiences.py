"""Strings of the audiences step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "audiences.example": Text(
        "**{name}** ({kind})  \n*Online:* {online}  \n*Wat zij nodig hebben:* {needs}  \n"
        "*Hoe we dat weten:* {source}",
        "**{name}** ({kind})  \n*Online:* {online}  \n*What they need:* {needs}  \n"
        "*How we know:* {source}",
    ),
    "audiences.overview": Text("De doelgroepen", "The audiences"),
    "audiences.overview.platforms": Text("gebruikt {platforms}", "uses {platforms}"),
    "audiences.overview.no_platforms": Text("platforms nog onbekend", "platforms not known yet"),
    "audiences.edit": Text("Doelgroep bewerken", "Edit an audience"),
    "audiences.pick": Text("Kies een doelgroep", "Choose an audience"),
    "audiences.remove.refs": Text(
        "Doelen, kanalen of activiteiten noemen deze doelgroep ({n} keer). Verwijder je de"
        " doelgroep, dan verdwijnt zij daar ook.",
        "Goals, channels or activities name this audience ({n} times). If you remove the"
        " audience, it disappears there too.",
    ),
    "audiences.kind": Text("Soort doelgroep", "Kind of audience"),
    "audiences.name": Text("Naam zoals jullie die gebruiken", "Name as you use it"),
    "audiences.name.placeholder": Text(
        "Bijvoorbeeld: bewoners en hun naasten", "For example: residents and their families"
    ),
    "audiences.online": Text("Wat doen zij online?", "What do they do online?"),
    "audiences.online.placeholder": Text(
        "Welke media gebruiken zij, waarvoor, wanneer, en met welke hulp?",
        "Which media do they use, what for, when, and with what help?",
    ),
    "audiences.platforms": Text("Platforms die zij gebruiken", "Platforms they use"),
    "audiences.platforms.help": Text(
        "Kies de platforms waar deze doelgroep echt te vinden is; bij de kanalen zie je dan"
        " of je haar daar bereikt.",
        "Pick the platforms where this audience really is; in the channels step you then see"
        " whether you reach it there.",
    ),
    "audiences.needs": Text("Wat hebben zij van ons nodig?", "What do they need from us?"),
    "audiences.needs.placeholder": Text(
        "Denk vanuit de doelgroep: wat willen zij weten of krijgen, wat levert het hen op?",
        "Think from their side: what do they want to know or get, what is in it for them?",
    ),
    "audiences.source": Text("Hoe weten we dat?", "How do we know?"),
    "audiences.source.placeholder": Text(
        "Bijvoorbeeld: enquête, {client_voice}, gesprekken in teams, cijfers van de platforms",
        "For example: a survey, {client_voice}, team conversations, platform figures",
    ),
}
